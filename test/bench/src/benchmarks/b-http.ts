import { timelineEntryOf } from "@bz/projections";
import autocannon from "autocannon";
import Fastify from "fastify";
import type { Benchmark } from "../harness/benchmark.ts";
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
  units: { p50Ms: "ms at fixed rate", p99Ms: "ms at fixed rate", p999Ms: "ms at fixed rate", bodyBytes: "B" },
  async run(context) {
    const body = timelineBody();
    const app = Fastify({ logger: false });
    app.get("/timeline", async () => body);
    const url = `${await app.listen({ host: "127.0.0.1", port: 0 })}/timeline`;
    try {
      const flat = await loadHttp({ url, seconds: context.sizes.httpSeconds });
      const fixed = await loadHttp({
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
        },
      };
    } finally {
      await app.close();
    }
  },
};
