import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  authenticate,
  createSqlTokenRevocations,
  createTokenVerifier,
  requirePrincipal,
  revocationTargetOf,
  type TokenRevocationList,
} from "@bz/auth";
import { createPgliteClient, type SqlClient } from "@bz/sql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localTokenAudience, localTokenIssuer } from "./platform.ts";
import { tokensCli } from "./tokens-cli.ts";
import { revokeTokenCommand } from "./tokens-revoke.ts";

const dataDir = mkdtempSync(join(tmpdir(), "bz-revoke-"));
let sql: SqlClient;
let list: TokenRevocationList;
beforeAll(async () => {
  sql = await createPgliteClient();
  list = await createSqlTokenRevocations(sql);
});
afterAll(async () => {
  await sql.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function capture(run: (out: (text: string) => void) => Promise<number>) {
  let text = "";
  const code = await run((chunk) => {
    text += chunk;
  });
  return { code, text };
}
const issue = async () =>
  (
    await capture((out) =>
      tokensCli(["issue", "--user", "u-1", "--org", "TRAJEKT", "--role", "PROFESSIONAL"], dataDir, out),
    )
  ).text.trim();

describe("platform tokens revoke", () => {
  it("revokes a token the CLI issued, by the token itself or its jti, and the next request with it is refused", async () => {
    const token = await issue();
    const jwks = JSON.parse((await capture((out) => tokensCli(["jwks"], dataDir, out))).text);
    const hook = authenticate(
      createTokenVerifier({ jwks, issuer: localTokenIssuer, audience: localTokenAudience }),
      list,
    );
    const ask = async () => {
      const request = { headers: { authorization: `Bearer ${token}` } };
      await hook(request);
      return requirePrincipal(request);
    };
    await expect(ask()).resolves.toMatchObject({ user: "u-1" });

    const revoked = await capture((out) =>
      revokeTokenCommand(["--token", token, "--reason", "laptop lost"], list, "cli:tester", out),
    );
    expect(revoked.code).toBe(0);
    const target = revocationTargetOf(token);
    if ("problem" in target) throw new Error(target.problem);
    expect(revoked.text).toContain(`token ${target.tokenId} revoked`);
    await expect(ask()).rejects.toMatchObject({ code: "AUTH_REVOKED_TOKEN" });

    const again = await capture((out) =>
      revokeTokenCommand(["--jti", target.tokenId, "--reason", "again"], list, "cli:other", out),
    );
    expect(again).toMatchObject({ code: 0, text: expect.stringContaining("already revoked") });
    expect(again.text).toContain("by cli:tester");
  });

  it("names the bad value: no target, both targets, not a JWT, no reason", async () => {
    const token = await issue();
    const cases: [string[], string][] = [
      [["--reason", "lost"], "exactly one of --jti"],
      [["--jti", "a", "--token", token, "--reason", "lost"], "exactly one of --jti"],
      [["--token", "not-a-jwt", "--reason", "lost"], "--token: this is not a JWT"],
      [["--jti", "a"], '--reason "": say why'],
    ];
    for (const [args, message] of cases) {
      const result = await capture((out) => revokeTokenCommand(args, list, "cli:tester", out));
      expect(result.code).toBe(2);
      expect(result.text).toContain(message);
    }
  });
});
