import type { AccessLog } from "@bz/access-log";
import type { HttpApp } from "@bz/http";
import { readTimeline } from "@bz/projections";
import type { SqlClient } from "@bz/sql";
import { z } from "zod";
import { subjectParam } from "./subject-param.ts";
import { type Viewer, viewerHeaders } from "./viewer.ts";

const timelineEntry = z.object({
  position: z.string().describe("Global position in the event store"),
  eventId: z.uuid(),
  eventType: z.string(),
  occurredAt: z.string(),
  publisher: z.string(),
  buurtCode: z.string().nullable(),
  financingDomain: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).describe("The event's own fields, without the envelope"),
});

const subjectParams = z.object({ subject: subjectParam });

type ViewerRequest = { headers: Viewer; ip: string; raw: { headers: Record<string, unknown> } };

/** The NEN 7513 fields every read shares: who, on whose behalf, from where, why, emergency or not. */
function readBy(request: ViewerRequest, subject: string) {
  const viewer = request.headers;
  return {
    at: new Date().toISOString(),
    action: "read" as const,
    subject,
    userId: viewer["x-bz-user"],
    onBehalfOf: viewer["x-bz-on-behalf-of"] ?? viewer["x-bz-user"],
    organisation: viewer["x-bz-organisation"],
    accessPoint:
      `query-api ${request.ip} ${String(request.raw.headers["user-agent"] ?? "").slice(0, 120)}`.trim(),
    purpose: viewer["x-bz-purpose"],
    emergency: viewer["x-bz-emergency"],
  };
}

/**
 * Client timeline routes. Every read is written to the access log, committed, before the data
 * leaves (no entry, no data). Until consent is modelled, a professional sees only the
 * events of their own organisation: the one rule that needs no consent.
 */
export function timelineRoutes(readModels: SqlClient, accessLog: AccessLog) {
  return async (app: HttpApp) => {
    app.get(
      "/v1/clients/:subject/timeline",
      {
        schema: {
          summary:
            "A client's timeline, newest first, as far as the viewer may see it; the read is access-logged",
          headers: viewerHeaders,
          params: subjectParams,
          querystring: z.object({
            limit: z.coerce
              .number({ error: "limit must be a number" })
              .int("limit must be a whole number")
              .min(1, "limit must be at least 1")
              .max(500, "limit must be at most 500")
              .default(100),
          }),
          response: { 200: z.object({ subject: z.string(), entries: z.array(timelineEntry) }) },
        },
      },
      async (request) => {
        const { subject } = request.params;
        const entries = await readTimeline(readModels, subject, request.query.limit, [
          request.headers["x-bz-organisation"],
        ]);
        // Fail closed: the rows leave only after their access-log entry is committed.
        await accessLog.record(readModels, {
          ...readBy(request, subject),
          objects: { kind: "ClientTimeline", ids: entries.map((row) => row.eventId) },
          legalBasis: "own organisation's records (WGBO treatment relationship)",
          consentRef: null,
          careRelationship: null,
        });
        return { subject, entries };
      },
    );

    app.get(
      "/v1/clients/:subject/access-log",
      {
        schema: {
          summary:
            "Every logged access to a client's data, oldest first (the client's right to see it); who reads it is logged too",
          headers: viewerHeaders,
          params: subjectParams,
          response: {
            200: z.object({
              subject: z.string(),
              entries: z.array(
                z.object({
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
                  hash: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const { subject } = request.params;
        // Who looked at a client's record is itself client-level data: logged first, fail closed.
        await accessLog.record(readModels, {
          ...readBy(request, subject),
          objects: { kind: "ClientAccessLog", ids: [] },
          legalBasis: "the client's right to see who accessed their data (NEN 7513, AVG art. 15)",
          consentRef: null,
          careRelationship: null,
        });
        return { subject, entries: await accessLog.entriesFor(subject) };
      },
    );
  };
}
