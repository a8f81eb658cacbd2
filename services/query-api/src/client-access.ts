import type { AccessLog } from "@bz/access-log";
import { type Principal, requirePrincipal } from "@bz/auth";
import { currentRelationship } from "@bz/consent";
import { BzError } from "@bz/errors";
import type { SqlQueryable } from "@bz/sql";
import type { ClientHistory, ClientHistoryReader } from "./client-history.ts";
import { accessPointOf } from "./viewer.ts";

/** Settings of the access rules. */
export interface AccessSettings {
  /** How long a care relationship counts after it ended; default 30 days. */
  relationshipGraceMs: number;
  /** Longest break-glass; default 24 hours. */
  breakGlassMaxMs: number;
}

export const defaultAccessSettings: AccessSettings = {
  relationshipGraceMs: 30 * 86_400_000,
  breakGlassMaxMs: 24 * 3_600_000,
};

/**
 * The one answer for a client that does not exist and for one the caller may not see: the same
 * status, code and text, so a 404 never reveals that a client is known elsewhere.
 */
export function clientNotFound(subject: string): BzError {
  return new BzError(
    "HTTP_NOT_FOUND",
    "no client with this pseudonym that you may see; check the pseudonym, or ask for a care relationship or the client's consent",
    { details: { subject } },
  );
}

/** What a professional's organisation may do with a client: see its own records, or more. */
export function staffSeesClient(
  organisation: string,
  history: ClientHistory,
  now: number,
  settings: AccessSettings,
): boolean {
  return (
    history.publishers.has(organisation) ||
    currentRelationship(history.relationships, organisation, now, settings.relationshipGraceMs) !== undefined
  );
}

/**
 * The client's own views (consents, access log): the client's own token, or the privacy officer of a
 * partner that holds records about the client or has a care relationship with them. Anyone else
 * gets the same 404 as for an unknown client.
 */
export async function clientOrPrivacyOfficer(
  request: object,
  readHistory: ClientHistoryReader,
  subject: string,
): Promise<{ principal: Principal; history: ClientHistory }> {
  const principal = await requirePrincipal(request);
  const history = await readHistory(subject);
  if (principal.kind === "client") {
    if (principal.subject !== subject) throw clientNotFound(subject);
    return { principal, history };
  }
  const related =
    history.publishers.has(principal.organisation) ||
    history.relationships.some((r) => r.partner === principal.organisation && Number.isFinite(r.since));
  if (!principal.roles.includes("PRIVACY_OFFICER") || !related) throw clientNotFound(subject);
  return { principal, history };
}

/** The NEN 7513 fields of a read by `principal`: who, on whose behalf, for which organisation, from where. */
export function readBy(
  principal: Principal,
  request: { ip: string; headers: Record<string, unknown> },
  subject: string,
  now: Date,
) {
  return {
    at: now.toISOString(),
    action: "read" as const,
    subject,
    userId: principal.user,
    onBehalfOf: principal.kind === "staff" ? principal.onBehalfOf : principal.user,
    organisation: principal.kind === "staff" ? principal.organisation : `CLIENT:${principal.actingAs}`,
    accessPoint: accessPointOf(request),
    role: roleOf(principal),
  };
}

/** The authorisation an access-log entry records: verified roles, with the professional role after a slash. */
export function roleOf(principal: Principal): string {
  if (principal.kind === "client") return principal.actingAs;
  const roles = principal.roles.join(",");
  return principal.professionalRole === undefined ? roles : `${roles}/${principal.professionalRole}`;
}

/** Records a read of a client's own view (consents, access log) before it is answered: fail closed. */
export async function logOwnViewRead(
  accessLog: AccessLog,
  sql: SqlQueryable,
  principal: Principal,
  request: { ip: string; headers: Record<string, unknown> },
  subject: string,
  kind: string,
): Promise<void> {
  await accessLog.record(sql, {
    ...readBy(principal, request, subject, new Date()),
    objects: { kind, ids: [] },
    purpose: "CLIENT_ACCESS_REQUEST",
    legalBasis:
      principal.kind === "client"
        ? "the client's right of access (AVG art. 15; NEN 7513)"
        : "privacy officer showing the client their data (AVG art. 15; NEN 7513)",
    consentRef: null,
    careRelationship: null,
    emergency: false,
  });
}
