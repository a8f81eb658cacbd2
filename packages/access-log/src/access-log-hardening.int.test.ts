// The log no one can rewrite: a separate owner, a service role that can only append and read,
// a streaming verify that reports the first broken link, and signed checkpoints kept outside the
// database that catch truncation and wholesale rewriting.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type AccessEntry,
  checkpointKey,
  createAccessLog,
  installAccessLog,
  verifyCheckpoints,
  writeCheckpoint,
} from "@bz/access-log";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const db = useTestDatabase();
const keyDir = mkdtempSync(join(tmpdir(), "bz-checkpoints-"));
afterAll(() => rmSync(keyDir, { recursive: true, force: true }));

const entry = (subject: string, userId = "u-1"): AccessEntry => ({
  at: "2026-11-24T10:00:00.000Z",
  action: "read",
  subject,
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

describe("access log on PostgreSQL with a separate owner", () => {
  const suffix = randomBytes(4).toString("hex");
  const owner = `bz_al_owner_${suffix}`;
  const writer = `bz_al_writer_${suffix}`;
  let admin: SqlClient;
  let service: SqlClient;
  beforeAll(async () => {
    admin = createPostgresClient({ connectionString: db.url });
    await admin.exec(`create role ${owner} nologin; create role ${writer} login`);
    await installAccessLog(admin, { owner, writers: [writer] });
    const url = new URL(db.url);
    url.username = writer;
    url.password = "";
    service = createPostgresClient({ connectionString: url.toString() });
  });
  afterAll(async () => {
    await service.close();
    await admin.exec(
      `drop schema if exists access_log cascade; drop role if exists ${writer}; drop role if exists ${owner}`,
    );
    await admin.close();
  });

  it("the service role appends and reads, but cannot update, delete, truncate, insert directly, disable triggers or drop", async () => {
    const log = await createAccessLog(service);
    const stored = await log.record(service, entry("client-r"));
    expect(stored.sequence).toBe(1);
    expect((await log.entriesFor("client-r")).map((e) => e.userId)).toEqual(["u-1"]);
    expect(await log.verify()).toBeUndefined();
    for (const attack of [
      "update access_log.entries set user_id = 'someone-else'",
      "delete from access_log.entries",
      "truncate access_log.entries",
      "update access_log.chain_head set sequence = 0",
      "delete from access_log.chain_head",
      `insert into access_log.entries select * from access_log.entries`,
      "alter table access_log.entries disable trigger entries_append_only",
      "drop table access_log.entries",
      "create or replace function access_log.refuse_change() returns trigger language plpgsql as $$ begin return null; end $$",
      "create or replace function access_log.refuse_entry_change() returns trigger language plpgsql as $$ begin return old; end $$",
      // An anchor would let the owner's purge delete what it covers: services write none.
      "insert into access_log.anchors (sequence, hash, signed_at, signature, purged_before) values (1, 'x', 'x', 'x', now())",
    ]) {
      await expect(service.query(attack), attack).rejects.toThrow(/permission denied|must be owner/);
    }
    expect(await log.verify()).toBeUndefined();
    expect((await log.entriesFor("client-r")).map((e) => e.userId)).toEqual(["u-1"]);
  });
});

for (const dialect of ["postgres", "pglite"] as const) {
  describe(`verify and signed checkpoints on ${dialect}`, () => {
    let sql: SqlClient;
    beforeAll(async () => {
      sql =
        dialect === "postgres"
          ? createPostgresClient({ connectionString: db.url })
          : await createPgliteClient();
    });
    afterAll(async () => {
      await sql.close();
    });
    // The owner (or a superuser) who bypasses the triggers: what the chain and the checkpoints must reveal.
    const asOwner = (statement: string) =>
      sql.exec(
        `alter table access_log.entries disable trigger user; ${statement}; alter table access_log.entries enable trigger user`,
      );

    it("reports the first broken link: an edited entry, a deleted one, entries cut from the end", async () => {
      await sql.exec("drop schema if exists access_log cascade");
      const fresh = await createAccessLog(sql);
      // More entries than one page of the streaming check.
      for (let i = 1; i <= 1203; i += 1) await fresh.record(sql, entry(`c-${i % 5}`, `u-${i}`));
      expect(await fresh.verify()).toBeUndefined();
      await asOwner("update access_log.entries set user_id = 'u-x' where sequence = 1100");
      expect(await fresh.verify()).toBe(1100);
      await asOwner("update access_log.entries set user_id = 'u-1100' where sequence = 1100");
      expect(await fresh.verify()).toBeUndefined();
      await asOwner("delete from access_log.entries where sequence = 1203");
      expect(await fresh.verify()).toBe(1203); // the head still names the entry that was cut
      await asOwner("delete from access_log.entries where sequence = 700");
      expect(await fresh.verify()).toBe(701);
    });

    it("catches truncation and a wholesale rewrite that verify alone cannot see", async () => {
      await sql.exec("drop schema if exists access_log cascade");
      const log = await createAccessLog(sql);
      const key = checkpointKey(join(keyDir, `${dialect}.key`));
      const file = join(keyDir, `${dialect}-checkpoints.jsonl`);
      for (let i = 1; i <= 5; i += 1) await log.record(sql, entry("client-w", `u-${i}`));
      await writeCheckpoint(log, key.privateKey, file);
      await log.record(sql, entry("client-w", "u-6"));
      await writeCheckpoint(log, key.privateKey, file);
      expect(await verifyCheckpoints(log, file, key.publicKey)).toEqual({ ok: true, checked: 2 });

      // Cut the newest entry and wind the head back: the chain itself looks intact again.
      await asOwner("delete from access_log.entries where sequence = 6");
      await sql.exec(
        "alter table access_log.chain_head disable trigger user; update access_log.chain_head set sequence = 5, hash = (select hash from access_log.entries where sequence = 5); alter table access_log.chain_head enable trigger user",
      );
      expect(await log.verify()).toBeUndefined();
      expect(await verifyCheckpoints(log, file, key.publicKey)).toEqual({
        ok: false,
        sequence: 6,
        reason: "HEAD_BEHIND",
      });

      // Rewrite everything from scratch with other readers: consistent, and still caught.
      await asOwner("delete from access_log.entries");
      await sql.exec("drop table access_log.chain_head");
      const rewritten = await createAccessLog(sql);
      for (let i = 1; i <= 7; i += 1) await rewritten.record(sql, entry("client-w", `forged-${i}`));
      expect(await rewritten.verify()).toBeUndefined();
      expect(await verifyCheckpoints(rewritten, file, key.publicKey)).toEqual({
        ok: false,
        sequence: 5,
        reason: "LINK_CHANGED",
      });

      // A checkpoint file edited to match the forgery fails its signature.
      const other = checkpointKey(join(keyDir, `${dialect}-other.key`));
      const forgedFile = join(keyDir, `${dialect}-forged.jsonl`);
      await writeCheckpoint(rewritten, other.privateKey, forgedFile);
      expect(await verifyCheckpoints(rewritten, forgedFile, key.publicKey)).toMatchObject({
        ok: false,
        reason: "BAD_SIGNATURE",
      });
    });
  });
}
