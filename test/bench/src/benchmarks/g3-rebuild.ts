import { createSqlEventStore } from "@bz/event-store";
import { rebuildTimelineByBulkLoad } from "@bz/projections";
import { createPostgresClient } from "@bz/sql";
import type { BenchContext, Benchmark, Sample } from "../harness/benchmark.ts";
import { startCpuMeter } from "../harness/process-cpu.ts";
import { startProfile } from "../harness/profile.ts";
import { medianOf } from "../harness/stats.ts";
import { ensureDataset } from "../pipeline/dataset.ts";
import { checkpointOf } from "../pipeline/pipeline.ts";

/**
 * Rebuilds the timeline from the whole data set by bulk load (a fresh table, big multi-row inserts,
 * indexes after the load, an atomic swap: @bz/projections' rebuildTimelineByBulkLoad); events/s from
 * the start to the swap.
 */
export async function rebuildTimeline(context: BenchContext, profiled: boolean): Promise<Sample> {
  const dataset = await ensureDataset(context);
  const sql = createPostgresClient({ connectionString: dataset.url, applicationName: "bz-bench-rebuild" });
  const store = await createSqlEventStore(sql);
  try {
    const batchSize = 5_000;
    const cpu = startCpuMeter();
    const profile = profiled ? await startProfile() : undefined;
    const started = performance.now();
    const result = await rebuildTimelineByBulkLoad(sql, store, { batchSize });
    const seconds = (performance.now() - started) / 1000;
    const summary = await profile?.stop();
    const cores = cpu.stop();
    const applied = await checkpointOf(sql);
    if (applied < dataset.events)
      throw new Error(`the rebuild applied ${applied} of ${dataset.events} events`);
    const storeRate = medianOf(context.results, "B_store", "eventsPerSecond");
    const rate = result.events / seconds;
    return {
      values: {
        eventsPerSecond: rate,
        events: result.events,
        batchSize,
        nodeCores: cores.nodeCores ?? 0,
        postgresCores: cores.postgresCores ?? 0,
        ...(storeRate === undefined ? {} : { ratioToBaseline: rate / storeRate }),
      },
      evidence: {
        cpu: cores,
        ...(summary === undefined ? {} : { profile: summary }),
        dataset: { ...dataset, subjects: undefined, url: undefined },
      },
    };
  } finally {
    await store.close();
    await sql.close();
  }
}

/** G3: replay of N stored events into an empty timeline projection. */
export const g3Rebuild: Benchmark = {
  name: "G3",
  title: "Rebuild: N stored events into a fresh timeline table by bulk load, then swapped in (PostgreSQL)",
  baseline: ["B_store"],
  headline: { metric: "eventsPerSecond", unit: "ev/s" },
  goals: [{ metric: "ratioToBaseline", atLeast: 1.5 }],
  units: {
    events: "events",
    batchSize: "events/batch",
    nodeCores: "cores",
    postgresCores: "cores",
    ratioToBaseline: "× B_store",
  },
  async run(context) {
    const sample = await rebuildTimeline(context, true);
    context.scratch.set("timelineBuilt", true);
    return sample;
  },
};
