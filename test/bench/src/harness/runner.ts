import type { BenchContext, Benchmark, BenchResult, Sample } from "./benchmark.ts";
import { spreadOf } from "./stats.ts";

/**
 * Runs each benchmark `repetitions` times (or its own count), keeps every run's figures and the
 * last run's evidence, and reports a failing benchmark as an error instead of stopping the others.
 */
export async function runBenchmarks(
  benchmarks: Benchmark[],
  context: BenchContext & { results: Map<string, BenchResult> },
  repetitions: number,
): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const benchmark of benchmarks) {
    const started = performance.now();
    const samples: Sample[] = [];
    let error: string | undefined;
    const reps = benchmark.repetitions?.(context.sizes) ?? repetitions;
    for (let rep = 0; rep < reps && error === undefined; rep++) {
      context.log(`${benchmark.name}: run ${rep + 1}/${reps}`);
      try {
        const sample = await benchmark.run(context, rep);
        context.log(`${benchmark.name}: ${JSON.stringify(roundValues(sample.values))}`);
        samples.push(sample);
      } catch (caught) {
        error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught);
        context.log(`${benchmark.name}: FAILED ${error}`);
      }
    }
    const metrics = new Set(samples.flatMap((sample) => Object.keys(sample.values)));
    const result: BenchResult = {
      name: benchmark.name,
      title: benchmark.title,
      baseline: benchmark.baseline,
      headline: benchmark.headline,
      goals: benchmark.goals ?? [],
      units: { [benchmark.headline.metric]: benchmark.headline.unit, ...benchmark.units },
      spreads: Object.fromEntries(
        [...metrics].map((metric) => [
          metric,
          spreadOf(samples.map((sample) => sample.values[metric] ?? Number.NaN)),
        ]),
      ),
      evidence: samples.at(-1)?.evidence ?? {},
      durationSeconds: (performance.now() - started) / 1000,
      ...(error === undefined ? {} : { error }),
    };
    context.results.set(benchmark.name, result);
    out.push(result);
  }
  return out;
}

function roundValues(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Math.round(v * 100) / 100]));
}
