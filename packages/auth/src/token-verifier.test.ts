import { createSigningKey, createTokenVerifier, type SigningKey } from "@bz/auth";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";

const issuer = "https://id.blauwezorg.test";
const audience = "bz-query-api";
const staff = {
  bz_kind: "staff" as const,
  sub: "prof-1",
  bz_org: "TRAJEKT",
  bz_roles: ["PROFESSIONAL" as const],
};

let key: SigningKey;
let other: SigningKey;
beforeAll(async () => {
  key = await createSigningKey();
  other = await createSigningKey();
});

const verifier = (now?: Date) =>
  createTokenVerifier({ jwks: key.jwks, issuer, audience, ...(now === undefined ? {} : { now: () => now }) });

describe("createTokenVerifier", () => {
  it("given a token signed by a listed key, when verified, then the principal comes from its claims", async () => {
    const token = await key.issue({ ...staff, bz_on_behalf_of: "prof-lead" }, { issuer, audience });
    expect(await verifier().verify(token)).toEqual({
      kind: "staff",
      user: "prof-1",
      organisation: "TRAJEKT",
      roles: ["PROFESSIONAL"],
      onBehalfOf: "prof-lead",
      tokenId: expect.any(String),
    });
    const client = await key.issue(
      { bz_kind: "client", sub: "citizen-7", bz_subject: "k1:abc", bz_acting_as: "PARENT" },
      { issuer, audience },
    );
    expect(await verifier().verify(client)).toEqual({
      kind: "client",
      user: "citizen-7",
      subject: "k1:abc",
      actingAs: "PARENT",
      tokenId: expect.any(String),
    });
    const named = await key.issue(staff, { issuer, audience, tokenId: "t-42" });
    expect(await verifier().verify(named)).toMatchObject({ tokenId: "t-42" });
  });

  it("refuses a signed token without a token id (jti): it could not be revoked", async () => {
    const pair = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "no-jti", alg: "EdDSA" };
    const withoutJti = await new SignJWT({ ...staff })
      .setProtectedHeader({ alg: "EdDSA", kid: "no-jti" })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(staff.sub)
      .setExpirationTime("1h")
      .sign(pair.privateKey);
    const own = createTokenVerifier({ jwks: { keys: [publicJwk] }, issuer, audience });
    await expect(own.verify(withoutJti)).rejects.toMatchObject({
      code: "AUTH_INVALID_TOKEN",
      details: { reason: "ERR_JWT_CLAIM_VALIDATION_FAILED" },
    });
  });

  it("refuses an expired token, one for another audience or issuer, a forged one and an unsigned one", async () => {
    const issuedAt = new Date("2026-11-29T08:00:00Z");
    const expired = await key.issue(staff, { issuer, audience, ttlSeconds: 600, now: issuedAt });
    await expect(verifier(new Date("2026-11-29T08:05:00Z")).verify(expired)).resolves.toMatchObject({
      user: "prof-1",
    });
    await expect(verifier(new Date("2026-11-29T09:00:00Z")).verify(expired)).rejects.toMatchObject({
      code: "AUTH_INVALID_TOKEN",
      details: { reason: "ERR_JWT_EXPIRED" },
    });
    const refused = [
      await key.issue(staff, { issuer, audience: "another-api" }),
      await key.issue(staff, { issuer: "https://evil.test", audience }),
      await other.issue(staff, { issuer, audience }),
      new UnsecuredJWT({ ...staff }).setIssuer(issuer).setAudience(audience).setExpirationTime("1h").encode(),
    ];
    for (const token of refused) {
      await expect(verifier().verify(token)).rejects.toMatchObject({ code: "AUTH_INVALID_TOKEN" });
    }
  });

  it("refuses a signed token whose claims are not the platform's (no organisation, unknown role)", async () => {
    const noOrg = await key.issue({ ...staff, bz_org: undefined as unknown as string }, { issuer, audience });
    const badRole = await key.issue({ ...staff, bz_roles: ["ROOT" as "OPS"] }, { issuer, audience });
    for (const token of [noOrg, badRole]) {
      await expect(verifier().verify(token)).rejects.toMatchObject({
        code: "AUTH_INVALID_TOKEN",
        details: { reason: "ERR_BZ_CLAIMS" },
      });
    }
  });

  it("given a staff token naming a professional role, then the principal carries it; an unknown role is refused", async () => {
    const nurse = await key.issue({ ...staff, bz_professional_role: "DISTRICT_NURSE" }, { issuer, audience });
    expect(await verifier().verify(nurse)).toMatchObject({ professionalRole: "DISTRICT_NURSE" });
    expect(await verifier().verify(await key.issue(staff, { issuer, audience }))).not.toHaveProperty(
      "professionalRole",
    );
    const surgeon = await key.issue(
      { ...staff, bz_professional_role: "SURGEON" as "GP" },
      { issuer, audience },
    );
    await expect(verifier().verify(surgeon)).rejects.toMatchObject({
      code: "AUTH_INVALID_TOKEN",
      details: { reason: "ERR_BZ_CLAIMS" },
      message: expect.stringContaining('bz_professional_role: "SURGEON" is not a professional role'),
    });
  });
});
