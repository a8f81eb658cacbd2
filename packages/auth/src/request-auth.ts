import { BzError } from "@bz/errors";
import { hasRole, type Principal, type StaffPrincipal, type StaffRole } from "./domain/principal.ts";
import type { TokenRevocations } from "./token-revocations.ts";
import type { TokenVerifier } from "./token-verifier.ts";

/** What the hook needs of a request: its headers (a fastify request fits). */
export interface RequestWithHeaders {
  headers: { authorization?: string | undefined };
}

type Outcome = { principal: Principal } | { error: BzError };
// Keyed by the request object: no fastify decoration needed, and nothing outlives the request.
const outcomes = new WeakMap<object, Promise<Outcome>>();

/**
 * A fastify `onRequest` hook: verifies `Authorization: Bearer <JWT>` when present, refuses a token
 * whose id is on the deny list (read for every request, so a revocation applies to the next one),
 * and keeps the outcome for {@link requirePrincipal} and {@link requireRole}. Routes without those
 * stay open.
 */
export function authenticate(verifier: TokenVerifier, revocations?: TokenRevocations) {
  return async (request: RequestWithHeaders): Promise<void> => {
    const header = request.headers.authorization;
    if (header === undefined || header === "") {
      outcomes.set(request, Promise.resolve({ error: missing() }));
      return;
    }
    const token = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(header)?.[1];
    if (token === undefined) {
      outcomes.set(
        request,
        Promise.resolve({
          error: new BzError(
            "AUTH_INVALID_TOKEN",
            "the Authorization header is not `Bearer <JWT>`; send the token your identity provider issued",
            { details: { reason: "ERR_BZ_SCHEME" } },
          ),
        }),
      );
      return;
    }
    const outcome = verifier.verify(token).then(
      (principal) => (revocations === undefined ? { principal } : notRevoked(revocations, principal)),
      (error: unknown) => ({
        error:
          error instanceof BzError
            ? error
            : new BzError("AUTH_INVALID_TOKEN", "the bearer token could not be verified", { cause: error }),
      }),
    );
    outcomes.set(request, outcome);
    await outcome;
  };
}

async function notRevoked(revocations: TokenRevocations, principal: Principal): Promise<Outcome> {
  let revoked: boolean;
  try {
    revoked = await revocations.isRevoked(principal.tokenId);
  } catch (cause) {
    // Fail closed: without the deny list no token is known not to be revoked.
    return {
      error: new BzError(
        "AUTH_REVOCATIONS_UNAVAILABLE",
        "the list of revoked tokens could not be read, so the token cannot be accepted now; retry later",
        { retryable: true, cause },
      ),
    };
  }
  if (!revoked) return { principal };
  return {
    error: new BzError(
      "AUTH_REVOKED_TOKEN",
      "this bearer token was revoked; ask your identity provider (or `platform tokens issue`) for a new one",
      { details: { reason: "ERR_BZ_REVOKED" } },
    ),
  };
}

function missing(): BzError {
  return new BzError(
    "AUTH_MISSING_TOKEN",
    "this route needs `Authorization: Bearer <JWT>`; for the demo, use a token printed by `make demo` or `node services/platform/src/cli.ts tokens issue`",
  );
}

/** The verified principal of the request; throws AUTH_MISSING_TOKEN or AUTH_INVALID_TOKEN (401). */
export async function requirePrincipal(request: object): Promise<Principal> {
  const outcome = outcomes.get(request);
  // Fail closed: a route that asks for a principal on an app without the hook is a wiring error.
  if (outcome === undefined) throw new Error("the authenticate() hook is not installed on this app");
  const result = await outcome;
  if ("error" in result) throw result.error;
  return result.principal;
}

/** The staff principal holding one of `roles`; 401 without a valid token, 403 (AUTH_FORBIDDEN) otherwise. */
export async function requireRole(request: object, ...roles: StaffRole[]): Promise<StaffPrincipal> {
  const principal = await requirePrincipal(request);
  const granted = roles.find((role) => hasRole(principal, role));
  if (granted === undefined || principal.kind !== "staff") {
    throw new BzError("AUTH_FORBIDDEN", `this route needs a staff token with role ${roles.join(" or ")}`, {
      details: { needed: roles },
    });
  }
  return principal;
}
