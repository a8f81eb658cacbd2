// The G3/G4 data set: N events over M clients with the simulation's skew, appended through the
// event store's own batched append (as the recorder stores them), in a database of its own.
import { wardForBuurtCode } from "@bz/contracts";
import { createSqlEventStore, type StreamAppend } from "@bz/event-store";
import { createPostgresClient } from "@bz/sql";
import type { BenchContext } from "../harness/benchmark.ts";
import { benchSimulation } from "./workload.ts";

/** A loaded data set. */
export interface Dataset {
  url: string;
  events: number;
  clients: number;
  subjects: string[];
  /** The first partner that published about each subject: a reader who may see that client. */
  publisherOf: Map<string, string>;
  loadSeconds: number;
  /** Events of the busiest client and the median client. */
  busiestClientEvents: number;
  medianClientEvents: number;
}

/** Loads the data set once per run (shared by G3 and G4); dropped when the run ends. */
export async function ensureDataset(context: BenchContext): Promise<Dataset> {
  const existing = context.scratch.get("dataset") as Dataset | undefined;
  if (existing !== undefined) return existing;
  const { datasetEvents: total, datasetClients: clients } = context.sizes;
  context.log(`loading the data set: ${total} events over ${clients} clients`);
  const db = await context.infra.createDatabase();
  context.onExit(() => db.drop());
  const sql = createPostgresClient({ connectionString: db.url, applicationName: "bz-bench-dataset" });
  const store = await createSqlEventStore(sql);
  const simulation = benchSimulation(clients, 47);
  const perSubject = new Map<string, number>();
  const publisherOf = new Map<string, string>();
  const started = performance.now();
  const at = new Date("2026-01-01T00:00:00Z").getTime();
  try {
    for (let done = 0; done < total; ) {
      const n = Math.min(5_000, total - done);
      const streams = new Map<string, StreamAppend>();
      for (let i = 0; i < n; i++) {
        const event = simulation.nextEvent(new Date(at + (done + i) * 30_000));
        perSubject.set(event.subject, (perSubject.get(event.subject) ?? 0) + 1);
        if (!publisherOf.has(event.subject)) publisherOf.set(event.subject, event.publisher);
        const streamId = `client-${event.subject}`;
        let share = streams.get(streamId);
        if (share === undefined) {
          share = { streamId, events: [] };
          streams.set(streamId, share);
        }
        share.events.push({
          eventId: event.eventId,
          type: event.eventType,
          data: event as unknown as Record<string, unknown>,
          metadata: {
            ward: wardForBuurtCode(event.buurtCode) ?? "ELSEWHERE",
            correlationId: event.correlationId,
          },
        });
      }
      await store.appendBatch([...streams.values()]);
      done += n;
      if (done % 100_000 === 0) context.log(`  ${done} events loaded`);
    }
  } finally {
    await store.close();
    await sql.close();
  }
  const counts = [...perSubject.values()].sort((a, b) => a - b);
  const dataset: Dataset = {
    url: db.url,
    events: total,
    clients: perSubject.size,
    subjects: [...perSubject.keys()],
    publisherOf,
    loadSeconds: (performance.now() - started) / 1000,
    busiestClientEvents: counts.at(-1) ?? 0,
    medianClientEvents: counts[Math.floor(counts.length / 2)] ?? 0,
  };
  context.scratch.set("dataset", dataset);
  return dataset;
}
