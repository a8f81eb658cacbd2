import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { wardForBuurtCode } from "@bz/contracts";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import type { BenchContext, Benchmark } from "../harness/benchmark.ts";
import { benchSimulation, eventsOf } from "../pipeline/workload.ts";

const table = `
  create table bench_events (
    global_position bigint primary key,
    stream_id text not null,
    revision integer not null,
    event_id uuid not null unique,
    type text not null,
    data jsonb not null,
    metadata jsonb not null,
    recorded_at timestamptz not null default now(),
    unique (stream_id, revision)
  )`;

/**
 * Raw batched INSERTs (500 rows, one multi-row statement each, one connection) of the same events,
 * into a table shaped like the event store's: the floor of what storing them costs.
 */
async function rawInserts(context: BenchContext, sql: SqlClient): Promise<number> {
  const n = context.sizes.baselineEvents;
  const events = eventsOf(benchSimulation(5_000, 5), n);
  const revisions = new Map<string, number>();
  const rows = events.map((event, i) => {
    const revision = (revisions.get(event.subject) ?? -1) + 1;
    revisions.set(event.subject, revision);
    return [
      String(i + 1),
      `client-${event.subject}`,
      revision,
      event.eventId,
      event.eventType,
      JSON.stringify(event),
      JSON.stringify({ ward: wardForBuurtCode(event.buurtCode) ?? "ELSEWHERE", correlationId: randomUUID() }),
    ];
  });
  await sql.exec(table);
  const started = performance.now();
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const params = chunk.flat();
    const values = chunk.map(
      (_, r) => `(${Array.from({ length: 7 }, (_, c) => `$${r * 7 + c + 1}`).join(", ")})`,
    );
    await sql.query(
      `insert into bench_events (global_position, stream_id, revision, event_id, type, data, metadata) values ${values.join(", ")}`,
      params,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  const { rows: count } = await sql.query<{ n: string }>("select count(*)::text as n from bench_events");
  if (Number(count[0]?.n) !== n) throw new Error(`raw inserts stored ${count[0]?.n} of ${n} rows`);
  return n / seconds;
}

/** B_store: raw batched INSERTs into PostgreSQL. */
export const bStore: Benchmark = {
  name: "B_store",
  title: "Raw batched INSERTs of the same events into PostgreSQL",
  baseline: [],
  headline: { metric: "eventsPerSecond", unit: "ev/s" },
  async run(context) {
    const db = await context.infra.createDatabase();
    const sql = createPostgresClient({ connectionString: db.url, applicationName: "bz-bench" });
    try {
      return { values: { eventsPerSecond: await rawInserts(context, sql) } };
    } finally {
      await sql.close();
      await db.drop();
    }
  },
};

/** B_pglite: the same raw inserts into PGlite on disk, the embedded mode's baseline. */
export const bPglite: Benchmark = {
  name: "B_pglite",
  title: "Raw batched INSERTs of the same events into PGlite (on disk)",
  baseline: [],
  headline: { metric: "eventsPerSecond", unit: "ev/s" },
  async run(context) {
    const sql = await createPgliteClient({ dataDir: join(context.infra.tempDir("bz-bench-pglite-"), "db") });
    try {
      return { values: { eventsPerSecond: await rawInserts(context, sql) } };
    } finally {
      await sql.close();
    }
  },
};
