// Retention: entries past the retention are purged by the log's owner, a signed anchor takes their
// place, and verify still finds an edit, a deletion or a truncation of what is kept.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type AccessEntry,
  type AccessLog,
  checkpointKey,
  createAccessLog,
  installAccessLog,
  purgeAccessLog,
  retentionCutoff,
  verifyCheckpoints,
  writeCheckpoint,
} from "@bz/access-log";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const db = useTestDatabase();
const keyDir = mkdtempSync(join(tmpdir(), "bz-retention-"));
afterAll(() => rmSync(keyDir, { recursive: true, force: true }));
const key = checkpointKey(join(keyDir, "access-log.key"));
const now = new Date("2026-12-03T06:00:00.000Z");
const before = retentionCutoff(now); // 2021-12-03: five years

const entry = (at: string, userId: string): AccessEntry => ({
  at,
  action: "read",
  subject: "client-old",
  userId,
  onBehalfOf: userId,
  organisation: "TRAJEKT",
  accessPoint: "query-api 10.0.0.7",
  objects: { kind: "ClientTimeline", ids: ["e-1"] },
  purpose: "CARE",
  legalBasis: "own records",
  consentRef: null,
  careRelationship: null,
  emergency: false,
});

/** As someone who bypasses the triggers (a superuser): what verify must still reveal. */
const bypassing = (sql: SqlClient, statement: string) =>
  sql.exec(
    `alter table access_log.entries disable trigger user; ${statement}; alter table access_log.entries enable trigger user`,
  );

/** Entries 1-4 from 2019-2020 (past the retention), 5-7 from 2026; a checkpoint signed at 2. */
async function fill(log: AccessLog, writer: SqlClient, checkpoints: string) {
  for (const [i, at] of ["2019-03-01", "2019-09-01", "2020-01-15", "2021-12-02"].entries()) {
    await log.record(writer, entry(`${at}T10:00:00.000Z`, `old-${i + 1}`));
    if (i === 1) await writeCheckpoint(log, key.privateKey, checkpoints);
  }
  for (let i = 5; i <= 7; i += 1) await log.record(writer, entry("2026-11-20T10:00:00.000Z", `new-${i}`));
}

