import { prepared, type SqlClient } from "@bz/sql";
import { decodeJwt } from "jose";

/** The port request authentication asks: was this token id revoked? Read per request, never cached. */
export interface TokenRevocations {
  isRevoked(tokenId: string): Promise<boolean>;
}

/** One revoked token: its id, when and by whom, why, and until when it would have been valid. */
export interface TokenRevocation {
  tokenId: string;
  revokedAt: string;
  /** Who revoked it: `<organisation>/<user>` of an OPS token, or `cli:<os user>`. */
  revokedBy: string;
  reason: string;
  /** The token's own expiry, when known: after it the row is no longer needed (pruned a day later). */
  expiresAt: string | null;
}

/** The deny list itself: the port plus what the revoke route and CLI need. */
export interface TokenRevocationList extends TokenRevocations {
  /** Adds the token id; revoking it again keeps the first revocation (returned with `alreadyRevoked`). */
  revoke(revocation: Omit<TokenRevocation, "revokedAt"> & { revokedAt?: string }): Promise<{
    revocation: TokenRevocation;
    alreadyRevoked: boolean;
  }>;
}

const schema = [
  "create schema if not exists access_control",
  `create table if not exists access_control.revoked_tokens (
    token_id text primary key,
    revoked_at timestamptz not null,
    revoked_by text not null,
    reason text not null,
    expires_at timestamptz
  )`,
];

interface Row {
  token_id: string;
  revoked_at: Date | string;
  revoked_by: string;
  reason: string;
  expires_at: Date | string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const toRevocation = (row: Row): TokenRevocation => ({
  tokenId: row.token_id,
  revokedAt: iso(row.revoked_at),
  revokedBy: row.revoked_by,
  reason: row.reason,
  expiresAt: row.expires_at === null ? null : iso(row.expires_at),
});

// Asked on every authenticated request.
const isRevokedStatement = prepared(
  "select 1 as revoked from access_control.revoked_tokens where token_id = $1",
);

/**
 * The deny list of token ids in `access_control.revoked_tokens` (PostgreSQL or PGlite, the same
 * SQL). `isRevoked` is one primary-key lookup per request: no cache, so a revocation committed
 * before a request arrives always applies to it (ADR 0062).
 */
export async function createSqlTokenRevocations(sql: SqlClient): Promise<TokenRevocationList> {
  await sql.transaction(async (tx) => {
    // Two services starting at once must not both create the table.
    await tx.query("select pg_advisory_xact_lock(hashtext('bz-auth-migrate:revoked-tokens'))");
    for (const statement of schema) await tx.query(statement);
  });
  return {
    async isRevoked(tokenId) {
      const { rows } = await sql.query<{ revoked: number }>(isRevokedStatement, [tokenId]);
      return rows.length > 0;
    },
    async revoke(revocation) {
      const revokedAt = revocation.revokedAt ?? new Date().toISOString();
      return sql.transaction(async (tx) => {
        // Tokens past their expiry are refused by the verifier anyway; a day's margin covers clock skew.
        await tx.query(
          "delete from access_control.revoked_tokens where expires_at < $1::timestamptz - interval '1 day'",
          [revokedAt],
        );
        const inserted = await tx.query<Row>(
          `insert into access_control.revoked_tokens (token_id, revoked_at, revoked_by, reason, expires_at)
             values ($1, $2, $3, $4, $5) on conflict (token_id) do nothing
           returning token_id, revoked_at, revoked_by, reason, expires_at`,
          [revocation.tokenId, revokedAt, revocation.revokedBy, revocation.reason, revocation.expiresAt],
        );
        const fresh = inserted.rows[0];
        if (fresh !== undefined) return { revocation: toRevocation(fresh), alreadyRevoked: false };
        const { rows } = await tx.query<Row>(
          "select token_id, revoked_at, revoked_by, reason, expires_at from access_control.revoked_tokens where token_id = $1",
          [revocation.tokenId],
        );
        return { revocation: toRevocation(rows[0] as Row), alreadyRevoked: true };
      });
    },
  };
}

/**
 * The token id and expiry of a token to revoke, read WITHOUT verifying it (whoever holds a token
 * may revoke it: a deny-list entry only ever refuses), or why they cannot be read.
 */
export function revocationTargetOf(
  token: string,
): { tokenId: string; expiresAt: string | null } | { problem: string } {
  let claims: { jti?: unknown; exp?: unknown };
  try {
    claims = decodeJwt(token.trim());
  } catch {
    return { problem: "this is not a JWT (three base64url parts separated by dots)" };
  }
  if (typeof claims.jti !== "string" || claims.jti === "") {
    return { problem: "the token has no jti claim, so it was never accepted and needs no revocation" };
  }
  const expiresAt = typeof claims.exp === "number" ? new Date(claims.exp * 1000).toISOString() : null;
  return { tokenId: claims.jti, expiresAt };
}
