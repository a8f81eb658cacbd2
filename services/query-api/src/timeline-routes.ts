import type { AccessLog } from "@bz/access-log";
import { requireRole } from "@bz/auth";
import { type AccessBasis, type AccessViewer, decideAccess } from "@bz/consent";
import { partners } from "@bz/contracts";
import type { HttpApp } from "@bz/http";
import { readTimeline, type TimelineRow } from "@bz/projections";
import type { SqlClient } from "@bz/sql";
import { z } from "zod";
import type { BreakGlassLog } from "./break-glass.ts";
import {
  type AccessSettings,
  clientNotFound,
  clientOrPrivacyOfficer,
  logOwnViewRead,
  readBy,
  staffSeesClient,
} from "./client-access.ts";
import { type ClientHistory, type ClientHistoryReader, categoryOfStored } from "./client-history.ts";
import { subjectParam } from "./subject-param.ts";
import { bearer, purposeQuery } from "./viewer.ts";

const accessBasis = z.object({
  kind: z.enum(["OWN_DATA", "CONSENT", "BREAK_GLASS"]),
  consentId: z.string().optional(),
  relationship: z.string().optional(),
  breakGlassId: z.string().optional(),
});

const timelineEntry = z.object({
  position: z.string().describe("Global position in the event store"),
  eventId: z.uuid(),
  eventType: z.string(),
  occurredAt: z.string(),
  publisher: z.string(),
  buurtCode: z.string().nullable(),
  financingDomain: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).describe("The event's own fields, without the envelope"),
  access: accessBasis.describe("Why the viewer may see this event"),
});

export const subjectParams = z.object({ subject: subjectParam });

export const accessLogEntry = z.object({
  sequence: z.number(),
  at: z.string(),
  action: z.string(),
  userId: z.string(),
  onBehalfOf: z.string(),
  organisation: z.string(),
  accessPoint: z.string(),
  objects: z.object({ kind: z.string(), ids: z.array(z.string()) }),
  purpose: z.string(),
  legalBasis: z.string(),
  consentRef: z.string().nullable(),
  careRelationship: z.string().nullable(),
  emergency: z.boolean(),
  role: z
    .string()
    .nullable()
    .describe(
      "The roles the user acted with (PROFESSIONAL/DISTRICT_NURSE, CLIENT ...); null on older entries",
    ),
  hash: z.string(),
});

const legalBasisText: Record<AccessBasis["kind"], string> = {
  OWN_DATA: "own organisation's records (WGBO treatment relationship)",
  CONSENT: "client's consent (Wabvpz art. 15a) and a current care relationship",
  BREAK_GLASS: "emergency procedure (break-glass) within a current care relationship",
};

/** Most timeline rows one read looks at to find `limit` visible ones. */
const maxScannedRows = 10_000;

/** Data categories no consent names: what a probe asks about to find a break-glass's reach. */
const anyCategory = "(any category)";

/**
 * The partners of whose events the viewer may see at least one now: their own organisation, and
 * each partner for which decideAccess allows some category (one a consent names, or any under an
 * open break-glass). A superset of what the row-by-row decision allows, so a timeline query
 * restricted to these publishers loses nothing.
 */
export function visiblePublishers(
  viewer: AccessViewer,
  history: ClientHistory,
  now: number,
  settings: AccessSettings,
): string[] {
  const probes = [...new Set(history.consent.grants.flatMap((grant) => grant.categories)), anyCategory];
  const others = partners
    .map((partner) => partner.id as string)
    .filter(
      (publisher) =>
        publisher !== viewer.organisation &&
        probes.some(
          (category) =>
            decideAccess(
              viewer,
              { publisher, category },
              history.consent,
              history.relationships,
              now,
              settings,
            ).allow,
        ),
    );
  return [viewer.organisation, ...others];
}

/** Everything the timeline routes are built from. */
export interface TimelineRouteDeps {
  readModels: SqlClient;
  /** Consent state and care relationships of a client, from the event store at query time. */
  history: ClientHistoryReader;
  accessLog: AccessLog;
  breakGlass: BreakGlassLog;
  settings: AccessSettings;
}

/**
 * Client timeline routes. A professional sees their own organisation's events, and another partner's
 * events as decideAccess allows them (consent + care relationship, or break-glass). Every read is
 * written to the access log, committed, before the data leaves (no entry, no data).
 */
