import { BzError } from "@bz/errors";
import { z } from "zod";
import { categoryOf, describeCatalogue } from "./catalogue.ts";
import { createCodec } from "./codec.ts";
import { catalogueData } from "./generated/catalogue-data.ts";
import type { ActorRole, CareEvent, DataCategory, EventType, Partner } from "./generated/types.ts";
import { eventTypes } from "./generated/types.ts";
import { buildRegistry } from "./registry.ts";
import { createTopics } from "./topics.ts";

const registry = buildRegistry(catalogueData);
const described = describeCatalogue(catalogueData, registry);
const ruleContext = { wardOf: (code: string) => described.wards.find((w) => w.buurtCode === code)?.ward };
const codec = createCodec(registry, ruleContext);
const topics = createTopics(described.partners);

export { parsingCanonicalForm } from "./canonical-form.ts";
export type { DataCategoryInfo, EventTypeInfo, PartnerInfo, WardInfo } from "./catalogue.ts";
export type { FrameInfo } from "./codec.ts";
export { MAX_EVENT_BYTES } from "./codec.ts";
export { fingerprint64, fingerprintHex } from "./crc64.ts";
export type * from "./generated/types.ts";
export { forbiddenCharacterProblem, forbiddenCharacterRule } from "./text-rules.ts";
export { clientStreamOf, deadLetterReaderGroupPrefix } from "./topics.ts";
export { eventTypes };

/** Every event type: name, versions, data category, sensitivity and publishers. */
export const catalogue = described.catalogue;
/** The partners that publish today, with their topic slug and allowed event types. */
export const partners = described.partners;
/** The four pilot wards with their CBS buurt codes. */
export const wards = described.wards;
/** The data categories consent is given in, with their sensitivity. */
export const dataCategories = described.dataCategories;

/** Encodes an event with the latest schema of its type (Avro single-object encoding). */
export const encodeEvent: (event: CareEvent) => Buffer = codec.encodeEvent;
/** Decodes single-object bytes with the writer schema found by fingerprint, resolved to the latest version. */
export const decodeEvent: (bytes: Uint8Array) => CareEvent = codec.decodeEvent;
/** Reads the marker and fingerprint only: which type and version wrote these bytes. */
export const inspectEvent = codec.inspectEvent;
/** Validates an event (e.g. parsed JSON) and returns it as the codec encodes it; throws CONTRACT_* errors. */
export const parseEvent: (input: unknown) => CareEvent = codec.parseEvent;

const perType = [...registry.byType.values()].map((s) => s.zod) as unknown as [
  z.ZodObject,
  z.ZodObject,
  ...z.ZodObject[],
];
/** zod schema of any care event (JSON input), discriminated on `eventType`; outputs what the codec encodes. */
export const careEventSchema = z.discriminatedUnion("eventType", perType) as unknown as z.ZodType<CareEvent>;
/** zod schema of one event type's latest version. */
export function eventSchema<T extends EventType>(
  eventType: T,
): z.ZodType<Extract<CareEvent, { eventType: T }>> {
  const schemas = registry.byType.get(eventType);
  if (schemas === undefined) {
    throw new BzError(
      "CONTRACT_UNKNOWN_TYPE",
      `Event type ${JSON.stringify(eventType)} is not in the catalogue.`,
    );
  }
  return schemas.zod as z.ZodType<Extract<CareEvent, { eventType: T }>>;
}
/** zod schema of a Partner enum symbol. */
export const partnerSchema = z.enum(
  (catalogueData.shared.find((s) => s.schema.name === "Partner")?.schema.symbols ?? []) as [
    Partner,
    ...Partner[],
  ],
);

/** The professional roles of the catalogue's ActorRole enum (district nurse, GP, ...), in catalogue order. */
export const actorRoles = (catalogueData.shared.find((s) => s.schema.name === "ActorRole")?.schema.symbols ??
  []) as readonly ActorRole[];

/** True when the partner's folder lists the event type: it may publish it. */
export function mayPublish(partner: Partner, eventType: EventType): boolean {
  return described.partners.some((p) => p.id === partner && p.publishes.includes(eventType));
}
/** True for a category shared only under a consent that names it (mental health, addiction, shelter). */
export function isSensitiveCategory(category: DataCategory): boolean {
  return described.sensitiveCategories.has(category);
}
/** The data category of one event (fixed per type, or the event's own `dataCategory`). */
export function dataCategoryOf(event: CareEvent): DataCategory {
  return categoryOf(described.catalogue, event);
}
/** The ward of a CBS buurt code, or undefined when it is not one of the four pilot wards. */
export function wardForBuurtCode(buurtCode: string) {
  return described.wards.find((w) => w.buurtCode === buurtCode)?.ward;
}

export const { topicFor, deadLetterTopicFor, partnerForTopic } = topics;
