import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { type Partner, partners } from "@bz/contracts";
import { BzError } from "@bz/errors";

/** One configured credential: the SHA-256 of a partner's API key (the key itself is never stored). */
export interface ApiKeyEntry {
  partner: Partner;
  sha256: Buffer;
}

/** Resolves a request's credentials to the partner they belong to. */
export interface ApiKeyAuthenticator {
  /** The partner of the key in `Authorization: Bearer <key>` or `x-api-key`; throws AUTH_* otherwise. */
  authenticate(headers: IncomingHttpHeaders): Partner;
}

const sha256Hex = /^[0-9a-f]{64}$/i;

/** SHA-256 hex of an API key: what goes into BZ_GATEWAY_API_KEYS. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/**
 * Reads `partner=<sha256hex>[,partner=<sha256hex>...]`; the partner is its slug (`trajekt`) or id
 * (`TRAJEKT`). A partner may have several keys, so a key can be rotated without downtime.
 */
export function parseApiKeys(text: string): ApiKeyEntry[] {
  const entries = text
    .split(",")
    .filter((part) => part.trim() !== "")
    .map((part) => {
      const [name = "", hash = ""] = part.trim().split("=", 2);
      const partner = partners.find((p) => p.slug === name || p.id === name);
      if (partner === undefined) {
        throw new BzError(
          "CONFIG_INVALID",
          `unknown partner "${name}" in the API keys; expected one of ${partners.map((p) => p.slug).join(", ")}`,
        );
      }
      if (!sha256Hex.test(hash)) {
        throw new BzError(
          "CONFIG_INVALID",
          `the API key of ${partner.slug} must be given as the SHA-256 hex (64 hex digits) of the key, not the key`,
        );
      }
      return { partner: partner.id, sha256: Buffer.from(hash, "hex") };
    });
  if (entries.length === 0) {
    throw new BzError("CONFIG_INVALID", "no API key configured; expected partner=<sha256hex>[,...]");
  }
  return entries;
}

function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? "")?.[1];
  if (bearer !== undefined) return bearer;
  const apiKey = headers["x-api-key"];
  return typeof apiKey === "string" && apiKey !== "" ? apiKey : undefined;
}

/**
 * Checks presented keys against the configured hashes. Every hash is compared, in constant time,
 * so neither the answer's timing nor its content tells which partner's key was nearly right.
 */
export function createApiKeyAuthenticator(entries: readonly ApiKeyEntry[]): ApiKeyAuthenticator {
  return {
    authenticate(headers) {
      const key = presentedKey(headers);
      if (key === undefined) {
        throw new BzError(
          "AUTH_MISSING_CREDENTIALS",
          "no API key: send it as `Authorization: Bearer <key>` or `x-api-key: <key>`",
        );
      }
      const digest = createHash("sha256").update(key, "utf8").digest();
      let found: Partner | undefined;
      for (const entry of entries) {
        if (timingSafeEqual(digest, entry.sha256) && found === undefined) found = entry.partner;
      }
      if (found === undefined) {
        throw new BzError(
          "AUTH_INVALID_CREDENTIALS",
          "the API key is not known; ask the platform team for yours",
        );
      }
      return found;
    },
  };
}
