import type { Benchmark } from "../harness/benchmark.ts";
import { medianOf } from "../harness/stats.ts";
import { followProjection } from "../pipeline/load.ts";
import { type RemoteLoad, startLoadCpuMeter, startRemoteLoad } from "../pipeline/load-remote.ts";
import { startPipeline, storeCounts, waitForProjected } from "../pipeline/pipeline.ts";

/**
 * G6: a burst at twice G1's sustained rate, then the time for lag to drain, and the exactly-once
 * check: the store holds every sent event once (rows = distinct ids = sent), and so does the timeline.
 */
export const g6Burst: Benchmark = {
  name: "G6",
  title: "Burst at 2× G1's rate, lag drain time, nothing lost or duplicated",
  baseline: ["G1"],
  headline: { metric: "drainSeconds", unit: "s" },
  units: {
    targetRate: "ev/s",
    producedRate: "ev/s achieved by the producer",
    maxLag: "events",
    sent: "events",
    stored: "events",
    distinct: "event ids",
    timeline: "entries",
    loadCores: "cores (load process, during the burst)",
  },
  repetitions: (sizes) => sizes.burstRepetitions,
  async run(context) {
    const g1 = medianOf(context.results, "G1", "eventsPerSecond") ?? (context.smoke ? 200 : 1_000);
    const rate = Math.round(2 * g1);
    const db = await context.infra.createDatabase();
    const pipeline = await startPipeline(context, { databaseUrl: db.url });
    const follower = followProjection(pipeline, 200);
    const loads: RemoteLoad[] = [];
    try {
      let maxLag = 0;
      // The burst comes from a load process of its own; its schedule (event i due at start + i/rate)
      // is known here, so the lag is watched without a report per event.
      const load = await startRemoteLoad({
        kind: "open",
        brokers: context.infra.brokers,
        kafkaClient: pipeline.kafkaClient,
        topics: pipeline.topics,
        clients: 20_000,
        seed: 59,
        rate,
        durationMs: context.sizes.burstSeconds * 1000,
      });
      loads.push(load);
      const loadCpu = startLoadCpuMeter(load);
      const startedAt = performance.now();
      const total = Math.floor(context.sizes.burstSeconds * rate);
      const due = () => Math.min(total, Math.floor(((performance.now() - startedAt) / 1000) * rate));
      const watch = setInterval(() => {
        maxLag = Math.max(maxLag, due() - follower.projected());
      }, 200);
      const burst = await load.done;
      const sent = Number(burst.sent);
      const seconds = Number(burst.seconds);
      const loadUse = loadCpu.stop();
      const burstEnd = performance.now();
      await waitForProjected(pipeline, sent, context.sizes.drainTimeoutSeconds * 1000);
      clearInterval(watch);
      const drainSeconds = (performance.now() - burstEnd) / 1000;
      const counts = await storeCounts(pipeline.readModels);
      if (counts.rows !== sent || counts.distinct !== sent || counts.timeline !== sent) {
        throw new Error(`lost or duplicated events: sent ${sent}, store ${JSON.stringify(counts)}`);
      }
      return {
        values: {
          drainSeconds,
          targetRate: rate,
          producedRate: sent / seconds,
          maxLag,
          sent,
          stored: counts.rows,
          distinct: counts.distinct,
          timeline: counts.timeline,
          loadCores: loadUse.cores,
        },
        evidence: { load: { process: "separate", pid: loadUse.pid, cores: loadUse.cores } },
      };
    } finally {
      for (const load of loads) await load.stop().catch(() => undefined);
      await follower.stop();
      await pipeline.stop();
      await db.drop();
    }
  },
};
