export type { ProjectedConsent } from "./consent-projection.ts";
export { consentProjection, readProjectedConsent } from "./consent-projection.ts";
export type { CareRelationship } from "./domain/care-relationships.ts";
export {
  currentRelationship,
  evolveRelationships,
  relationshipEventTypes,
  relationshipsOf,
} from "./domain/care-relationships.ts";
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
