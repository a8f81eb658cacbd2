export type { CareEventWithBsn } from "./domain/event-with-bsn.ts";
export {
  bsnSchema,
  careEventWithBsnSchema,
  eventWithBsnSchema,
  isEventType,
} from "./domain/event-with-bsn.ts";
export type { InvalidField, PreparedEvent, PrepareEventsOptions } from "./domain/prepare-events.ts";
export { prepareEvents, recordHeaders } from "./domain/prepare-events.ts";
export type {
  PartnerPublisher,
  PartnerPublisherOptions,
  PublishResult,
} from "./partner-publisher.ts";
export { createPartnerPublisher } from "./partner-publisher.ts";
export type { PseudonymService, PseudonymServiceOptions } from "./pseudonym-service.ts";
export { createPseudonymService } from "./pseudonym-service.ts";
