export type { ProjectedAccess } from "./access-state-projection.ts";
export { accessStateProjection, readProjectedAccess } from "./access-state-projection.ts";
export type { CareRelationship } from "./domain/care-relationships.ts";
export {
  currentRelationship,
  evolveRelationships,
  relationshipEventTypes,
  relationshipsOf,
} from "./domain/care-relationships.ts";
export type { ClientAccessState } from "./domain/client-access-state.ts";
export { foldClientEvents, noAccessState } from "./domain/client-access-state.ts";
export type { ConsentGrant, ConsentState, Objection } from "./domain/consent-state.ts";
export {
  consentEventTypes,
  consentStateOf,
  evolveConsent,
  noConsent,
  objectsToSharing,
} from "./domain/consent-state.ts";
export type {
  AccessBasis,
  AccessDecision,
  AccessedEvent,
  AccessPolicy,
  AccessViewer,
  DenialReason,
} from "./domain/decide-access.ts";
export { decideAccess, grantCovers, sensitiveCategories } from "./domain/decide-access.ts";
export type { StoredEvent } from "./domain/event-fields.ts";
