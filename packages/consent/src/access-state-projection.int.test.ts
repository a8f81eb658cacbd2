import {
  accessStateProjection,
  consentStateOf,
  readProjectedAccess,
  relationshipsOf,
  type StoredEvent,
} from "@bz/consent";
import type { RecordedEvent } from "@bz/event-store";
import { applyBatch, migrateCheckpoints, readCheckpoint, resetProjection } from "@bz/projections";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodeEnded, episodeStarted, granted, objected, revoked } from "./domain/history.testing.ts";

const db = useTestDatabase();

const history: StoredEvent[] = [
  episodeEnded("ENVIDA", "ep-0", "2026-01-01T00:00:00Z"), // an end before its start: never current
  episodeStarted("ENVIDA", "ep-0", "2026-01-02T00:00:00Z"),
  episodeStarted("ENVIDA", "ep-1", "2026-01-10T00:00:00Z"),
  granted("c-1", "2026-02-01T00:00:00Z", { recipients: ["ENVIDA"], categories: ["SOCIAL_SUPPORT"] }),
  { type: "ContactDelivered", data: { publisher: "TRAJEKT", occurredAt: "2026-02-02T00:00:00Z" } },
  revoked("c-1", "2026-03-01T00:00:00Z"),
  objected("o-1", "2026-03-02T00:00:00Z"),
];

const recorded = (subject: string, from: number): RecordedEvent[] =>
  history.map((event, i) => ({
    streamId: `client-${subject}`,
    revision: i,
    globalPosition: BigInt(from + i),
    eventId: `00000000-0000-4000-8000-${String(from + i).padStart(12, "0")}`,
    type: event.type,
    recordedAt: new Date(),
    metadata: {},
    data: { ...event.data, subject },
  }));

for (const dialect of ["postgres", "pglite"] as const) {
  describe(`client access state projection on ${dialect}`, () => {
    let sql: SqlClient;
    beforeAll(async () => {
      sql =
        dialect === "postgres"
          ? createPostgresClient({ connectionString: db.url })
          : await createPgliteClient();
      await migrateCheckpoints(sql);
      await accessStateProjection.migrate(sql);
    });
    afterAll(async () => {
      await sql.close();
    });

    it("holds what the pure fold gives, applies a redelivered batch once, and moves its checkpoint with it", async () => {
      await resetProjection(sql, accessStateProjection);
      const a = recorded("k1:a", 1);
      const b = recorded("k1:b", 100);
      expect(await applyBatch(sql, accessStateProjection, a.slice(0, 4))).toBe(4);
      expect(await applyBatch(sql, accessStateProjection, [...a, ...b])).toBe(a.length - 4 + b.length);
      expect(await applyBatch(sql, accessStateProjection, [...a, ...b])).toBe(0);
      expect(await readCheckpoint(sql, accessStateProjection.name)).toBe(BigInt(100 + b.length - 1));
      for (const subject of ["k1:a", "k1:b"]) {
        const projected = await readProjectedAccess(sql, subject);
        expect(projected?.consent).toEqual(consentStateOf(history));
        expect(projected?.relationships).toEqual(relationshipsOf(history));
        expect([...(projected?.publishers ?? [])].sort()).toEqual(["ENVIDA", "TRAJEKT"]);
        expect(projected?.next).toBe(history.length);
      }
      expect(await readProjectedAccess(sql, "k1:nobody")).toBeUndefined();
    });

    it("folds only a client's own stream, and refuses a batch that skips part of it", async () => {
      await resetProjection(sql, accessStateProjection);
      const [first, second, third] = recorded("k1:c", 1);
      if (first === undefined || second === undefined || third === undefined) throw new Error("history");
      // An event about the client in another stream is not part of what the query API folds.
      const elsewhere = { ...third, streamId: "ward-activity", globalPosition: 2n, revision: 0 };
      expect(await applyBatch(sql, accessStateProjection, [first, elsewhere])).toBe(2);
      expect((await readProjectedAccess(sql, "k1:c"))?.next).toBe(1);
      await expect(
        applyBatch(sql, accessStateProjection, [{ ...third, globalPosition: 3n }]),
      ).rejects.toThrow(/revision 2 folded where revision 1 was due/);
      // Nothing of the refused batch was kept: the checkpoint and the row are where they were.
      expect(await readCheckpoint(sql, accessStateProjection.name)).toBe(2n);
      expect((await readProjectedAccess(sql, "k1:c"))?.next).toBe(1);
      expect(await applyBatch(sql, accessStateProjection, [{ ...second, globalPosition: 3n }])).toBe(1);
      expect((await readProjectedAccess(sql, "k1:c"))?.next).toBe(2);
    });
  });
}
