import { monitorEventLoopDelay } from "node:perf_hooks";
import { createSqlEventStore } from "@bz/event-store";
import { rebuildProjection, timelineProjection } from "@bz/projections";
import { defaultProjections } from "@bz/projector";
import { createPostgresClient } from "@bz/sql";
import type { Benchmark } from "../harness/benchmark.ts";
import { startStatementStats } from "../harness/pg-statements.ts";
import { startCpuMeter } from "../harness/process-cpu.ts";
import { medianOf } from "../harness/stats.ts";
import { ensureDataset } from "../pipeline/dataset.ts";
import { type RemoteLoad, startLoadCpuMeter, startRemoteLoad } from "../pipeline/load-remote.ts";
import { startPipeline } from "../pipeline/pipeline.ts";
import type { HttpLoadResult } from "./b-http.ts";
import { rebuildTimeline } from "./g3-rebuild.ts";

/**
 * G4: the timeline query (newest 100 entries of a client, clients drawn uniformly from the data
 * set's skewed population) at a fixed rate with autocannon, while the pipeline ingests beside it.
 */
export const g4Query: Benchmark = {
  name: "G4",
  title: "Timeline query (last 100 of a client) at a fixed rate during ingest",
  baseline: ["B_http"],
  headline: { metric: "p99Ms", unit: "ms" },
  goals: [
    { metric: "requestsPerSecond", atLeast: 500 },
    { metric: "p99Ms", atMost: 25 },
  ],
  units: {
    p50Ms: "ms",
    p999Ms: "ms",
    requestsPerSecond: "req/s",
    non2xx: "responses",
    errors: "errors",
    ingestPerSecond: "ev/s projected during the run",
    p99VsBare: "×",
    apiCores: "cores (the query API's process)",
    nodeCores: "cores (the recorder's and projector's process)",
    postgresCores: "cores",
    loadCores: "cores (both load processes: reads and ingest)",
  },
  async run(context) {
    const dataset = await ensureDataset(context);
    if (context.scratch.get("timelineBuilt") !== true) {
      await rebuildTimeline(context, false);
      context.scratch.set("timelineBuilt", true);
    }
    // Every projection the pipeline runs starts caught up, as in production at steady state: else
    // the ward and access-state projections' replay of the whole data set runs beside the reads and
    // is what they meet.
    if (context.scratch.get("projectionsBuilt") !== true) {
      const sql = createPostgresClient({
        connectionString: dataset.url,
        applicationName: "bz-bench-rebuild",
      });
      const store = await createSqlEventStore(sql);
      try {
        for (const projection of defaultProjections) {
          if (projection.name === timelineProjection.name) continue;
          await rebuildProjection({ store, sql, projection, batchSize: 2000 });
        }
      } finally {
        await store.close();
        await sql.close();
      }
      context.scratch.set("projectionsBuilt", true);
    }
    const run = ((context.scratch.get("g4Runs") as number | undefined) ?? 0) + 1;
    context.scratch.set("g4Runs", run);
    // The query API runs as the process of its own it is in server mode (services/query-api main.ts),
    // beside the recorder's and projector's process, as deployed.
    const pipeline = await startPipeline(context, { databaseUrl: dataset.url, queryApi: "own-process" });
    const api = pipeline.apiProcess;
    if (api === undefined) throw new Error("G4 needs the query API in a process of its own");
    const loads: RemoteLoad[] = [];
    try {
      const seconds = context.sizes.httpSeconds;
      // The ingest beside the reads and the reads themselves come from load processes of their own.
      const ingest = await startRemoteLoad({
        kind: "open",
        brokers: context.infra.brokers,
        kafkaClient: pipeline.kafkaClient,
        topics: pipeline.topics,
        // A new seed per run: the data set's database is shared by the runs, and events repeated from
        // an earlier run are (rightly) not stored again, so they would not count as ingest.
        clients: context.sizes.datasetClients,
        seed: 53 + 1000 * run,
        rate: context.sizes.queryIngestRate,
        durationMs: (context.sizes.queryWarmupSeconds + seconds + 5) * 1000,
        // The partners' systems send what gathered over 50 ms together, as a producer with a linger
        // does (G2, which measures each event's latency, sends every 5 ms).
        tickMs: 50,
      });
      loads.push(ingest);
      // One verified token per publishing partner, issued before the load starts. Each read is by a
      // professional of a partner that published about the client (its own data is always visible),
      // so every read is a logged read, not a 404.
      const tokens: Record<string, string> = {};
      for (const partner of new Set(dataset.publisherOf.values())) {
        tokens[partner] = await pipeline.tokens.staff(partner, "bench-reader");
      }
      const readRequests = dataset.subjects.map((subject) => ({
        path: `/v1/clients/${encodeURIComponent(subject)}/timeline?limit=100`,
        reader: dataset.publisherOf.get(subject) ?? "TRAJEKT",
      }));
      // Warm-up, not measured: the ingest runs and reads come at the same rate, so the broker's and
      // the services' JIT compilers have done their work (a fresh broker's JVM spends three times the
      // CPU per request of a warm one in its first minute) before the window below.
      const warmup = await startRemoteLoad({
        kind: "http",
        url: pipeline.apiUrl,
        seconds: context.sizes.queryWarmupSeconds,
        rate: context.sizes.queryRate,
        connections: 64,
        requests: readRequests,
        tokens,
      });
      loads.push(warmup);
      await warmup.done;
      await warmup.stop();
      const before = await pipeline.projected();
      const statementStats = await startStatementStats(dataset.url);
      // How long work waits for this process's event loop (the recorder's and projectors').
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      const cpu = startCpuMeter();
      const apiCpu = startLoadCpuMeter(api);
      const reads = await startRemoteLoad({
        kind: "http",
        url: pipeline.apiUrl,
        seconds,
        rate: context.sizes.queryRate,
        // Enough connections to offer the fixed rate even when answers are slow: with autocannon's
        // one request in flight per connection, 10 connections at 40 ms cap the load at 250 req/s.
        connections: 64,
        requests: readRequests,
        tokens,
      });
      loads.push(reads);
      const ingestCpu = startLoadCpuMeter(ingest);
      const readsCpu = startLoadCpuMeter(reads);
      const startedAt = performance.now();
      const result = (await reads.done) as unknown as HttpLoadResult;
      const readsUse = readsCpu.stop();
      const ingestUse = ingestCpu.stop();
      await reads.stop();
      const cores = cpu.stop();
      const apiUse = apiCpu.stop();
      const statements = await statementStats.stop();
      loopDelay.disable();
      const eventLoopDelayMs = {
        p50: Math.round(loopDelay.percentile(50) / 1e4) / 100,
        p99: Math.round(loopDelay.percentile(99) / 1e4) / 100,
        max: Math.round(loopDelay.max / 1e4) / 100,
      };
      const ingestSeconds = (performance.now() - startedAt) / 1000;
      const projectedDuring = (await pipeline.projected()) - before;
      await ingest.done;
      await ingest.stop();
      // Non-2xx answers are a figure, not a harness failure; only no answer at all breaks the run.
      if (result["2xx"] === 0) {
        throw new Error(
          `the query API answered ${result.requests.total} requests, ${result.non2xx} not 2xx: ${JSON.stringify(result.statusCodeStats)}`,
        );
      }
      const bare = medianOf(context.results, "B_http", "p99Ms");
      return {
        values: {
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          p999Ms: result.latency.p99_9,
          requestsPerSecond: result.requests.average,
          non2xx: result.non2xx,
          ok2xx: result["2xx"],
          errors: result.errors,
          ingestPerSecond: projectedDuring / ingestSeconds,
          apiCores: apiUse.cores,
          nodeCores: cores.nodeCores ?? 0,
          postgresCores: cores.postgresCores ?? 0,
          loadCores: Math.round((readsUse.cores + ingestUse.cores) * 100) / 100,
          ...(bare === undefined ? {} : { p99VsBare: result.latency.p99 / bare }),
        },
        evidence: {
          statusCodes: result.statusCodeStats,
          cpu: cores,
          load: {
            process: "separate",
            pid: readsUse.pid,
            cores: readsUse.cores,
            ingest: { pid: ingestUse.pid, cores: ingestUse.cores },
          },
          statements,
          pipelineEventLoopDelayMs: eventLoopDelayMs,
          queryApi: { process: "own", pid: apiUse.pid, cores: apiUse.cores },
          dataset: { events: dataset.events, clients: dataset.clients },
        },
      };
    } finally {
      for (const load of loads) await load.stop().catch(() => undefined);
      await pipeline.stop();
    }
  },
};
