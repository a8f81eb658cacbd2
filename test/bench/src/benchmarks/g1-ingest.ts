import type { KafkaClient } from "@bz/event-log";
import type { BenchContext, Benchmark, Sample } from "../harness/benchmark.ts";
import { startStatementStats } from "../harness/pg-statements.ts";
import { startCpuMeter } from "../harness/process-cpu.ts";
import { startProfile } from "../harness/profile.ts";
import { medianOf } from "../harness/stats.ts";
import { closedLoop } from "../pipeline/load.ts";
import { startRemoteLoad } from "../pipeline/load-remote.ts";
import { type Pipeline, startPipeline, storeCounts } from "../pipeline/pipeline.ts";
import { benchSimulation } from "../pipeline/workload.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** G1's closed loop, in its own process (server mode) or in this one (embedded: ADR 0073). */
interface IngestLoad {
  /** The load process's pid; this process's when the load runs in-process. */
  pid: number;
  separate: boolean;
  status(): Promise<{ produced: number; maxLag: number }>;
  cpuSeconds(): number | undefined;
  stop(): Promise<{ produced: number }>;
}

async function startIngestLoad(
  context: BenchContext,
  pipeline: Pipeline,
  databaseUrl: string | undefined,
): Promise<IngestLoad> {
  const clients = 20_000;
  const seed = 41;
  if (databaseUrl === undefined) {
    // The embedded event log and PGlite live in this process and cannot be reached from another:
    // the embedded load stays in-process (ADR 0073), and the report says so.
    const load = closedLoop({
      pipeline,
      simulation: benchSimulation(clients, seed),
      maxLag: context.sizes.maxLag,
    });
    return {
      pid: process.pid,
      separate: false,
      status: async () => ({ produced: load.produced(), maxLag: load.takeMaxLag() }),
      cpuSeconds: () => undefined,
      async stop() {
        await load.stop();
        return { produced: load.produced() };
      },
    };
  }
  const load = await startRemoteLoad({
    kind: "closed",
    brokers: context.infra.brokers,
    kafkaClient: pipeline.kafkaClient,
    topics: pipeline.topics,
    clients,
    seed,
    maxLag: context.sizes.maxLag,
    databaseUrl,
  });
  return {
    pid: load.pid,
    separate: true,
    status: () => load.status(),
    cpuSeconds: () => load.cpuSeconds(),
    async stop() {
      const result = await load.stop();
      return { produced: Number(result.produced) };
    },
  };
}

/**
 * Sustained ingest: all seven partners' events, produced as fast as the pipeline absorbs them with
 * lag under a bound, through the recorder into the store and the timeline projection. The rate
 * is projected events over the window after a warm-up; evidence: CPU per process (the load
 * process apart from the measured one), a CPU profile of this process, the recorder's batch sizes
 * and time in appends, and PostgreSQL's time per statement (server mode).
 */
async function ingest(
  context: BenchContext,
  pipeline: Pipeline,
  windowSeconds: number,
  databaseUrl?: string,
): Promise<Sample> {
  const load = await startIngestLoad(context, pipeline, databaseUrl);
  let produced = 0;
  try {
    await sleep(context.sizes.ingestWarmupSeconds * 1000);
    await load.status();
    const before = {
      projected: await pipeline.projected(),
      at: performance.now(),
      ...(await pipeline.recorderCounters()),
    };
    const statementStats = databaseUrl === undefined ? undefined : await startStatementStats(databaseUrl);
    const cpu = startCpuMeter();
    const loadCpuBefore = load.cpuSeconds();
    const profile = await startProfile();
    await sleep(windowSeconds * 1000);
    const after = {
      projected: await pipeline.projected(),
      at: performance.now(),
      ...(await pipeline.recorderCounters()),
    };
    const summary = await profile.stop();
    const cores = cpu.stop();
    const loadCpuAfter = load.cpuSeconds();
    const statements = await statementStats?.stop();
    const { maxLag } = await load.status();
    const seconds = (after.at - before.at) / 1000;
    const applied = after.projected - before.projected;
    if (applied <= 0) throw new Error("no event reached the timeline during the window");
    const batches = after.batches - before.batches;
    const loadCores =
      loadCpuBefore === undefined || loadCpuAfter === undefined
        ? undefined
        : Math.round(((loadCpuAfter - loadCpuBefore) / seconds) * 100) / 100;
    produced = (await load.stop()).produced;
    return {
      values: {
        eventsPerSecond: applied / seconds,
        maxLag,
        recorderBatchSize: batches > 0 ? (after.records - before.records) / batches : 0,
        appendBusyPct: ((after.appendSeconds - before.appendSeconds) / seconds) * 100,
        nodeCores: cores.nodeCores ?? 0,
        postgresCores: cores.postgresCores ?? 0,
        kafkaCores: cores.kafkaCores ?? 0,
        ...(loadCores === undefined ? {} : { loadCores }),
      },
      evidence: {
        cpu: cores,
        load: loadEvidence(load, loadCores),
        profile: summary,
        windowSeconds: seconds,
        produced,
        ...(statements === undefined ? {} : { statements }),
      },
    };
  } finally {
    if (produced === 0) await load.stop().catch(() => undefined);
  }
}

function loadEvidence(load: IngestLoad, cores: number | undefined) {
  return load.separate
    ? { process: "separate", pid: load.pid, cores }
    : {
        process: "in-process",
        pid: load.pid,
        reason: "the embedded event log and PGlite cannot be shared with another process (ADR 0073)",
      };
}

const units = {
  maxLag: "events",
  recorderBatchSize: "records/batch",
  appendBusyPct: "% of window in store appends",
  nodeCores: "cores",
  postgresCores: "cores",
  kafkaCores: "cores",
  loadCores: "cores (load process, not in nodeCores)",
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