describe("access-log retention on PostgreSQL with a separate owner", () => {
  const suffix = randomBytes(4).toString("hex");
  const owner = `bz_al_owner_${suffix}`;
  const writer = `bz_al_writer_${suffix}`;
  let admin: SqlClient;
  let service: SqlClient;
  let checkpoints: string;
  let log: AccessLog;
  beforeAll(async () => {
    admin = createPostgresClient({ connectionString: db.url });
    await admin.exec(`create role ${owner} nologin; create role ${writer} login`);
    const url = new URL(db.url);
    url.username = writer;
    url.password = "";
    service = createPostgresClient({ connectionString: url.toString() });
  });
  beforeEach(async () => {
    await admin.exec("drop schema if exists access_log cascade");
    await installAccessLog(admin, { owner, writers: [writer] });
    checkpoints = join(keyDir, `checkpoints-${randomBytes(4).toString("hex")}.jsonl`);
    await fill(await createAccessLog(service), service, checkpoints);
    log = await createAccessLog(admin);
  });
  afterAll(async () => {
    await service.close();
    await admin.exec(
      `drop schema if exists access_log cascade; drop role if exists ${writer}; drop role if exists ${owner}`,
    );
    await admin.close();
  });

  it("the service role cannot purge; the owner removes the entries past the retention and verify still passes", async () => {
    await expect(
      purgeAccessLog(service, { before, privateKey: key.privateKey, now }),
      "the service role may not purge",
    ).rejects.toThrow(/permission denied/);
    await expect(service.query("delete from access_log.entries where sequence <= 4")).rejects.toThrow(
      /permission denied/,
    );

    const result = await purgeAccessLog(admin, {
      before,
      privateKey: key.privateKey,
      owner,
      checkpoints,
      now,
    });
    expect(result.purged).toBe(4);
    expect(result.anchor).toMatchObject({ sequence: 4, at: now.toISOString() });
    const { rows } = await admin.query<{ sequence: string }>(
      "select sequence::text as sequence from access_log.entries order by sequence",
    );
    expect(rows.map((r) => Number(r.sequence))).toEqual([5, 6, 7]);
    expect(await log.verify({ anchorKey: key.publicKey })).toBeUndefined();
    expect(await log.verify()).toBeUndefined();
    // The checkpoint at 2 is gone with its link; the anchor covers it and is itself a checkpoint.
    expect(await verifyCheckpoints(log, checkpoints, key.publicKey)).toEqual({
      ok: true,
      checked: 1,
      purged: 1,
    });

    // Appends go on after the anchor, and a second purge finds nothing more to remove.
    await (await createAccessLog(service)).record(service, entry("2026-12-01T10:00:00.000Z", "new-8"));
    expect(await log.verify({ anchorKey: key.publicKey })).toBeUndefined();
    expect(await purgeAccessLog(admin, { before, privateKey: key.privateKey, owner, now })).toEqual({
      purged: 0,
      anchor: undefined,
    });
  });

  it("after a purge, an edit of a kept entry is still detected", async () => {
    await purgeAccessLog(admin, { before, privateKey: key.privateKey, owner, now });
    await bypassing(admin, "update access_log.entries set user_id = 'someone-else' where sequence = 6");
    expect(await log.verify({ anchorKey: key.publicKey })).toBe(6);
  });

  it("after a purge, deleting the entries just after the anchor is refused, and detected when forced", async () => {
    await purgeAccessLog(admin, { before, privateKey: key.privateKey, owner, now });
    // Even the owner may delete only what a signed anchor covers.
    await expect(
      admin.transaction(async (tx) => {
        await tx.query(`set local role ${owner}`);
        await tx.query("delete from access_log.entries where sequence in (5, 6)");
      }),
    ).rejects.toThrow(/append-only/);
    await bypassing(admin, "delete from access_log.entries where sequence in (5, 6)");
    expect(await log.verify({ anchorKey: key.publicKey })).toBe(7);
  });

  it("after a purge, entries cut from the end and a forged anchor are detected", async () => {
    await purgeAccessLog(admin, { before, privateKey: key.privateKey, owner, checkpoints, now });
    await bypassing(admin, "delete from access_log.entries where sequence = 7");
    expect(await log.verify({ anchorKey: key.publicKey })).toBe(7);

    // Hide entries 5 and 6 behind an anchor signed with another key: the signature gives it away.
    await admin.query(
      "insert into access_log.anchors (sequence, hash, signed_at, signature, purged_before) select 6, hash, $1, 'Zm9yZ2Vk', now() from access_log.entries where sequence = 6",
      [now.toISOString()],
    );
    await bypassing(admin, "delete from access_log.entries where sequence in (5, 6)");
    expect(await log.verify({ anchorKey: key.publicKey })).toBe(6);
    expect(await verifyCheckpoints(log, checkpoints, key.publicKey)).toEqual({
      ok: false,
      sequence: 6,
      reason: "BAD_ANCHOR",
    });
  });

  it("refuses to purge a log whose chain is already broken: the evidence stays", async () => {
    await bypassing(admin, "update access_log.entries set user_id = 'x' where sequence = 2");
    await expect(
      purgeAccessLog(admin, { before, privateKey: key.privateKey, owner, now }),
    ).rejects.toMatchObject({ code: "ACCESS_LOG_CHAIN_BROKEN", details: { sequence: 2 } });
    const { rows } = await admin.query("select 1 from access_log.entries");
    expect(rows).toHaveLength(7);
  });
});

describe("access-log retention on PGlite (embedded: the connecting role owns the log)", () => {
  let lite: SqlClient;
  beforeAll(async () => {
    lite = await createPgliteClient();
  });
  afterAll(async () => {
    await lite.close();
  });

  it("purges, verifies from the anchor, and still detects an edit of a kept entry", async () => {
    const log = await createAccessLog(lite);
    await fill(log, lite, join(keyDir, "lite.jsonl"));
    expect(await purgeAccessLog(lite, { before, privateKey: key.privateKey, now })).toMatchObject({
      purged: 4,
      anchor: { sequence: 4 },
    });
    expect(await log.verify({ anchorKey: key.publicKey })).toBeUndefined();
    await bypassing(lite, "update access_log.entries set purpose = 'OTHER' where sequence = 5");
    expect(await log.verify({ anchorKey: key.publicKey })).toBe(5);
  });
});
