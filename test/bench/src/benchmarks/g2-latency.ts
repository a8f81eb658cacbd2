import { createHash } from "node:crypto";
import { build } from "hdr-histogram-js";
import type { Benchmark, Goal } from "../harness/benchmark.ts";
import { medianOf } from "../harness/stats.ts";
import { fromEpoch, startLoadCpuMeter, startRemoteLoad } from "../pipeline/load-remote.ts";
import { type Pipeline, startPipeline } from "../pipeline/pipeline.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const probeSubject = `k1:${createHash("sha256").update("bench-latency-probe").digest("base64url")}`;
// A partner always sees its own events: probes are Trajekt's, read by a Trajekt professional's token.

type Histogram = ReturnType<typeof build>;

interface Latencies {
  /** Scheduled send → the log acknowledged it (acks=all). */
  log: Histogram;
  /** Scheduled send → the event is committed in the event store (a tail reader on its table). */
  store: Histogram;
  readModel: ReturnType<typeof build>;
  http: ReturnType<typeof build>;
  unseen: number;
  httpErrors: number;
  /** The load process and its cores over the run (evidence for the report). */
  load: { process: "separate"; pid: number; cores: number };
}

/**
 * Latency at a fixed rate, from each event's scheduled send time (open loop: no coordinated
 * omission) to visible. Every event is timed when its row appears in the timeline read model the
 * API serves (a tail reader polling every 5 ms); a sample of probe events (one subject, ~50/s) is
 * also timed through the query API over HTTP, polled every 10 ms. The per-stage breakdown times
 * the same events at the log's acknowledgement and at their commit in the event store (a second
 * tail reader on the store's table, also every 5 ms), so each stage's share of the total shows.
 */
async function measure(
  brokers: string,
  pipeline: Pipeline,
  rate: number,
  seconds: number,
  warmupSeconds: number,
  drainSeconds: number,
): Promise<Latencies> {
  const scheduled = new Map<string, number>();
  const probes = new Map<string, number>();
  const readModel = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
  });
  const histogram = () =>
    build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 3_600_000_000,
      numberOfSignificantValueDigits: 3,
    });
  const http = histogram();
  const logAck = histogram();
  const stored = histogram();
  const toStore = new Map<string, number>();
  const probeEvery = Math.max(1, Math.round(rate / 50));
  // The events are made and sent by the load process; it reports each one's scheduled time and
  // each acknowledgement, in epoch milliseconds, which this process turns into its own clock's.
  // Set once the load runs: events of the warm-up before it are not timed.
  let measuredFrom = Number.POSITIVE_INFINITY;
  const load = await startRemoteLoad(
    {
      kind: "open",
      brokers,
      kafkaClient: pipeline.kafkaClient,
      topics: pipeline.topics,
      clients: 5_000,
      seed: 43,
      rate,
      durationMs: (seconds + warmupSeconds) * 1000,
      probe: { every: probeEvery, subject: probeSubject, partner: "TRAJEKT" },
      report: true,
    },
    (report) => {
      if (report.type === "scheduled") {
        for (const [id, epochAt, isProbe] of report.events) {
          const at = fromEpoch(epochAt);
          if (at < measuredFrom) continue;
          scheduled.set(id, at);
          toStore.set(id, at);
          if (isProbe) probes.set(id, at);
        }
      } else if (report.type === "acked") {
        const now = fromEpoch(report.at);
        for (const id of report.ids) {
          const at = scheduled.get(id);
          if (at !== undefined) logAck.recordValue(Math.max(1, Math.round((now - at) * 1000)));
        }
      }
    },
  );
  measuredFrom = performance.now() + warmupSeconds * 1000;
  const loadCpu = startLoadCpuMeter(load);
  try {
    let sending = true;
    let giveUp = Number.POSITIVE_INFINITY;
    const sent = load.done.finally(() => {
      sending = false;
      giveUp = performance.now() + drainSeconds * 1000;
    });
    let after = (await pipeline.projected()).toString();
    let storeAfter = after;
    const storeTail = (async () => {
      while (!(!sending && toStore.size === 0) && performance.now() < giveUp) {
        const { rows } = await pipeline.readModels.query<{ id: string; position: string }>(
          "select event_id::text as id, global_position::text as position from event_store.events where global_position > $1::bigint order by global_position limit 5000",
          [storeAfter],
        );
        const now = performance.now();
        for (const row of rows) {
          const at = toStore.get(row.id);
          if (at !== undefined) {
            stored.recordValue(Math.max(1, Math.round((now - at) * 1000)));
            toStore.delete(row.id);
          }
        }
        storeAfter = rows.at(-1)?.position ?? storeAfter;
        if (rows.length < 5000) await sleep(5);
      }
    })();
    const tail = (async () => {
      const deadline = () => !sending && scheduled.size === 0;
      while (!deadline() && performance.now() < giveUp) {
        const { rows } = await pipeline.readModels.query<{ id: string; position: string }>(
          "select event_id::text as id, position::text as position from timeline_entries where position > $1::bigint order by position limit 5000",
          [after],
        );
        const now = performance.now();
        for (const row of rows) {
          const at = scheduled.get(row.id);
          if (at !== undefined) {
            readModel.recordValue(Math.max(1, Math.round((now - at) * 1000)));
            scheduled.delete(row.id);
          }
        }
        after = rows.at(-1)?.position ?? after;
        if (rows.length < 5000) await sleep(5);
      }
    })();
    let httpErrors = 0;
    let tailDone = false;
    void tail.finally(() => {
      tailDone = true;
    });
    const viewer = { authorization: `Bearer ${await pipeline.tokens.staff("TRAJEKT", "bench-probe")}` };
    const probe = (async () => {
      const url = `${pipeline.apiUrl}/v1/clients/${encodeURIComponent(probeSubject)}/timeline?limit=500`;
      // Probes end with the tail reader: an event in the read model that the API never shows is a miss.
      while ((sending || probes.size > 0) && !tailDone && performance.now() < giveUp) {
        const response = await fetch(url, { headers: viewer });
        const body = (await response.json()) as { entries?: { eventId: string }[] };
        // 404 until the probe subject's first event is stored: an unknown client looks like any other.
        if (!response.ok && response.status !== 404) httpErrors++;
        const now = performance.now();
        for (const entry of body.entries ?? []) {
          const at = probes.get(entry.eventId);
          if (at !== undefined) {
            http.recordValue(Math.max(1, Math.round((now - at) * 1000)));
            probes.delete(entry.eventId);
          }
        }
        await sleep(10);
      }
    })();
    await sent;
    await Promise.all([tail, probe, storeTail]);
    const loadUse = loadCpu.stop();
    return {
      log: logAck,
      store: stored,
      readModel,
      http,
      unseen: scheduled.size,
      httpErrors,
      load: { process: "separate", pid: loadUse.pid, cores: loadUse.cores },
    };
  } finally {
    await load.stop().catch(() => undefined);
  }
}

