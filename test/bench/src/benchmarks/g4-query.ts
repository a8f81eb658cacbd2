import type { Benchmark } from "../harness/benchmark.ts";
import { startStatementStats } from "../harness/pg-statements.ts";
import { startCpuMeter } from "../harness/process-cpu.ts";
import { medianOf } from "../harness/stats.ts";
import { ensureDataset } from "../pipeline/dataset.ts";
import { openLoop } from "../pipeline/load.ts";
import { startPipeline } from "../pipeline/pipeline.ts";
import { benchSimulation } from "../pipeline/workload.ts";
import { loadHttp } from "./b-http.ts";
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
    nodeCores: "cores",
    postgresCores: "cores",
  },
  async run(context) {
    const dataset = await ensureDataset(context);
    if (context.scratch.get("timelineBuilt") !== true) {
      await rebuildTimeline(context, false);
      context.scratch.set("timelineBuilt", true);
    }
    const run = ((context.scratch.get("g4Runs") as number | undefined) ?? 0) + 1;
    context.scratch.set("g4Runs", run);
    const pipeline = await startPipeline(context, { databaseUrl: dataset.url });
    try {
      const before = await pipeline.projected();
      const seconds = context.sizes.httpSeconds;
      const ingest = openLoop({
        pipeline,
        // A new seed per run: the data set's database is shared by the runs, and events repeated from
        // an earlier run are (rightly) not stored again, so they would not count as ingest.
        simulation: benchSimulation(context.sizes.datasetClients, 53 + 1000 * run),
        rate: context.sizes.queryIngestRate,
        durationMs: (seconds + 1) * 1000,
      });
      const statementStats = await startStatementStats(dataset.url);
      const cpu = startCpuMeter();
      const startedAt = performance.now();
      const { subjects } = dataset;
      // One verified token per publishing partner, issued before the load starts.
      const tokenOf = new Map<string, string>();
      for (const partner of new Set(dataset.publisherOf.values())) {
        tokenOf.set(partner, await pipeline.tokens.staff(partner, "bench-reader"));
      }
      // Each read is by a professional of a partner that published about the client (its own data
      // is always visible), so every read is a logged read, not a 404.
      let reader = "";
      const result = await loadHttp({
        url: pipeline.apiUrl,
        seconds,
        rate: context.sizes.queryRate,
        // Enough connections to offer the fixed rate even when answers are slow: with autocannon's
        // one request in flight per connection, 10 connections at 40 ms cap the load at 250 req/s.
        connections: 64,
        path: () => {
          const subject = subjects[Math.floor(Math.random() * subjects.length)] ?? "";
          reader = dataset.publisherOf.get(subject) ?? "TRAJEKT";
          return `/v1/clients/${encodeURIComponent(subject)}/timeline?limit=100`;
        },
        // autocannon asks for the path, then the headers, of each request.
        headers: () => ({ authorization: `Bearer ${tokenOf.get(reader) ?? ""}` }),
      });
      const cores = cpu.stop();
      const statements = await statementStats.stop();
      const ingestSeconds = (performance.now() - startedAt) / 1000;
      const projectedDuring = (await pipeline.projected()) - before;
      await ingest.done;
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
          nodeCores: cores.nodeCores ?? 0,
          postgresCores: cores.postgresCores ?? 0,
          ...(bare === undefined ? {} : { p99VsBare: result.latency.p99 / bare }),
        },
        evidence: {
          statusCodes: result.statusCodeStats,
          cpu: cores,
          statements,
          dataset: { events: dataset.events, clients: dataset.clients },
        },
      };
    } finally {
      await pipeline.stop();
    }
  },
};
