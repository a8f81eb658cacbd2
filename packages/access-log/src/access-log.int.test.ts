import { type AccessEntry, createAccessLog } from "@bz/access-log";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const db = useTestDatabase();

const entry = (subject: string, userId = "u-1"): AccessEntry => ({
  at: "2026-11-24T10:00:00.000Z",
  action: "read",
  subject,
  userId,
  onBehalfOf: "u-9",
  organisation: "TRAJEKT",
  accessPoint: "query-api 10.0.0.7",
  objects: { kind: "ClientTimeline", ids: ["e-1", "e-2"] },
  purpose: "CARE",
  legalBasis: "WGBO; own organisation's records",
  consentRef: null,
  careRelationship: null,
  emergency: false,
});

for (const dialect of ["postgres", "pglite"] as const) {
  describe(`access log on ${dialect}`, () => {
    let sql: SqlClient;
    beforeAll(async () => {
      sql =
        dialect === "postgres"
          ? createPostgresClient({ connectionString: db.url })
          : await createPgliteClient();
      // Each dialect starts from an empty log.
      if (dialect === "postgres") await sql.exec("drop schema if exists access_log cascade");
    });
    afterAll(async () => {
      await sql.close();
    });

    it("chains entries, shows a client every access to their data, and verifies intact", async () => {
      const log = await createAccessLog(sql);
      await sql.transaction((tx) => log.record(tx, entry("client-a")));
      await sql.transaction((tx) => log.record(tx, entry("client-b")));
      await sql.transaction((tx) => log.record(tx, entry("client-a", "u-2")));
      const forA = await log.entriesFor("client-a");
      expect(forA.map((e) => [e.sequence, e.userId, e.onBehalfOf, e.objects.ids])).toEqual([
        [1, "u-1", "u-9", ["e-1", "e-2"]],
        [3, "u-2", "u-9", ["e-1", "e-2"]],
      ]);
      expect(forA[0]?.previousHash).toBe("0".repeat(64));
      expect(await log.verify()).toBeUndefined();
    });

    it("keeps the chain linear under concurrent readers, past nine entries", async () => {
      const log = await createAccessLog(sql);
      // 30 transactions at once: every one gets its own sequence number, the chain stays intact.
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          sql.transaction((tx) => log.record(tx, entry("client-many", `u-${i}`))),
        ),
      );
      const many = await log.entriesFor("client-many");
      expect(many).toHaveLength(30);
      const sequences = many.map((e) => e.sequence);
      expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
      expect(await log.verify()).toBeUndefined();
    });

    it("group-commits concurrent appends on its own client: each caller gets its own link, a bad entry fails alone", async () => {
      const log = await createAccessLog(sql);
      const before = log.groupCommits();
      const first = await Promise.all(
        Array.from({ length: 30 }, (_, i) => log.record(sql, entry("client-group", `f-${i}`))),
      );
      const after = log.groupCommits();
      expect(after.entries - before.entries).toBe(30);
      expect(after.statements - before.statements).toBeLessThan(30);
      expect(await log.verify()).toBeUndefined();
      const results = await Promise.allSettled([
        ...Array.from({ length: 40 }, (_, i) => log.record(sql, entry("client-group", `g-${i}`))),
        log.record(sql, { ...entry("client-group", "bad"), at: "not a time" }),
        ...Array.from({ length: 10 }, (_, i) => log.record(sql, entry("client-group", `h-${i}`))),
      ]);
      const rejected = results.filter((r) => r.status === "rejected");
      expect(rejected).toHaveLength(1);
      expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "ACCESS_LOG_UNAVAILABLE" });
      const stored = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      expect(new Set(stored.map((e) => e.sequence)).size).toBe(50);
      stored.push(...first);
      const logged = await log.entriesFor("client-group");
      expect(logged.map((e) => e.userId).sort()).toEqual(stored.map((e) => e.userId).sort());
      expect(logged.map((e) => [e.sequence, e.hash])).toEqual(
        [...stored].sort((a, b) => a.sequence - b.sequence).map((e) => [e.sequence, e.hash]),
      );
      expect(await log.verify()).toBeUndefined();
    });

    it("hashes in the database exactly as the TypeScript check does, whatever the text", async () => {
      const log = await createAccessLog(sql);
      const odd = {
        ...entry("client-ü"),
        userId: 'Zoë "quoted" \\ back\\slash',
        accessPoint: "ecd 🏥 \u2028 line\nbreak \u0001",
        objects: { kind: "ClientTimeline", ids: ["é", "\u00a0"] },
        consentRef: "consent/ç",
      };
      const stored = await log.record(sql, odd);
      expect((await log.entriesFor("client-ü")).at(-1)).toMatchObject({
        userId: odd.userId,
        hash: stored.hash,
      });
      expect(await log.verify()).toBeUndefined();
    });

    it("continues the chain of a log written before the chain head existed", async () => {
      const log = await createAccessLog(sql);
      await log.record(sql, entry("client-h"));
      // An older version kept no head row: the next start derives it from the newest entry.
      await sql.exec("drop table access_log.chain_head");
      const reopened = await createAccessLog(sql);
      const next = await reopened.record(sql, entry("client-h", "u-4"));
      expect(await reopened.verify()).toBeUndefined();
      const { rows } = await sql.query<{ hash: string }>(
        "select hash from access_log.entries where sequence = $1",
        [next.sequence - 1],
      );
      expect(next.previousHash).toBe(rows[0]?.hash);
      expect((await reopened.entriesFor("client-h")).map((e) => e.userId)).toEqual(["u-1", "u-4"]);
    });

    it("refuses updates, deletes and truncation", async () => {
      await createAccessLog(sql);
      await expect(sql.query("update access_log.entries set user_id = 'someone-else'")).rejects.toThrow(
        /append-only/,
      );
      await expect(sql.query("delete from access_log.entries")).rejects.toThrow(/append-only/);
      await expect(sql.query("truncate access_log.entries")).rejects.toThrow(/append-only/);
      await expect(sql.query("delete from access_log.chain_head")).rejects.toThrow(/append-only/);
    });

    it("records the verified role; links without one (logged before it was recorded) still verify; an edited role is found", async () => {
      const log = await createAccessLog(sql);
      await log.record(sql, entry("client-r"));
      await sql.transaction((tx) =>
        log.record(tx, { ...entry("client-r"), role: "PROFESSIONAL/DISTRICT_NURSE" }),
      );
      await Promise.all(
        ["CLIENT", "PRIVACY_OFFICER"].map((role) => log.record(sql, { ...entry("client-r"), role })),
      );
      const logged = await log.entriesFor("client-r");
      expect(logged.map((e) => e.role ?? null).sort()).toEqual(
        [null, "CLIENT", "PRIVACY_OFFICER", "PROFESSIONAL/DISTRICT_NURSE"].sort(),
      );
      expect(await log.verify()).toBeUndefined();
      const target = logged.find((e) => e.role === "PROFESSIONAL/DISTRICT_NURSE")?.sequence;
      // An administrator who bypasses the trigger to change the role; the chain shows it.
      const setRole = (role: string) =>
        sql.exec(
          `alter table access_log.entries disable trigger entries_append_only; update access_log.entries set actor_role = '${role}' where sequence = ${target}; alter table access_log.entries enable trigger entries_append_only`,
        );
      await setRole("PRIVACY_OFFICER");
      expect(await log.verify()).toBe(target);
      await setRole("PROFESSIONAL/DISTRICT_NURSE");
      expect(await log.verify()).toBeUndefined();
    });

    it("finds a tampered entry even when the triggers were bypassed", async () => {
      const log = await createAccessLog(sql);
      await sql.transaction((tx) => log.record(tx, entry("client-t")));
      await sql.transaction((tx) => log.record(tx, entry("client-t", "u-3")));
      expect(await log.verify()).toBeUndefined();
      const target = (await log.entriesFor("client-t"))[1]?.sequence;
      if (target === undefined) throw new Error("the second client-t entry is missing");
      // An administrator who disables the trigger can still change a row; the chain shows it.
      await sql.exec(
        `alter table access_log.entries disable trigger entries_append_only; update access_log.entries set user_id = 'u-x' where sequence = ${target}; alter table access_log.entries enable trigger entries_append_only`,
      );
      expect(await log.verify()).toBe(target);
    });

    it("fails closed: when the entry cannot be written, the surrounding read is rolled back", async () => {
      const log = await createAccessLog(sql);
      const broken = { ...entry("client-c"), at: "not a time" };
      await expect(
        sql.transaction(async (tx) => {
          await log.record(tx, broken);
          return "data";
        }),
      ).rejects.toMatchObject({ code: "ACCESS_LOG_UNAVAILABLE" });
      expect(await log.entriesFor("client-c")).toEqual([]);
    });
  });
}
