import type { AccessLog } from "@bz/access-log";
import { requireRole } from "@bz/auth";
import { currentRelationship } from "@bz/consent";
import { BzError } from "@bz/errors";
import type { HttpApp } from "@bz/http";
import type { SqlClient } from "@bz/sql";
import { z } from "zod";
import type { BreakGlassLog } from "./break-glass.ts";
import { type AccessSettings, clientNotFound, readBy } from "./client-access.ts";
import type { ClientHistoryReader } from "./client-history.ts";
import { subjectParams } from "./timeline-routes.ts";
import { bearer } from "./viewer.ts";

const breakGlassView = z.object({
  id: z.string(),
  subject: z.string(),
  userId: z.string(),
  organisation: z.string(),
  reason: z.string(),
  openedAt: z.string(),
  expiresAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
});

/** Everything the break-glass routes are built from. */
export interface BreakGlassRouteDeps {
  readModels: SqlClient;
  history: ClientHistoryReader;
  accessLog: AccessLog;
  breakGlass: BreakGlassLog;
  settings: AccessSettings;
}

/**
 * The emergency procedure: a professional with a care relationship opens a client's timeline without
 * consent for a limited time, giving a reason; each use is logged and lands on the review list of
 * their organisation's privacy officer.
 */
export function breakGlassRoutes(deps: BreakGlassRouteDeps) {
  return async (app: HttpApp) => {
    app.post(
      "/v1/clients/:subject/break-glass",
      {
        schema: {
          summary:
            "Open a client's timeline without consent (emergency), with a reason, for a limited time; needs a current care relationship; logged and reviewed",
          security: bearer,
          params: subjectParams,
          body: z.object({
            reason: z
              .string({ error: "give the reason for the emergency access" })
              .trim()
              .min(10, "the reason needs at least 10 characters: say what the emergency is")
              .max(1000, "the reason has at most 1000 characters"),
            minutes: z
              .number({ error: "minutes must be a number" })
              .int("minutes must be a whole number")
              .min(1, "minutes must be at least 1")
              .optional()
              .describe("How long; default and maximum: the configured limit (24 hours)"),
          }),
          response: { 201: breakGlassView },
        },
      },
      async (request, reply) => {
        const viewer = await requireRole(request, "PROFESSIONAL");
        const { subject } = request.params;
        const now = new Date();
        const history = await deps.history(subject);
        const relationship = currentRelationship(
          history.relationships,
          viewer.organisation,
          now.getTime(),
          deps.settings.relationshipGraceMs,
        );
        if (relationship === undefined) {
          // Without a relationship there is no emergency access; for a stranger, the same 404 as unknown.
          if (!history.publishers.has(viewer.organisation)) throw clientNotFound(subject);
          throw new BzError(
            "ACCESS_BREAK_GLASS_INVALID",
            "break-glass needs a current care relationship of your organisation with this client (an open care episode or an accepted referral)",
          );
        }
        const maxMinutes = Math.floor(deps.settings.breakGlassMaxMs / 60_000);
        const minutes = request.body.minutes ?? maxMinutes;
        if (minutes > maxMinutes) {
          throw new BzError("ACCESS_BREAK_GLASS_INVALID", `break-glass lasts at most ${maxMinutes} minutes`, {
            details: { invalidParams: [{ name: "body.minutes", reason: `at most ${maxMinutes}` }] },
          });
        }
        const opened = await deps.readModels.transaction(async (tx) => {
          const glass = await deps.breakGlass.open(tx, {
            subject,
            userId: viewer.user,
            organisation: viewer.organisation,
            reason: request.body.reason,
            openedAt: now.toISOString(),
            expiresAt: new Date(now.getTime() + minutes * 60_000).toISOString(),
          });
          // The use of the emergency procedure is itself logged, in the same transaction: no entry, no glass.
          await deps.accessLog.record(tx, {
            ...readBy(viewer, request, subject, now),
            objects: { kind: "BreakGlass", ids: [glass.id] },
            purpose: "EMERGENCY",
            legalBasis: `emergency procedure opened: ${request.body.reason}`.slice(0, 1000),
            consentRef: null,
            careRelationship: relationship.basis,
            emergency: true,
          });
          return glass;
        });
        return reply.status(201).send(opened);
      },
    );

    app.get(
      "/v1/break-glass",
      {
        schema: {
          summary:
            "The privacy officer's review list: their organisation's break-glass uses, not yet reviewed unless all=true",
          security: bearer,
          querystring: z.object({ all: z.enum(["true", "false"]).default("false") }),
          response: { 200: z.object({ uses: z.array(breakGlassView) }) },
        },
      },
      async (request) => {
        const officer = await requireRole(request, "PRIVACY_OFFICER");
        const uses = await deps.breakGlass.list(officer.organisation, request.query.all === "true");
        // The list names clients: each one's log shows that the privacy officer looked.
        const now = new Date();
        for (const subject of new Set(uses.map((use) => use.subject))) {
          await deps.accessLog.record(deps.readModels, {
            ...readBy(officer, request, subject, now),
            objects: {
              kind: "BreakGlassReview",
              ids: uses.filter((u) => u.subject === subject).map((u) => u.id),
            },
            purpose: "REVIEW",
            legalBasis: "review of emergency access by the privacy officer (NEN 7513)",
            consentRef: null,
            careRelationship: null,
            emergency: false,
          });
        }
        return { uses };
      },
    );

    app.post(
      "/v1/break-glass/:id/review",
      {
        schema: {
          summary: "Mark a break-glass use reviewed (privacy officer of the same organisation)",
          security: bearer,
          params: z.object({ id: z.string().min(1).max(64) }),
          body: z.object({ note: z.string().max(2000).optional() }).optional(),
          response: { 200: breakGlassView },
        },
      },
      async (request) => {
        const officer = await requireRole(request, "PRIVACY_OFFICER");
        const reviewed = await deps.breakGlass.review(
          request.params.id,
          officer.organisation,
          officer.user,
          request.body?.note ?? null,
          new Date(),
        );
        if (reviewed === undefined) {
          throw new BzError(
            "HTTP_NOT_FOUND",
            "no unreviewed break-glass use with this id in your organisation; see GET /v1/break-glass",
          );
        }
        return reviewed;
      },
    );
  };
}
