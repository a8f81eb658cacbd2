import { createSqlEventStore } from "@bz/event-store";
import {
  applyBatch,
  migrateCheckpoints,
  readCheckpoint,
  readTimeline,
  rebuildTimelineByBulkLoad,
  resetProjection,
  timelineProjection,
} from "@bz/projections";
import { storedContact } from "@bz/projections/testing";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const db = useTestDatabase();

const careEvent = (position: number, subject: string, minutes: number) =>
  storedContact({ position, subject, minutes });

for (const dialect of ["postgres", "pglite"] as const) {
  describe(`timeline projection on ${dialect}`, () => {
    let sql: SqlClient;
    beforeAll(async () => {
      sql =
        dialect === "postgres"
          ? createPostgresClient({ connectionString: db.url })
          : await createPgliteClient();
      await migrateCheckpoints(sql);
      await timelineProjection.migrate(sql);
    });
    afterAll(async () => {
      await sql.close();
    });

    it("applies a batch once even when it is delivered again, and moves the checkpoint with it", async () => {
      await resetProjection(sql, timelineProjection);
      const events = [careEvent(1, "s-a", 30), careEvent(2, "s-b", 15), careEvent(3, "s-a", 45)];
      expect(await applyBatch(sql, timelineProjection, events)).toBe(3);
      expect(await applyBatch(sql, timelineProjection, events)).toBe(0);
      expect(await applyBatch(sql, timelineProjection, [...events, careEvent(4, "s-a", 5)])).toBe(1);
      expect(await readCheckpoint(sql, timelineProjection.name)).toBe(4n);
      const timeline = await readTimeline(sql, "s-a");
      expect(timeline.map((row) => row.details.minutes)).toEqual([5, 45, 30]);
      expect(timeline[0]).toMatchObject({
        eventType: "ContactDelivered",
        publisher: "TRAJEKT",
        position: "4",
      });
    });

    it("orders same-time entries by position as numbers, not as text", async () => {
      await resetProjection(sql, timelineProjection);
      const sameTime = [9, 10, 11].map((position) => {
        const event = careEvent(position, "s-tie", position);
        return { ...event, data: { ...event.data, occurredAt: "2026-01-01T00:00:00.000Z" } };
      });
      await applyBatch(sql, timelineProjection, sameTime);
      expect((await readTimeline(sql, "s-tie")).map((row) => row.position)).toEqual(["11", "10", "9"]);
    });

    it("holds each event exactly once whatever the redelivery pattern (property)", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 })), {
            maxLength: 8,
          }),
          async (deliveries) => {
            await resetProjection(sql, timelineProjection);
            const all = Array.from({ length: 30 }, (_, i) => careEvent(i + 1, `s-${i % 3}`, i));
            // Each delivery replays a window of the global order, as a subscription does after a restart.
            let delivered = 0;
            for (const [from, length] of deliveries) {
              const start = Math.min(from - 1, delivered);
              const window = all.slice(start, Math.min(all.length, start + length));
              await applyBatch(sql, timelineProjection, window);
              delivered = Math.max(delivered, start + window.length);
            }
            const { rows } = await sql.query<{ n: string; distinct_ids: string }>(
              "select count(*)::text as n, count(distinct event_id)::text as distinct_ids from timeline_entries",
            );
            expect(rows[0]?.n).toBe(String(delivered));
            expect(rows[0]?.distinct_ids).toBe(String(delivered));
          },
        ),
        { numRuns: 15 },
      );
    });

    it("rebuilds by bulk load into a fresh table: the same rows as applying each batch, indexes in place, checkpoint at the end", async () => {
      const schema = `es_rebuild_${dialect}`;
      const store = await createSqlEventStore(sql, { schema });
      try {
        const events = Array.from({ length: 23 }, (_, i) => careEvent(i + 1, `s-r${i % 4}`, i));
        for (const event of events) {
          await store.appendToStream(event.streamId, [
            { eventId: event.eventId, type: event.type, data: event.data },
          ]);
        }
        const stored = await store.readAll();
        // What the incremental projection makes of the same stored events.
        await resetProjection(sql, timelineProjection);
        await applyBatch(sql, timelineProjection, stored);
        const incremental = await Promise.all(
          ["s-r0", "s-r1", "s-r2", "s-r3"].map((s) => readTimeline(sql, s)),
        );
        // A stale row the rebuild must not keep: it is not in the store.
        await applyBatch(sql, timelineProjection, [careEvent(999, "s-r0", 1)]);

        const result = await rebuildTimelineByBulkLoad(sql, store, { batchSize: 5 });

        const last = stored.at(-1)?.globalPosition;
        expect(result).toEqual({ events: 23, checkpoint: last });
        expect(await readCheckpoint(sql, timelineProjection.name)).toBe(last);
        const rebuilt = await Promise.all(["s-r0", "s-r1", "s-r2", "s-r3"].map((s) => readTimeline(sql, s)));
        expect(rebuilt).toEqual(incremental);
        const { rows } = await sql.query<{ name: string }>(
          "select indexname as name from pg_indexes where tablename = 'timeline_entries' order by indexname",
        );
        expect(rows.map((row) => row.name)).toEqual([
          "timeline_entries_event_id_key",
          "timeline_entries_pkey",
          "timeline_entries_subject",
        ]);
        // The projection goes on from the checkpoint as before; its migration finds everything in place.
        await timelineProjection.migrate(sql);
        expect(await applyBatch(sql, timelineProjection, [careEvent(Number(last) + 1, "s-r0", 7)])).toBe(1);
      } finally {
        await store.close();
        await sql.exec(`drop schema ${schema} cascade`);
      }
    });
  });
}
