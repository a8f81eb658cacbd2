import { millis, type StoredEvent, text, texts } from "./event-fields.ts";

/** One consent as the client gave it, finer than Mitz's three axes. */
export interface ConsentGrant {
  consentId: string;
  /** The partner that recorded the consent on the client's behalf. */
  recordedBy: string;
  /** Whose data it shares: every partner's ("ALL") or the named partners'. */
  sources: "ALL" | readonly string[];
  /** Which data categories; a sensitive one (mental health, addiction, shelter) only when named. */
  categories: readonly string[];
  /** Who may see: named partners, optionally only some professional roles. */
  recipients: readonly string[];
  recipientRoles: readonly string[] | null;
  purpose: string;
  /** Valid from (when given) until (exclusive; null = until revoked), epoch milliseconds. */
  validFrom: number;
  validUntil: number | null;
  /** CLIENT, LEGAL_REPRESENTATIVE or PARENT (a parent confirms for a client under 16). */
  grantor: string;
  /** When it was revoked (epoch ms), or null. */
  revokedAt: number | null;
}

/** An objection to sharing (bezwaar): it removes the client from every other partner's view. */
export interface Objection {
  objectionId: string;
  scope: string;
  raisedBy: string;
  recordedAt: number;
  withdrawnAt: number | null;
}

/** A client's consent state: every grant (revoked ones kept, for the client's own view) and objections. */
export interface ConsentState {
  grants: readonly ConsentGrant[];
  objections: readonly Objection[];
  /** Consent ids revoked before their grant arrived (out of order): such a grant starts revoked. */
  revokedEarly: readonly { consentId: string; at: number }[];
}

/** The state before any consent event. */
export const noConsent: ConsentState = { grants: [], objections: [], revokedEarly: [] };

/** The event types that change a consent state. */
export const consentEventTypes = [
  "ConsentGranted",
  "ConsentRevoked",
  "ObjectionRecorded",
  "ObjectionWithdrawn",
] as const;

/**
 * The consent state after one stored event (Emmett's evolve): pure, total, and defensive about
 * fields: an event it cannot read never widens access (a malformed grant is ignored; a malformed
 * revocation or objection still applies where it can).
 */
export function evolveConsent(state: ConsentState, event: StoredEvent): ConsentState {
  const { data } = event;
  const at = millis(data, "occurredAt") ?? 0;
  switch (event.type) {
    case "ConsentGranted": {
      const consentId = text(data, "consentId");
      const recipients = texts(data, "recipients");
      const categories = texts(data, "dataCategories");
      const recordedBy = text(data, "publisher");
      if (consentId === null || recipients === null || categories === null || recordedBy === null)
        return state;
      if (state.grants.some((grant) => grant.consentId === consentId)) return state;
      const sources = texts(data, "sources");
      const early = state.revokedEarly.find((revoked) => revoked.consentId === consentId);
      const grant: ConsentGrant = {
        consentId,
        recordedBy,
        sources: sources === null || sources.length === 0 ? "ALL" : sources,
        categories,
        recipients,
        recipientRoles: texts(data, "recipientRoles"),
        purpose: text(data, "purpose") ?? "CARE_COORDINATION",
        validFrom: millis(data, "validFrom") ?? at,
        validUntil: millis(data, "validUntil"),
        grantor: text(data, "grantor") ?? "CLIENT",
        revokedAt: early === undefined ? null : early.at,
      };
      return { ...state, grants: [...state.grants, grant] };
    }
    case "ConsentRevoked": {
      const consentId = text(data, "consentId");
      if (consentId === null) return state;
      if (!state.grants.some((grant) => grant.consentId === consentId)) {
        return { ...state, revokedEarly: [...state.revokedEarly, { consentId, at }] };
      }
      return {
        ...state,
        grants: state.grants.map((grant) =>
          grant.consentId === consentId && grant.revokedAt === null ? { ...grant, revokedAt: at } : grant,
        ),
      };
    }
    case "ObjectionRecorded": {
      const objectionId = text(data, "objectionId");
      if (objectionId === null) return state;
      // An unreadable scope is taken as the widest: an objection must never be lost to a schema change.
      const scope = text(data, "scope") ?? "SHARED_TIMELINE_AND_ANALYTICS";
      const known = state.objections.find((o) => o.objectionId === objectionId);
      if (known !== undefined) {
        // The same id recorded again (a correction or a resend) widens and reopens it: never narrows.
        const merged = known.scope === scope ? scope : "SHARED_TIMELINE_AND_ANALYTICS";
        return {
          ...state,
          objections: state.objections.map((o) =>
            o === known ? { ...o, scope: merged, withdrawnAt: null } : o,
          ),
        };
      }
      const objection: Objection = {
        objectionId,
        scope,
        raisedBy: text(data, "raisedBy") ?? "CLIENT",
        recordedAt: at,
        withdrawnAt: null,
      };
      return { ...state, objections: [...state.objections, objection] };
    }
    case "ObjectionWithdrawn": {
      const objectionId = text(data, "objectionId");
      if (objectionId === null) return state;
      return {
        ...state,
        objections: state.objections.map((o) =>
          o.objectionId === objectionId && o.withdrawnAt === null ? { ...o, withdrawnAt: at } : o,
        ),
      };
    }
    default:
      return state;
  }
}

/** Folds a client's events (in store order) into their consent state. */
export function consentStateOf(events: Iterable<StoredEvent>): ConsentState {
  let state = noConsent;
  for (const event of events) state = evolveConsent(state, event);
  return state;
}

/** True while an objection to the shared timeline stands (withdrawal is what ends it, not time). */
export function objectsToSharing(state: ConsentState): boolean {
  return state.objections.some(
    (o) =>
      o.withdrawnAt === null &&
      (o.scope === "SHARED_TIMELINE" || o.scope === "SHARED_TIMELINE_AND_ANALYTICS"),
  );
}
