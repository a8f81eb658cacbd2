import { createSqlEventStore, type EventStore, type Subscription } from "@bz/event-store";
import {
  type Projection,
  projectionStatus,
  readCheckpoint,
  rebuildProjection,
  startProjection,
  timelineProjection,
} from "@bz/projections";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase, waitFor } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue, publishWardFigures, readFigures, wardProjection, wardTables } from "./index.ts";
import { knownHistory } from "./testing.ts";

const db = useTestDatabase();

/** Every row of a table, as text, in a fixed order: what "the same table" means row by row. */
async function snapshot(sql: SqlClient, table: string): Promise<string[]> {
  const { rows } = await sql.query<{ r: string }>(
    `select row_to_json(t)::text as r from ${table} t order by 1`,
  );
  return rows.map((row) => row.r);
}

async function snapshotAll(sql: SqlClient): Promise<Record<string, string[]>> {
  const all: Record<string, string[]> = {};
  for (const table of [...wardTables, "timeline_entries"]) all[table] = await snapshot(sql, table);
  return all;
}

for (const dialect of ["pglite", "postgres"] as const) {
  describe(`projections rebuild on ${dialect}`, () => {
    let sql: SqlClient;
    let store: EventStore;
    const subscriptions: Subscription[] = [];
    const history = knownHistory();
    const projections: Projection[] = [wardProjection, timelineProjection];

    beforeAll(async () => {
      sql =
        dialect === "postgres"
          ? createPostgresClient({ connectionString: db.url })
          : await createPgliteClient();
      if (dialect === "postgres") await sql.exec("drop schema if exists event_store cascade");
      store = await createSqlEventStore(sql, { pollIntervalMs: 20 });
      for (const event of history) {
        await store.appendToStream(event.streamId, [
          { eventId: event.eventId, type: event.type, data: event.data, metadata: event.metadata },
        ]);
      }
      for (const projection of projections)
        subscriptions.push(await startProjection({ store, sql, projection }));
      const head = BigInt(history.length);
      for (const projection of projections) {
        await waitFor(async () => (await readCheckpoint(sql, projection.name)) === head, {
          what: `the live ${projection.name} projection reaching position ${head}`,
        });
      }
    });
    afterAll(async () => {
      for (const subscription of subscriptions) await subscription.stop();
      await store.close();
      await sql.close();
    });

    it("given live projections, when rebuilt, then every table is the same row by row, and the live copy answered throughout", async () => {
      const live = await snapshotAll(sql);
      expect(live.ward_activity?.length).toBeGreaterThan(20);
      for (const projection of projections) {
        const table = projection === wardProjection ? "ward_activity" : "timeline_entries";
        // While the fresh copy fills, the live table is read after every batch: it must stay whole.
        const reads: Promise<number>[] = [];
        const checkpoint = await rebuildProjection({
          store,
          sql,
          projection,
          batchSize: 5,
          onProgress: () => {
            reads.push(snapshot(sql, table).then((rows) => rows.length));
          },
        });
        expect(checkpoint).toBe(BigInt(history.length));
        expect(reads.length).toBe(Math.ceil(history.length / 5));
        expect(new Set(await Promise.all(reads))).toEqual(new Set([live[table]?.length]));
      }
      expect(await snapshotAll(sql)).toEqual(live);
      const schemas = await sql.query("select 1 from pg_namespace where nspname like 'rebuild_%'");
      expect(schemas.rows).toEqual([]);
    });

    it("given a rebuilt read model, when published, then the figures equal those of the live one", async () => {
      await publishWardFigures(sql, loadCatalogue(), { k: 1 });
      const before = await readFigures(sql, {});
      await rebuildProjection({ store, sql, projection: wardProjection });
      await publishWardFigures(sql, loadCatalogue(), { k: 1 });
      expect(await readFigures(sql, {})).toEqual(before);
    });

    it("keeps following after a rebuild: a new event reaches the swapped-in tables once", async () => {
      await rebuildProjection({ store, sql, projection: wardProjection });
      const [first] = history;
      if (first === undefined) throw new Error("empty history");
      await store.appendToStream("client-s9", [
        {
          eventId: "00000000-0000-4000-8000-000000009999",
          type: "ContactDelivered",
          data: { ...first.data, eventId: "00000000-0000-4000-8000-000000009999", subject: "s9" },
          metadata: first.metadata,
        },
      ]);
      await waitFor(
        async () => (await readCheckpoint(sql, wardProjection.name)) === BigInt(history.length + 1),
        {
          what: "the live ward projection applying the event appended after the rebuild",
        },
      );
      const { rows } = await sql.query("select 1 from ward_activity where subject = 's9'");
      expect(rows).toHaveLength(1);
      const [status] = await projectionStatus(sql, [wardProjection.name]);
      expect(status).toMatchObject({
        projection: "ward-views",
        checkpoint: BigInt(history.length + 1),
        lastError: undefined,
      });
    });
  });
}
