import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTokenVerifier } from "@bz/auth";
import { afterAll, describe, expect, it } from "vitest";
import { localTokenAudience, localTokenIssuer } from "./platform.ts";
import { tokensCli } from "./tokens-cli.ts";

const dataDir = mkdtempSync(join(tmpdir(), "bz-tokens-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(args: string[]) {
  let text = "";
  const code = await tokensCli(args, dataDir, (chunk) => {
    text += chunk;
  });
  return { code, text };
}

describe("platform tokens", () => {
  it("issues a token the platform's verifier accepts, from the key in the data folder", async () => {
    const issued = await run([
      "issue",
      "--user",
      "u-1",
      "--org",
      "TRAJEKT",
      "--role",
      "PROFESSIONAL",
      "--role",
      "PRIVACY_OFFICER",
    ]);
    expect(issued.code).toBe(0);
    const jwks = JSON.parse((await run(["jwks"])).text);
    const verifier = createTokenVerifier({ jwks, issuer: localTokenIssuer, audience: localTokenAudience });
    expect(await verifier.verify(issued.text.trim())).toEqual({
      kind: "staff",
      user: "u-1",
      organisation: "TRAJEKT",
      roles: ["PROFESSIONAL", "PRIVACY_OFFICER"],
      onBehalfOf: "u-1",
      tokenId: expect.any(String),
    });
    const nurse = await run([
      "issue",
      "--user",
      "u-2",
      "--org",
      "ENVIDA",
      "--role",
      "PROFESSIONAL",
      "--professional-role",
      "DISTRICT_NURSE",
    ]);
    expect(nurse.code).toBe(0);
    expect(await verifier.verify(nurse.text.trim())).toMatchObject({
      organisation: "ENVIDA",
      professionalRole: "DISTRICT_NURSE",
    });
    const client = await run(["issue", "--client", "k1:abc", "--acting-as", "PARENT"]);
    expect(await verifier.verify(client.text.trim())).toMatchObject({
      kind: "client",
      subject: "k1:abc",
      actingAs: "PARENT",
    });
  });

  it("refuses an unknown role or a missing organisation, naming the flag", async () => {
    const badRole = await run(["issue", "--user", "u-1", "--org", "TRAJEKT", "--role", "BOSS"]);
    expect(badRole.code).toBe(2);
    expect(badRole.text).toContain("--role:");
    const noOrg = await run(["issue", "--user", "u-1", "--role", "OPS"]);
    expect(noOrg.code).toBe(2);
    expect(noOrg.text).toContain("--org:");
    const badProfession = await run([
      "issue",
      "--user",
      "u-1",
      "--org",
      "TRAJEKT",
      "--role",
      "PROFESSIONAL",
      "--professional-role",
      "SURGEON",
    ]);
    expect(badProfession.code).toBe(2);
    expect(badProfession.text).toContain('--professional-role: "SURGEON" is not a professional role');
  });
});
