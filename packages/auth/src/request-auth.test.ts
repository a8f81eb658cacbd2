import { authenticate, createSigningKey, createTokenVerifier, requirePrincipal, requireRole } from "@bz/auth";
import { describe, expect, it } from "vitest";

const issuer = "bz-test";
const audience = "bz-test-api";

describe("authenticate, requirePrincipal and requireRole", () => {
  it("given no header, a bad scheme, a valid token without the role, or with it: 401, 401, 403, principal", async () => {
    const key = await createSigningKey();
    const hook = authenticate(createTokenVerifier({ jwks: key.jwks, issuer, audience }));
    const request = async (authorization?: string) => {
      const r = { headers: authorization === undefined ? {} : { authorization } };
      await hook(r);
      return r;
    };
    await expect(requirePrincipal(await request())).rejects.toMatchObject({ code: "AUTH_MISSING_TOKEN" });
    await expect(requirePrincipal(await request("Basic abc"))).rejects.toMatchObject({
      code: "AUTH_INVALID_TOKEN",
    });
    const token = await key.issue(
      { bz_kind: "staff", sub: "a-1", bz_org: "GGD_ZUID_LIMBURG", bz_roles: ["ANALYST"] },
      { issuer, audience },
    );
    const analyst = await request(`Bearer ${token}`);
    await expect(requireRole(analyst, "PRIVACY_OFFICER")).rejects.toMatchObject({ code: "AUTH_FORBIDDEN" });
    await expect(requireRole(analyst, "OPS", "ANALYST")).resolves.toMatchObject({ user: "a-1" });
    await expect(requirePrincipal({ headers: {} })).rejects.toThrow(/hook is not installed/);
  });
});
