import type { Benchmark } from "../harness/benchmark.ts";
import { benchSimulation, eventsOf } from "../pipeline/workload.ts";

/** Runs `work` over every item until ~`ms` elapsed; returns operations per second. */
export function opsPerSecond<T>(items: T[], work: (item: T) => unknown, ms: number): number {
  let ops = 0;
  const started = performance.now();
  let sink = 0;
  while (performance.now() - started < ms) {
    for (const item of items) {
      const out = work(item);
      if (out !== undefined) sink++;
    }
    ops += items.length;
  }
  if (sink < 0) throw new Error("unreachable");
  return ops / ((performance.now() - started) / 1000);
}

/** B_codec: JSON.stringify / JSON.parse of the pipeline's events, the floor any codec is measured against. */
export const bCodec: Benchmark = {
  name: "B_codec",
  title: "JSON.stringify / JSON.parse of the same events",
  baseline: [],
  headline: { metric: "jsonEncodePerSecond", unit: "ev/s" },
  units: { jsonDecodePerSecond: "ev/s", jsonBytes: "B" },
  async run(context) {
    const events = eventsOf(benchSimulation(1_000, 7), context.sizes.codecEvents);
    const texts = events.map((event) => JSON.stringify(event));
    const ms = context.smoke ? 200 : 2_000;
    return {
      values: {
        jsonEncodePerSecond: opsPerSecond(events, (event) => JSON.stringify(event), ms),
        jsonDecodePerSecond: opsPerSecond(texts, (text) => JSON.parse(text), ms),
        jsonBytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / texts.length,
      },
    };
  },
};
