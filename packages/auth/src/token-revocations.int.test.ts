import {
  authenticate,
  createSigningKey,
  createSqlTokenRevocations,
  createTokenVerifier,
  requirePrincipal,
  type SigningKey,
} from "@bz/auth";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const issuer = "bz-test";
const audience = "bz-test-api";
const db = useTestDatabase();
let key: SigningKey;
beforeAll(async () => {
  key = await createSigningKey();
});

const staff = {
  bz_kind: "staff" as const,
  sub: "nurse-1",
  bz_org: "ENVIDA",
  bz_roles: ["PROFESSIONAL" as const],
};

/**
 * The deny list against one database, with the hook reading through `hookSql` and revocations
 * written through `adminSql` (another connection or process on the same database, as the CLI is).
 */
function denyListSuite(name: string, open: () => Promise<{ hookSql: SqlClient; adminSql: SqlClient }>) {
  describe(`token deny list on ${name}`, () => {
    let hookSql: SqlClient;
    let adminSql: SqlClient;
    beforeAll(async () => {
      ({ hookSql, adminSql } = await open());
    });
    afterAll(async () => {
      if (adminSql !== hookSql) await adminSql.close();
      await hookSql.close();
    });

    it("refuses a revoked token on the very next request, keeps others, and keeps the first revocation", async () => {
      const hook = authenticate(
        createTokenVerifier({ jwks: key.jwks, issuer, audience }),
        await createSqlTokenRevocations(hookSql),
      );
      const admin = await createSqlTokenRevocations(adminSql);
      const request = async (token: string) => {
        const r = { headers: { authorization: `Bearer ${token}` } };
        await hook(r);
        return r;
      };
      const lost = await key.issue(staff, { issuer, audience, tokenId: `lost-${name}` });
      const kept = await key.issue(staff, { issuer, audience });
      // Accepted first, so anything the hook might keep from this answer would now be stale.
      await expect(requirePrincipal(await request(lost))).resolves.toMatchObject({ tokenId: `lost-${name}` });

      const first = await admin.revoke({
        tokenId: `lost-${name}`,
        revokedBy: "TRAJEKT/ops-1",
        reason: "laptop lost",
        expiresAt: null,
      });
      expect(first).toMatchObject({ alreadyRevoked: false, revocation: { revokedBy: "TRAJEKT/ops-1" } });
      await expect(requirePrincipal(await request(lost))).rejects.toMatchObject({
        code: "AUTH_REVOKED_TOKEN",
        details: { reason: "ERR_BZ_REVOKED" },
      });
      await expect(requirePrincipal(await request(kept))).resolves.toMatchObject({ user: "nurse-1" });

      const again = await admin.revoke({
        tokenId: `lost-${name}`,
        revokedBy: "ENVIDA/ops-2",
        reason: "again",
        expiresAt: null,
      });
      expect(again).toEqual({ alreadyRevoked: true, revocation: first.revocation });
    });

    it("prunes revocations of tokens that expired more than a day before", async () => {
      const admin = await createSqlTokenRevocations(adminSql);
      await admin.revoke({
        tokenId: `old-${name}`,
        revokedBy: "cli:root",
        reason: "left",
        expiresAt: "2026-01-01T08:00:00.000Z",
        revokedAt: "2026-01-01T07:00:00.000Z",
      });
      expect(await admin.isRevoked(`old-${name}`)).toBe(true);
      await admin.revoke({
        tokenId: `new-${name}`,
        revokedBy: "cli:root",
        reason: "left",
        expiresAt: null,
        revokedAt: "2026-01-03T07:00:00.000Z",
      });
      expect(await admin.isRevoked(`old-${name}`)).toBe(false);
      expect(await admin.isRevoked(`new-${name}`)).toBe(true);
    });

    it("refuses every token while the deny list cannot be read (fail closed)", async () => {
      const hook = authenticate(
        createTokenVerifier({ jwks: key.jwks, issuer, audience }),
        await createSqlTokenRevocations(hookSql),
      );
      await adminSql.query("alter table access_control.revoked_tokens rename to revoked_away");
      try {
        const r = { headers: { authorization: `Bearer ${await key.issue(staff, { issuer, audience })}` } };
        await hook(r);
        await expect(requirePrincipal(r)).rejects.toMatchObject({
          code: "AUTH_REVOCATIONS_UNAVAILABLE",
          retryable: true,
        });
      } finally {
        await adminSql.query("alter table access_control.revoked_away rename to revoked_tokens");
      }
    });
  });
}

denyListSuite("PostgreSQL", async () => ({
  hookSql: createPostgresClient({ connectionString: db.url }),
  adminSql: createPostgresClient({ connectionString: db.url }),
}));
denyListSuite("PGlite", async () => {
  const lite = await createPgliteClient();
  return { hookSql: lite, adminSql: lite };
});