export function timelineRoutes(deps: TimelineRouteDeps) {
  const { readModels, accessLog } = deps;
  return async (app: HttpApp) => {
    app.get(
      "/v1/clients/:subject/timeline",
      {
        schema: {
          summary:
            "A client's timeline, newest first, as far as the viewer may see it; the read is access-logged",
          description:
            "Needs a staff token with role PROFESSIONAL. Another partner's events need a current care relationship and the client's consent naming the viewer's organisation and the event's data category, or an open break-glass. An unknown client and one the viewer may not see give the same 404.",
          security: bearer,
          params: subjectParams,
          querystring: z.object({
            limit: z.coerce
              .number({ error: "limit must be a number" })
              .int("limit must be a whole number")
              .min(1, "limit must be at least 1")
              .max(500, "limit must be at most 500")
              .default(100),
            purpose: purposeQuery,
          }),
          response: {
            200: z.object({
              subject: z.string(),
              entries: z.array(timelineEntry),
              breakGlass: z
                .object({ id: z.string(), expiresAt: z.string(), reason: z.string() })
                .nullable()
                .describe("The open break-glass this read used, if any"),
            }),
          },
        },
      },
      async (request) => {
        const viewer = await requireRole(request, "PROFESSIONAL");
        const { subject } = request.params;
        const now = new Date();
        // Consent and relationships from the event store, read after the request arrived: a
        // revocation the platform acknowledged before this query always applies (ADR 0031).
        const history = await deps.history(subject);
        if (!staffSeesClient(viewer.organisation, history, now.getTime(), deps.settings)) {
          // No data was read, so no access-log entry; the refused attempt is kept in the service log.
          request.log.info(
            { user: viewer.user, organisation: viewer.organisation },
            "timeline refused: client not visible",
          );
          throw clientNotFound(subject);
        }
        const glass = await deps.breakGlass.current(subject, viewer.user, now);
        const accessViewer = {
          organisation: viewer.organisation,
          // Only the verified claim: a consent naming recipient roles needs a token naming one of them.
          role: viewer.professionalRole ?? null,
          breakGlass: glass === undefined ? undefined : { id: glass.id, until: Date.parse(glass.expiresAt) },
        };
        // Only publishers of which something may be visible are fetched, newest first, a page at a
        // time: a viewer who sees only their own records reads `limit` rows, not the whole timeline.
        // Each row is still decided on its own.
        const { limit } = request.query;
        const publishers = visiblePublishers(accessViewer, history, now.getTime(), deps.settings);
        const entries: (TimelineRow & { access: AccessBasis })[] = [];
        for (let fetch = limit; ; fetch = Math.min(fetch * 4, maxScannedRows)) {
          const rows = await readTimeline(readModels, subject, fetch, publishers);
          entries.length = 0;
          for (const row of rows) {
            if (entries.length >= limit) break;
            const decision = decideAccess(
              accessViewer,
              { publisher: row.publisher, category: categoryOfStored(row.eventType, row.details) },
              history.consent,
              history.relationships,
              now.getTime(),
              deps.settings,
            );
            if (decision.allow) entries.push({ ...row, access: decision.basis });
          }
          if (entries.length >= limit || rows.length < fetch || fetch >= maxScannedRows) break;
        }
        const bases = new Set(entries.map((e) => e.access.kind));
        const consents = [
          ...new Set(entries.flatMap((e) => (e.access.kind === "CONSENT" ? [e.access.consentId] : []))),
        ];
        const relationships = [
          ...new Set(entries.flatMap((e) => ("relationship" in e.access ? [e.access.relationship] : []))),
        ];
        const emergency = bases.has("BREAK_GLASS");
        // Fail closed: the rows leave only after their access-log entry is committed.
        await accessLog.record(readModels, {
          ...readBy(viewer, request, subject, now),
          objects: { kind: "ClientTimeline", ids: entries.map((row) => row.eventId) },
          purpose: emergency ? "EMERGENCY" : request.query.purpose,
          legalBasis:
            bases.size === 0
              ? legalBasisText.OWN_DATA
              : [...bases].map((kind) => legalBasisText[kind]).join("; "),
          consentRef: consents.length === 0 ? null : consents.join(","),
          careRelationship: relationships.length === 0 ? null : relationships.join(","),
          emergency,
        });
        return {
          subject,
          entries,
          breakGlass:
            glass === undefined || !emergency
              ? null
              : { id: glass.id, expiresAt: glass.expiresAt, reason: glass.reason },
        };
      },
    );

    app.get(
      "/v1/clients/:subject/access-log",
      {
        schema: {
          summary:
            "Who looked at a client's data, when, why and on which basis (oldest first, paged); for the client's own token or a privacy officer; this read is logged too",
          security: bearer,
          params: subjectParams,
          querystring: z.object({
            after: z.coerce
              .number({ error: "after must be a number" })
              .int()
              .min(0)
              .default(0)
              .describe("Sequence after which to start (from the previous page's `next`)"),
            limit: z.coerce.number({ error: "limit must be a number" }).int().min(1).max(500).default(100),
          }),
          response: {
            200: z.object({
              subject: z.string(),
              entries: z.array(accessLogEntry),
              next: z.number().nullable().describe("Pass as `after` for the next page; null on the last"),
            }),
          },
        },
      },
      async (request) => {
        const { subject } = request.params;
        const { principal } = await clientOrPrivacyOfficer(request, deps.history, subject);
        // Who looked at a client's record is itself client-level data: logged first, fail closed.
        await logOwnViewRead(accessLog, readModels, principal, request, subject, "ClientAccessLog");
        const { after, limit } = request.query;
        const entries = await accessLog.entriesFor(subject, { after, limit });
        const last = entries.at(-1);
        return {
          subject,
          entries: entries.map((entry) => ({ ...entry, role: entry.role ?? null })),
          next: entries.length === limit && last !== undefined ? last.sequence : null,
        };
      },
    );
  };
}
