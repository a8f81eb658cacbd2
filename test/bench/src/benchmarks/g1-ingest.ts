import type { KafkaClient } from "@bz/event-log";
import type { BenchContext, Benchmark, Sample } from "../harness/benchmark.ts";
import { startStatementStats } from "../harness/pg-statements.ts";
import { startCpuMeter } from "../harness/process-cpu.ts";
import { startProfile } from "../harness/profile.ts";
import { medianOf } from "../harness/stats.ts";
import { closedLoop } from "../pipeline/load.ts";
import { type Pipeline, startPipeline, storeCounts } from "../pipeline/pipeline.ts";
import { benchSimulation } from "../pipeline/workload.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sustained ingest: all seven partners' events, produced as fast as the pipeline absorbs them with
 * lag under a bound, through the recorder into the store and the timeline projection. The rate
 * is projected events over the window after a warm-up; evidence: CPU per process, a CPU profile of
 * this process, the recorder's batch sizes and time in appends.
 */
async function ingest(
  context: BenchContext,
  pipeline: Pipeline,
  windowSeconds: number,
  databaseUrl?: string,
): Promise<Sample> {
  const load = closedLoop({
    pipeline,
    simulation: benchSimulation(20_000, 41),
    maxLag: context.sizes.maxLag,
  });
  try {
    await sleep(context.sizes.ingestWarmupSeconds * 1000);
    load.takeMaxLag();
    const before = {
      projected: await pipeline.projected(),
      at: performance.now(),
      ...(await pipeline.recorderCounters()),
    };
    const statementStats = databaseUrl === undefined ? undefined : await startStatementStats(databaseUrl);
    const cpu = startCpuMeter();
    const profile = await startProfile();
    await sleep(windowSeconds * 1000);
    const after = {
      projected: await pipeline.projected(),
      at: performance.now(),
      ...(await pipeline.recorderCounters()),
    };
    const summary = await profile.stop();
    const cores = cpu.stop();
    const statements = await statementStats?.stop();
    const maxLag = load.takeMaxLag();
    const seconds = (after.at - before.at) / 1000;
    const applied = after.projected - before.projected;
    if (applied <= 0) throw new Error("no event reached the timeline during the window");
    const batches = after.batches - before.batches;
    return {
      values: {
        eventsPerSecond: applied / seconds,
        maxLag,
        recorderBatchSize: batches > 0 ? (after.records - before.records) / batches : 0,
        appendBusyPct: ((after.appendSeconds - before.appendSeconds) / seconds) * 100,
        nodeCores: cores.nodeCores ?? 0,
        postgresCores: cores.postgresCores ?? 0,
        kafkaCores: cores.kafkaCores ?? 0,
      },
      evidence: {
        cpu: cores,
        profile: summary,
        windowSeconds: seconds,
        produced: load.produced(),
        ...(statements === undefined ? {} : { statements }),
      },
    };
  } finally {
    await load.stop();
  }
}

const units = {
  maxLag: "events",
  recorderBatchSize: "records/batch",
  appendBusyPct: "% of window in store appends",
  nodeCores: "cores",
  postgresCores: "cores",
  kafkaCores: "cores",
  ratioToBaseline: "×",
};

function withRatio(context: BenchContext, sample: Sample, baselines: string[]): Sample {
  const floors = baselines
    .map((b) => medianOf(context.results, b, "eventsPerSecond"))
    .filter((v) => v !== undefined);
  const rate = sample.values.eventsPerSecond;
  if (floors.length === 0 || rate === undefined) return sample;
  return { ...sample, values: { ...sample.values, ratioToBaseline: rate / Math.min(...floors) } };
}

/** G1 on Kafka + PostgreSQL, with the event log on the given Kafka client. */
function serverIngest(name: string, client: KafkaClient, pipeBaseline: string): Benchmark {
  return {
    name,
    title: `Sustained ingest, 7 partners → Kafka (${client}) → recorder → PostgreSQL store → timeline`,
    baseline: [pipeBaseline, "B_store"],
    headline: { metric: "eventsPerSecond", unit: "ev/s" },
    goals: [{ metric: "ratioToBaseline", atLeast: 0.8 }],
    units,
    async run(context) {
      const db = await context.infra.createDatabase();
      const pipeline = await startPipeline(context, { databaseUrl: db.url, kafkaClient: client });
      try {
        const sample = await ingest(context, pipeline, context.sizes.ingestWindowSeconds, db.url);
        const counts = await storeCounts(pipeline.readModels);
        if (counts.rows !== counts.distinct)
          throw new Error(`store holds duplicates: ${JSON.stringify(counts)}`);
        return withRatio(context, sample, this.baseline);
      } finally {
        await pipeline.stop();
        await db.drop();
      }
    },
  };
}

/** G1 on kafkajs (the figure compared across runs) and on @platformatic/kafka, in one run. */
export const g1Ingest = serverIngest("G1", "kafkajs", "B_pipe");
export const g1IngestPlatformatic = serverIngest("G1_platformatic", "platformatic", "B_pipe_platformatic");

/** G1 in embedded mode: the embedded event log and PGlite, against raw PGlite inserts. */
export const g1Embedded: Benchmark = {
  name: "G1_embedded",
  title: "Sustained ingest, embedded mode (embedded event log + PGlite)",
  baseline: ["B_pglite"],
  headline: { metric: "eventsPerSecond", unit: "ev/s" },
  goals: [{ metric: "ratioToBaseline", atLeast: 0.5 }],
  units,
  async run(context) {
    const pipeline = await startPipeline(context, {
      embeddedDir: context.infra.tempDir("bz-bench-embedded-"),
    });
    try {
      const sample = await ingest(context, pipeline, context.sizes.embeddedWindowSeconds);
      return withRatio(context, sample, this.baseline);
    } finally {
      await pipeline.stop();
    }
  },
};
