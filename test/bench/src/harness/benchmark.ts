import type { BenchInfra } from "./infra.ts";
import type { Sizes } from "./sizes.ts";

/** One run's measurements: named figures (numbers) and the evidence behind them. */
export interface Sample {
  values: Record<string, number>;
  /** Counters, profile shares and checks that explain the figures (kept for the last run). */
  evidence?: Record<string, unknown>;
}

/** A figure's spread over the repetitions. */
export interface Spread {
  min: number;
  median: number;
  max: number;
  runs: number[];
}

/**
 * A target a figure is measured against (the performance issue's goals, as ratios to same-run
 * baselines or as latencies). The report shows each beside the figure; nothing fails on it.
 */
export interface Goal {
  metric: string;
  atLeast?: number;
  atMost?: number;
}

/** What the runner keeps of a benchmark after all its repetitions. */
export interface BenchResult {
  name: string;
  title: string;
  baseline: string[];
  headline: { metric: string; unit: string };
  goals: Goal[];
  spreads: Record<string, Spread>;
  units: Record<string, string>;
  evidence: Record<string, unknown>;
  error?: string;
  durationSeconds: number;
}

/** What a benchmark run gets: sizes, infrastructure, earlier results and a shared scratch space. */
export interface BenchContext {
  sizes: Sizes;
  infra: BenchInfra;
  smoke: boolean;
  /** Results of benchmarks that already ran (G2 and G6 derive their rates from G1). */
  results: ReadonlyMap<string, BenchResult>;
  /** State shared between benchmarks, e.g. the G3/G4 data set; cleaned up by `onExit` steps. */
  scratch: Map<string, unknown>;
  /** Registers a clean-up step that runs once, after every benchmark. */
  onExit(step: () => Promise<void>): void;
  log(message: string): void;
}

/**
 * The common shape of every benchmark: a name, the baselines it is compared with, the figure that
 * heads its row, and `run`, called once per repetition, returning the figures of that run.
 */
export interface Benchmark {
  name: string;
  title: string;
  baseline: string[];
  headline: { metric: string; unit: string };
  /** Units of the other figures, for the report. */
  units?: Record<string, string>;
  /** Where its figures should get to; shown beside them in the report. */
  goals?: Goal[];
  /** Overrides the runner's repetitions (e.g. the slow burst). */
  repetitions?: (sizes: Sizes) => number;
  run(context: BenchContext, repetition: number): Promise<Sample>;
}
