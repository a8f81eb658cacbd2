import { type CareRelationship, currentRelationship } from "./care-relationships.ts";
import { type ConsentGrant, type ConsentState, objectsToSharing } from "./consent-state.ts";

/** The categories shared only under a consent that names them (mirrors the catalogue's bz.sensitive). */
export const sensitiveCategories: ReadonlySet<string> = new Set(["MENTAL_HEALTH", "ADDICTION", "SHELTER"]);

/** Who looks: a verified professional of one partner, possibly under an open break-glass. */
export interface AccessViewer {
  organisation: string;
  /** Professional role, for consents that name recipient roles (null when the token names none). */
  role: string | null;
  /** An open break-glass for this client, when there is one: its id and end (epoch ms). */
  breakGlass?: { id: string; until: number } | undefined;
}

/** What is looked at: one event's publisher and data category (null when unknown: never shared). */
export interface AccessedEvent {
  publisher: string;
  category: string | null;
}

/** The rule's settings. */
export interface AccessPolicy {
  /** How long a care relationship still counts after it ended, in milliseconds. */
  relationshipGraceMs: number;
}

/** Why a look is allowed. */
export type AccessBasis =
  | { kind: "OWN_DATA" }
  | { kind: "CONSENT"; consentId: string; relationship: string }
  | { kind: "BREAK_GLASS"; breakGlassId: string; relationship: string };

/** Why a look is refused. */
export type DenialReason =
  | "OBJECTION"
  | "NO_CARE_RELATIONSHIP"
  | "NO_CONSENT"
  | "SENSITIVE_NOT_NAMED"
  | "UNKNOWN_CATEGORY";

/** The decision: allow with its basis, or deny with the reason. */
export type AccessDecision = { allow: true; basis: AccessBasis } | { allow: false; reason: DenialReason };

/** True when the grant covers this viewer, event and moment (not revoked, within its validity). */
export function grantCovers(
  grant: ConsentGrant,
  viewer: AccessViewer,
  event: AccessedEvent,
  now: number,
): boolean {
  if (event.category === null) return false;
  if (grant.revokedAt !== null && grant.revokedAt <= now) return false;
  if (grant.validFrom > now || (grant.validUntil !== null && now >= grant.validUntil)) return false;
  if (grant.purpose !== "CARE_COORDINATION") return false;
  if (!grant.recipients.includes(viewer.organisation)) return false;
  if (grant.recipientRoles !== null && grant.recipientRoles.length > 0) {
    if (viewer.role === null || !grant.recipientRoles.includes(viewer.role)) return false;
  }
  if (grant.sources !== "ALL" && !grant.sources.includes(event.publisher)) return false;
  // A sensitive category is shared only when named; every category must be named in any case.
  return grant.categories.includes(event.category);
}

/**
 * May this viewer see this event now? A partner always sees its own events. Another partner's event
 * needs no standing objection, a current care relationship, and a consent valid now that names the
 * viewer's organisation and the event's category; or, with a relationship, an open break-glass.
 * Pure: no clock, no I/O.
 */
export function decideAccess(
  viewer: AccessViewer,
  event: AccessedEvent,
  consent: ConsentState,
  relationships: readonly CareRelationship[],
  now: number,
  policy: AccessPolicy,
): AccessDecision {
  if (event.publisher === viewer.organisation) return { allow: true, basis: { kind: "OWN_DATA" } };
  if (objectsToSharing(consent)) return { allow: false, reason: "OBJECTION" };
  const relationship = currentRelationship(
    relationships,
    viewer.organisation,
    now,
    policy.relationshipGraceMs,
  );
  if (relationship === undefined) return { allow: false, reason: "NO_CARE_RELATIONSHIP" };
  if (event.category === null) return { allow: false, reason: "UNKNOWN_CATEGORY" };
  const grant = consent.grants.find((g) => grantCovers(g, viewer, event, now));
  if (grant !== undefined) {
    return {
      allow: true,
      basis: { kind: "CONSENT", consentId: grant.consentId, relationship: relationship.basis },
    };
  }
  if (viewer.breakGlass !== undefined && now < viewer.breakGlass.until) {
    return {
      allow: true,
      basis: { kind: "BREAK_GLASS", breakGlassId: viewer.breakGlass.id, relationship: relationship.basis },
    };
  }
  const namedElsewhere = sensitiveCategories.has(event.category);
  return { allow: false, reason: namedElsewhere ? "SENSITIVE_NOT_NAMED" : "NO_CONSENT" };
}
