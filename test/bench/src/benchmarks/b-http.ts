import { timelineEntryOf } from "@bz/projections";
import autocannon from "autocannon";
import Fastify from "fastify";
import type { Benchmark } from "../harness/benchmark.ts";
import { startLoadCpuMeter, startRemoteLoad } from "../pipeline/load-remote.ts";
import { benchSimulation, eventsOf } from "../pipeline/workload.ts";

/** A timeline-sized JSON body: 100 entries made from the pipeline's own events. */
function timelineBody() {
  const events = eventsOf(benchSimulation(100, 11), 100);
  return {
    entries: events.map((event, i) => {
      const entry = timelineEntryOf({
        globalPosition: BigInt(i + 1),
        eventId: event.eventId,
        type: event.eventType,
        data: event as unknown as Record<string, unknown>,
      });
      return { ...entry, subject: undefined, position: String(i + 1) };
    }),
  };
}

/** What the load process reports of an autocannon run (load-process.ts, kind "http"). */
export interface HttpLoadResult {
  latency: { p50: number; p99: number; p99_9: number };
  requests: { average: number; total: number };
  non2xx: number;
  "2xx": number;
  errors: number;
  statusCodeStats: autocannon.Result["statusCodeStats"];
}

/** autocannon against `url`, run by a load process of its own, so it takes none of this process's CPU. */
export async function loadHttpRemote(options: {
  url: string;
  seconds: number;
  rate?: number;
  connections?: number;
  /** Requests drawn at random, each with whose bearer token (or API key) it carries. */
  requests?: { path: string; reader: string }[];
  tokens?: Record<string, string>;
}): Promise<{ result: HttpLoadResult; load: { pid: number; cores: number } }> {
  const load = await startRemoteLoad({ kind: "http", ...options });
  try {
    const cpu = startLoadCpuMeter(load);
    const result = (await load.done) as unknown as HttpLoadResult;
    const { pid, cores } = cpu.stop();
    return { result, load: { pid, cores } };
  } finally {
    await load.stop().catch(() => undefined);
  }
}

/** Load with autocannon at a fixed overall rate (or flat out when `rate` is absent). */
export async function loadHttp(options: {
  url: string;
  seconds: number;
  rate?: number;
  connections?: number;
  path?: () => string;
  headers?: () => Record<string, string>;
}): Promise<autocannon.Result> {
  const pathOf = options.path;
  const headersOf = options.headers;
  return autocannon({
    url: options.url,
    duration: options.seconds,
    connections: options.connections ?? 10,
    ...(options.rate === undefined ? {} : { overallRate: options.rate }),
    ...(pathOf === undefined
      ? {}
      : {
          requests: [
            {
              setupRequest: (request) => ({
                ...request,
                path: pathOf(),
                ...(headersOf === undefined ? {} : { headers: headersOf() }),
              }),
            },
          ],
        }),
  });
}

/** B_http: a bare fastify JSON route returning a 100-entry timeline body from memory. */
export const bHttp: Benchmark = {
  name: "B_http",
  title: "Bare fastify JSON route (100-entry timeline body from memory)",
  baseline: [],
  headline: { metric: "maxRequestsPerSecond", unit: "req/s" },
  units: {
    p50Ms: "ms at fixed rate",
    p99Ms: "ms at fixed rate",
    p999Ms: "ms at fixed rate",
    bodyBytes: "B",
    loadCores: "cores (load process, fixed rate)",
  },
  async run(context) {
    const body = timelineBody();
    const app = Fastify({ logger: false });
    app.get("/timeline", async () => body);
    const url = `${await app.listen({ host: "127.0.0.1", port: 0 })}/timeline`;
    try {
      // autocannon runs in a load process of its own, as against the query API in G2 and G4.
      const { result: flat } = await loadHttpRemote({ url, seconds: context.sizes.httpSeconds });
      const { result: fixed, load } = await loadHttpRemote({
        url,
        seconds: context.sizes.httpSeconds,
        rate: context.sizes.queryRate,
      });
      if (flat.requests.total === 0 || fixed.non2xx > 0)
        throw new Error("the bare route answered nothing or errors");
      return {
        values: {
          maxRequestsPerSecond: flat.requests.average,
          p50Ms: fixed.latency.p50,
          p99Ms: fixed.latency.p99,
          p999Ms: fixed.latency.p99_9,
          bodyBytes: Buffer.byteLength(JSON.stringify(body)),
          loadCores: load.cores,
        },
        evidence: { load: { process: "separate", ...load } },
      };
    } finally {
      await app.close();
    }
  },
};
