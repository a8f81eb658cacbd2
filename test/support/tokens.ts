// Bearer tokens for system tests and benchmarks: a key made per run, never a file.
import { createSigningKey, createTokenVerifier, type StaffRole, type TokenVerifier } from "@bz/auth";

/** A verifier for the query API and a way to issue tokens it accepts. */
export interface TestTokens {
  verifier: TokenVerifier;
  /** The public keys, issuer and audience, for a query API in a process of its own. */
  jwks: Awaited<ReturnType<typeof createSigningKey>>["jwks"];
  issuer: string;
  audience: string;
  /** A staff token: user of `org` with `roles` (default PROFESSIONAL). */
  staff(org: string, user?: string, roles?: StaffRole[]): Promise<string>;
}

export async function createTestTokens(): Promise<TestTokens> {
  const key = await createSigningKey();
  const issuer = "bz-system-test";
  const audience = "bz-query-api";
  return {
    verifier: createTokenVerifier({ jwks: key.jwks, issuer, audience }),
    jwks: key.jwks,
    issuer,
    audience,
    staff: (org, user = `${org.toLowerCase()}-tester`, roles = ["PROFESSIONAL"]) =>
      key.issue({ bz_kind: "staff", sub: user, bz_org: org, bz_roles: roles }, { issuer, audience }),
  };
}
