import { createSqlEventStore } from "@bz/event-store";
import { migrateCheckpoints, resetProjection, startProjection, timelineProjection } from "@bz/projections";
import { createPostgresClient } from "@bz/sql";
import type { BenchContext, Benchmark, Sample } from "../harness/benchmark.ts";
import { startCpuMeter } from "../harness/process-cpu.ts";
import { startProfile } from "../harness/profile.ts";
import { ensureDataset } from "../pipeline/dataset.ts";
import { checkpointOf } from "../pipeline/pipeline.ts";

/** Empties the timeline and replays the whole data set into it; events/s from reset to caught up. */
export async function rebuildTimeline(context: BenchContext, profiled: boolean): Promise<Sample> {
  const dataset = await ensureDataset(context);
  const sql = createPostgresClient({ connectionString: dataset.url, applicationName: "bz-bench-rebuild" });
  const store = await createSqlEventStore(sql);
  try {
    await migrateCheckpoints(sql);
    await timelineProjection.migrate(sql);
    await resetProjection(sql, timelineProjection);
    const cpu = startCpuMeter();
    const profile = profiled ? await startProfile() : undefined;
    const started = performance.now();
    let resolveDone: () => void = () => undefined;
    const caughtUp = new Promise<void>((resolve) => {
      resolveDone = resolve;
    });
    let batches = 0;
    const subscription = await startProjection({
      store,
      sql,
      projection: timelineProjection,
      onApplied: (checkpoint) => {
        batches++;
        if (Number(checkpoint) >= dataset.events) resolveDone();
      },
    });
    await Promise.race([caughtUp, subscription.done]);
    const seconds = (performance.now() - started) / 1000;
    await subscription.stop();
    const summary = await profile?.stop();
    const cores = cpu.stop();
    const applied = await checkpointOf(sql);
    if (applied < dataset.events)
      throw new Error(`the rebuild applied ${applied} of ${dataset.events} events`);
    return {
      values: {
        eventsPerSecond: dataset.events / seconds,
        events: dataset.events,
        batchSize: dataset.events / Math.max(batches, 1),
        nodeCores: cores.nodeCores ?? 0,
        postgresCores: cores.postgresCores ?? 0,
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
  title: "Rebuild: replay N stored events into an empty timeline projection (PostgreSQL)",
  baseline: ["B_store"],
  headline: { metric: "eventsPerSecond", unit: "ev/s" },
  units: { events: "events", batchSize: "events/batch", nodeCores: "cores", postgresCores: "cores" },
  async run(context) {
    const sample = await rebuildTimeline(context, true);
    context.scratch.set("timelineBuilt", true);
    return sample;
  },
};
