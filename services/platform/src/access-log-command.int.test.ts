import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AccessEntry, createAccessLog } from "@bz/access-log";
import { createPgliteClient, type SqlClient } from "@bz/sql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAccessLogCommand } from "./access-log-command.ts";

const dir = mkdtempSync(join(tmpdir(), "bz-platform-access-log-"));
const now = new Date("2026-12-03T06:00:00.000Z");
let sql: SqlClient;
beforeAll(async () => {
  sql = await createPgliteClient();
});
afterAll(async () => {
  await sql.close();
  rmSync(dir, { recursive: true, force: true });
});

const entry = (at: string): AccessEntry => ({
  at,
  action: "read",
  subject: "client-1",
  userId: "u-1",
  onBehalfOf: "u-1",
  organisation: "TRAJEKT",
  accessPoint: "query-api 127.0.0.1",
  objects: { kind: "ClientTimeline", ids: [] },
  purpose: "CARE",
  legalBasis: "own records",
  consentRef: null,
  careRelationship: null,
  emergency: false,
});

async function run(args: string[], retentionYears?: string) {
  let text = "";
  const code = await runAccessLogCommand(
    args,
    sql,
    (chunk) => {
      text += chunk;
    },
    { now, retentionYears },
  );
  return { code, text };
}

describe("platform access-log on the embedded database", () => {
  it("purges past the retention (from the environment's default or the flag), then verifies from the signed anchor", async () => {
    const log = await createAccessLog(sql);
    for (const at of ["2018-05-01", "2020-05-01", "2024-05-01", "2026-05-01"]) {
      await log.record(sql, entry(`${at}T00:00:00.000Z`));
    }
    const key = join(dir, "access-log.key");
    const nineYears = await run(["purge", "--key", key], "9");
    expect(nineYears).toEqual({
      code: 0,
      text: "nothing to purge: no entry before 2017-12-03T06:00:00.000Z (9 years)\n",
    });
    const fiveYears = await run(["purge", "--key", key]);
    expect(fiveYears.code).toBe(0);
    expect(fiveYears.text).toContain("purged 2 entries before 2021-12-03T06:00:00.000Z");
    expect(await run(["verify", "--public-key", `${key}.pub`])).toEqual({
      code: 0,
      text: "chain intact, anchor signature checked\n",
    });
    await sql.exec(
      "alter table access_log.entries disable trigger user; update access_log.entries set user_id = 'x' where sequence = 4; alter table access_log.entries enable trigger user",
    );
    expect(await run(["verify", "--public-key", `${key}.pub`])).toMatchObject({
      code: 1,
      text: expect.stringContaining("sequence 4"),
    });
    expect(await run(["purge", "--key", key, "--retention-years", "1"])).toMatchObject({
      code: 1,
      text: expect.stringContaining("nothing is purged"),
    });
  });

  it("names a bad retention or a missing key", async () => {
    expect(await run(["purge", "--key", join(dir, "k"), "--retention-years", "0"])).toMatchObject({
      code: 2,
      text: expect.stringContaining('--retention-years "0"'),
    });
    expect(await run(["purge"])).toMatchObject({ code: 2, text: expect.stringContaining("--key:") });
  });
});
