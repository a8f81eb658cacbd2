import type { AccessLog } from "@bz/access-log";
import type { HttpApp } from "@bz/http";
import type { SqlClient } from "@bz/sql";
import { z } from "zod";
import { clientOrPrivacyOfficer, logOwnViewRead } from "./client-access.ts";
import type { ClientHistoryReader } from "./client-history.ts";
import { subjectParams } from "./timeline-routes.ts";
import { bearer } from "./viewer.ts";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const consentView = z.object({
  consentId: z.string(),
  status: z.enum(["ACTIVE", "EXPIRED", "REVOKED", "NOT_YET_VALID"]),
  recordedBy: z.string().describe("The partner that recorded it on the client's behalf"),
  sources: z.union([z.literal("ALL"), z.array(z.string())]).describe("Whose data it shares"),
  categories: z.array(z.string()),
  recipients: z.array(z.string()),
  recipientRoles: z.array(z.string()).nullable(),
  purpose: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  grantor: z.string(),
  revokedAt: z.string().nullable(),
});

/** The client's own view of what they granted to whom, and their objections. */
export function consentRoutes(deps: {
  readModels: SqlClient;
  history: ClientHistoryReader;
  accessLog: AccessLog;
}) {
  return async (app: HttpApp) => {
    app.get(
      "/v1/clients/:subject/consents",
      {
        schema: {
          summary:
            "What the client granted to whom (every consent, with its status) and their objections; for the client's own token or a privacy officer; access-logged",
          security: bearer,
          params: subjectParams,
          response: {
            200: z.object({
              subject: z.string(),
              consents: z.array(consentView),
              objections: z.array(
                z.object({
                  objectionId: z.string(),
                  scope: z.string(),
                  raisedBy: z.string(),
                  recordedAt: z.string(),
                  withdrawnAt: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => {
        const { subject } = request.params;
        const { principal, history } = await clientOrPrivacyOfficer(request, deps.history, subject);
        await logOwnViewRead(deps.accessLog, deps.readModels, principal, request, subject, "ClientConsents");
        const now = Date.now();
        return {
          subject,
          consents: history.consent.grants.map((grant) => ({
            consentId: grant.consentId,
            status:
              grant.revokedAt !== null && grant.revokedAt <= now
                ? ("REVOKED" as const)
                : grant.validUntil !== null && grant.validUntil <= now
                  ? ("EXPIRED" as const)
                  : grant.validFrom > now
                    ? ("NOT_YET_VALID" as const)
                    : ("ACTIVE" as const),
            recordedBy: grant.recordedBy,
            sources: grant.sources === "ALL" ? ("ALL" as const) : [...grant.sources],
            categories: [...grant.categories],
            recipients: [...grant.recipients],
            recipientRoles: grant.recipientRoles === null ? null : [...grant.recipientRoles],
            purpose: grant.purpose,
            validFrom: new Date(grant.validFrom).toISOString(),
            validUntil: iso(grant.validUntil),
            grantor: grant.grantor,
            revokedAt: iso(grant.revokedAt),
          })),
          objections: history.consent.objections.map((o) => ({
            objectionId: o.objectionId,
            scope: o.scope,
            raisedBy: o.raisedBy,
            recordedAt: new Date(o.recordedAt).toISOString(),
            withdrawnAt: iso(o.withdrawnAt),
          })),
        };
      },
    );
  };
}
