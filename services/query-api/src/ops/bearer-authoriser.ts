import { timingSafeEqual } from "node:crypto";
import { BzError } from "@bz/errors";
import type { OpsAuthoriser } from "./ops-sources.ts";

/**
 * An interim ops authoriser: `Authorization: Bearer <token>` must equal the configured ops token.
 * Once verified staff tokens exist, the composer passes a role check (OPS) instead.
 */
export function bearerTokenAuthoriser(token: string): OpsAuthoriser {
  const expected = Buffer.from(token);
  return async (request) => {
    const header = request.headers.authorization;
    if (typeof header !== "string" || header === "") {
      throw new BzError(
        "AUTH_MISSING_CREDENTIALS",
        "replaying dead letters needs `Authorization: Bearer <ops token>`; `make demo` prints the token",
      );
    }
    const given = Buffer.from(/^Bearer +(.+)$/i.exec(header)?.[1] ?? "");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new BzError(
        "AUTH_INVALID_CREDENTIALS",
        "the ops token is not the configured one; check it and retry",
      );
    }
    return { user: "ops" };
  };
}

/** The authoriser when no ops credential is configured: every ops action is refused. */
export const refuseOpsActions: OpsAuthoriser = async () => {
  throw new BzError(
    "AUTH_MISSING_CREDENTIALS",
    "ops actions are turned off: no ops credential is configured (BZ_OPS_TOKEN in server mode)",
  );
};
