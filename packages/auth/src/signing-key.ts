import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  SignJWT,
} from "jose";
import type { TokenClaims } from "./domain/principal.ts";

/** A local Ed25519 signing key with its public JWKS: for the demo, tests and the token CLI. */
export interface SigningKey {
  kid: string;
  /** The public half, as the verifier's JWKS. */
  jwks: JSONWebKeySet;
  /**
   * Signs `claims` for `issuer`/`audience`, valid `ttlSeconds` (default 8 hours) from `now`, with a
   * fresh token id (`jti`, a UUID) unless `tokenId` is given: the id a revocation names.
   */
  issue(
    claims: TokenClaims,
    options: { issuer: string; audience: string; ttlSeconds?: number; now?: Date; tokenId?: string },
  ): Promise<string>;
}

async function fromPrivateJwk(privateJwk: JWK): Promise<SigningKey> {
  const { d: _private, ...publicJwk } = privateJwk;
  const kid = privateJwk.kid ?? (await calculateJwkThumbprint(publicJwk));
  const key = await importJWK({ ...privateJwk, alg: "EdDSA" }, "EdDSA");
  return {
    kid,
    jwks: { keys: [{ ...publicJwk, kid, alg: "EdDSA", use: "sig" }] },
    async issue(claims, options) {
      const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: "EdDSA", kid, typ: "JWT" })
        .setIssuer(options.issuer)
        .setAudience(options.audience)
        .setSubject(claims.sub)
        .setJti(options.tokenId ?? randomUUID())
        .setIssuedAt(now)
        .setExpirationTime(now + (options.ttlSeconds ?? 8 * 3600))
        .sign(key);
    },
  };
}

/** A fresh in-memory Ed25519 signing key (tests make their own). */
export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  return fromPrivateJwk(await exportJWK(privateKey));
}

/**
 * The signing key kept in `file` (a private JWK, mode 0600), made on first use; the public JWKS is
 * written beside it as `<file>.jwks.json` so a server-mode query API can be pointed at it.
 */
export async function localSigningKey(file: string): Promise<SigningKey> {
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const jwk = await exportJWK(privateKey);
    const { d: _private, ...publicJwk } = jwk;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ ...jwk, kid: await calculateJwkThumbprint(publicJwk) })}\n`, {
      mode: 0o600,
    });
  }
  const key = await fromPrivateJwk(JSON.parse(readFileSync(file, "utf8")) as JWK);
  writeFileSync(`${file}.jwks.json`, `${JSON.stringify(key.jwks, null, 2)}\n`);
  return key;
}
