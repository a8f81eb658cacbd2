import { requireRole, type TokenRevocationList } from "@bz/auth";
import type { HttpApp } from "@bz/http";
import { z } from "zod";
import { bearer } from "./viewer.ts";

const revocationView = z.object({
  tokenId: z.string(),
  revokedAt: z.string(),
  revokedBy: z.string(),
  reason: z.string(),
  expiresAt: z.string().nullable(),
  alreadyRevoked: z.boolean().describe("True when the token id was on the deny list already"),
});

/**
 * Token revocation (ADR 0062): operations put a token id (`jti`) on the deny list; the very next
 * request with that token is refused with 401 AUTH_REVOKED_TOKEN, on every query API that reads
 * the same database.
 */
export function tokenRevocationRoutes(revocations: TokenRevocationList) {
  return async (app: HttpApp) => {
    app.post(
      "/v1/tokens/revocations",
      {
        schema: {
          summary:
            "Revoke a token before it expires (lost laptop, a user who left, misuse seen by a privacy officer); needs a staff token with role OPS",
          description:
            "Adds the token id (the token's `jti` claim) to the deny list. Every request is checked against it, so the next request with that token gets 401 AUTH_REVOKED_TOKEN. A privacy officer who sees misuse asks operations to revoke.",
          security: bearer,
          body: z.object({
            tokenId: z
              .string({ error: "give tokenId: the `jti` claim of the token to revoke" })
              .trim()
              .min(1, "tokenId is empty: give the token's `jti` claim")
              .max(128, "tokenId has at most 128 characters"),
            reason: z
              .string({ error: "give the reason for the revocation" })
              .trim()
              .min(3, "the reason needs at least 3 characters: say why the token is revoked")
              .max(500, "the reason has at most 500 characters"),
            expiresAt: z.iso
              .datetime({ error: "expiresAt is an ISO-8601 time, e.g. 2026-12-03T18:00:00Z" })
              .optional()
              .describe("The token's own expiry (`exp`), when known: the entry is pruned a day after it"),
          }),
          response: { 201: revocationView, 200: revocationView },
        },
      },
      async (request, reply) => {
        const operator = await requireRole(request, "OPS");
        const { tokenId, reason, expiresAt } = request.body;
        const { revocation, alreadyRevoked } = await revocations.revoke({
          tokenId,
          reason,
          revokedBy: `${operator.organisation}/${operator.user}`,
          expiresAt: expiresAt ?? null,
        });
        request.log.info({ tokenId, by: revocation.revokedBy, alreadyRevoked }, "token revoked");
        reply.code(alreadyRevoked ? 200 : 201);
        return { ...revocation, alreadyRevoked };
      },
    );
  };
}
