import type { HttpApp } from "@bz/http";
import { readTimeline } from "@bz/projections";
import type { SqlClient } from "@bz/sql";
import { z } from "zod";

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

/** Client timeline routes: the `ClientTimeline` read model, newest first. */
export function timelineRoutes(readModels: SqlClient) {
  return async (app: HttpApp) => {
    app.get(
      "/v1/clients/:subject/timeline",
      {
        schema: {
          summary: "A client's timeline across partners, newest first",
          params: z.object({
            subject: z
              .string()
              .min(1, "give the client's pseudonym")
              .max(128, "a pseudonym has at most 128 characters")
              .describe("The client's pseudonym (never a BSN)"),
          }),
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
      async (request) => ({
        subject: request.params.subject,
        entries: await readTimeline(readModels, request.params.subject, request.query.limit),
      }),
    );
  };
}
