import { requireRole } from "@bz/auth";
import type { AuthorizeAnalyst } from "./analyst-api-keys.ts";

const jwtShape = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Analysts: a verified bearer token with the ANALYST role (401 without a valid token, 403 without
 * the role). Where API keys are configured (scripts and BI tools without a token provider), a
 * bearer value or x-api-key that is not a JWT is checked as such a key instead.
 */
export function analystAuthorizer(apiKeys?: AuthorizeAnalyst): AuthorizeAnalyst {
  return async (request) => {
    const authorization = request.headers.authorization;
    const bearer =
      typeof authorization === "string" && /^bearer /i.test(authorization)
        ? authorization.slice(7).trim()
        : undefined;
    const isKey =
      (bearer !== undefined && !jwtShape.test(bearer)) ||
      (bearer === undefined && request.headers["x-api-key"] !== undefined);
    if (apiKeys !== undefined && isKey) return apiKeys(request);
    const principal = await requireRole(request, "ANALYST");
    return { user: principal.user };
  };
}
