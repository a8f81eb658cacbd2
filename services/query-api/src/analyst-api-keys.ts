import { createHash, timingSafeEqual } from "node:crypto";
import { BzError } from "@bz/errors";

/** Decides who an analyst request comes from, or throws a 401/403 BzError. */
export type AuthorizeAnalyst = (request: { headers: Record<string, unknown> }) => Promise<{ user: string }>;

const sha256Hex = /^[0-9a-f]{64}$/;

/** The SHA-256 hex of an API key: what `BZ_ANALYST_API_KEYS` holds, never the key itself. */
export function hashAnalystKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/**
 * An interim analyst authorizer until tokens with the ANALYST role exist: `BZ_ANALYST_API_KEYS` is
 * `user=<sha256hex>[,user=<sha256hex>...]`; the key comes as `Authorization: Bearer <key>` or
 * `x-api-key`, and is compared by hash in constant time.
 */
export function apiKeyAnalystAuthorizer(config: string): AuthorizeAnalyst {
  const entries = config
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const [user = "", hash = ""] = part.split("=", 2);
      if (!/^[A-Za-z0-9._@-]{1,64}$/.test(user) || !sha256Hex.test(hash)) {
        throw new BzError(
          "CONFIG_INVALID",
          `BZ_ANALYST_API_KEYS holds "${user}=…": expected user=<SHA-256 hex of the key (64 hex digits)>, comma-separated`,
        );
      }
      return { user, sha256: Buffer.from(hash, "hex") };
    });
  return async (request) => {
    const authorization = request.headers.authorization;
    const bearer =
      typeof authorization === "string" && /^bearer /i.test(authorization)
        ? authorization.slice(7).trim()
        : undefined;
    const headerKey = request.headers["x-api-key"];
    const key = bearer ?? (typeof headerKey === "string" ? headerKey : undefined);
    if (key === undefined || key === "") {
      throw new BzError(
        "AUTH_MISSING_CREDENTIALS",
        "Ward figures are for analysts: send 'Authorization: Bearer <analyst API key>' (or x-api-key).",
      );
    }
    const presented = createHash("sha256").update(key, "utf8").digest();
    let user: string | undefined;
    for (const entry of entries) if (timingSafeEqual(entry.sha256, presented)) user = entry.user;
    if (user === undefined) {
      throw new BzError(
        "AUTH_INVALID_CREDENTIALS",
        "The analyst API key is not known; ask the operator for one.",
      );
    }
    return { user };
  };
}
