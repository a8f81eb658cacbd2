import type { Spread } from "./benchmark.ts";

/** min / median / max of one figure over the repetitions (the median of an even count is the mean of the middle two). */
export function spreadOf(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { min: sorted[0] ?? Number.NaN, median, max: sorted.at(-1) ?? Number.NaN, runs: values };
}

/** The median of a figure of an earlier result, or undefined when it did not run or failed. */
export function medianOf(
  results: ReadonlyMap<string, { spreads: Record<string, Spread> }>,
  name: string,
  metric: string,
): number | undefined {
  const value = results.get(name)?.spreads[metric]?.median;
  return value === undefined || Number.isNaN(value) ? undefined : value;
}