function rateBenchmark(
  name: string,
  title: string,
  rateOf: (results: Parameters<typeof medianOf>[0], smoke: boolean) => number,
  goals: Goal[] = [],
): Benchmark {
  return {
    name,
    title,
    baseline: ["B_http"],
    headline: { metric: "p99Ms", unit: "ms" },
    goals,
    units: {
      rate: "ev/s",
      p50Ms: "ms",
      p999Ms: "ms",
      maxMs: "ms",
      httpP50Ms: "ms (HTTP probes)",
      httpP99Ms: "ms (HTTP probes)",
      logP50Ms: "ms scheduled → log ack",
      logP99Ms: "ms scheduled → log ack",
      storeP50Ms: "ms scheduled → in event store",
      storeP99Ms: "ms scheduled → in event store",
      samples: "events",
      httpSamples: "probes",
      unseen: "events",
      httpErrors: "probe responses not 2xx",
      loadCores: "cores (load process, over the run)",
    },
    async run(context) {
      const rate = Math.max(10, Math.round(rateOf(context.results, context.smoke)));
      const db = await context.infra.createDatabase();
      const pipeline = await startPipeline(context, { databaseUrl: db.url });
      try {
        const { log, store, readModel, http, unseen, httpErrors, load } = await measure(
          context.infra.brokers,
          pipeline,
          rate,
          context.sizes.latencySeconds,
          context.sizes.latencyWarmupSeconds,
          context.smoke ? 10 : 60,
        );
        if (readModel.totalCount === 0) throw new Error("no event became visible in the timeline");
        const ms = (h: ReturnType<typeof build>, p: number) => h.getValueAtPercentile(p) / 1000;
        return {
          values: {
            rate,
            p50Ms: ms(readModel, 50),
            p99Ms: ms(readModel, 99),
            p999Ms: ms(readModel, 99.9),
            maxMs: readModel.maxValue / 1000,
            httpP50Ms: ms(http, 50),
            httpP99Ms: ms(http, 99),
            logP50Ms: ms(log, 50),
            logP99Ms: ms(log, 99),
            storeP50Ms: ms(store, 50),
            storeP99Ms: ms(store, 99),
            samples: readModel.totalCount,
            httpSamples: http.totalCount,
            unseen,
            httpErrors,
            loadCores: load.cores,
          },
          evidence: { load },
        };
      } finally {
        await pipeline.stop();
        await db.drop();
      }
    },
  };
}

/** G2 at 1,000 ev/s (100 ev/s in smoke mode). */
export const g2Fixed = rateBenchmark(
  "G2_1000",
  "Latency at 1,000 ev/s, scheduled send → visible",
  (_, smoke) => (smoke ? 100 : 1_000),
  [
    { metric: "p99Ms", atMost: 100 },
    { metric: "p999Ms", atMost: 250 },
  ],
);

/** G2 at half of G1's sustained rate. */
export const g2Half = rateBenchmark(
  "G2_half",
  "Latency at 50% of G1's rate, scheduled send → visible",
  (results, smoke) => {
    const g1 = medianOf(results, "G1", "eventsPerSecond");
    return (g1 ?? (smoke ? 200 : 1_000)) / 2;
  },
);
