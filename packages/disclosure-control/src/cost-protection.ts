import { cellKey, cellsOf, cellValue, type Grid } from "./grid.ts";
import { type Contributions, defaultP, isPPercentSensitive, pPercentProtectionLevel } from "./p-percent.ts";
import { type Protection, protectGrid, type SuppressionReason } from "./suppress.ts";

/** Settings of {@link protectCostGrid}. */
export interface CostProtectionOptions {
  /** A cell with fewer than k contributors (but at least one) is unsafe. Default 10. */
  k?: number;
  /** The p of the p% rule (default 10). Keep the deployed value out of the repository. */
  p?: number;
  /** Rounds of complementary suppression per grid before the table is withheld. Default 50. */
  maxRounds?: number;
  /** Cells sensitive for another reason (e.g. hidden in an earlier release), protected on both grids. */
  primaries?: ReadonlyMap<string, number>;
}

/**
 * Primary and complementary suppression of a magnitude table (cost sums): a cell is a primary
 * when it has 0 < contributors < k, or when the p% rule finds it dominated. The pattern on the
 * contributor counts is chosen as for any count table; on the sums, each p% primary's attacker
 * interval must reach ± its p% protection level (in the sums' unit) and each count primary's ± 1.
 * The union of both patterns is published: hiding more never narrows an attacker's interval, so
 * it protects both grids. Withheld (fail closed) when either grid finds no pattern.
 */
export function protectCostGrid(
  counts: Grid,
  sums: Grid,
  contributions: ReadonlyMap<string, Contributions>,
  options: CostProtectionOptions = {},
): Protection {
  const k = options.k ?? 10;
  const p = options.p ?? defaultP;
  const rounds = options.maxRounds === undefined ? {} : { maxRounds: options.maxRounds };
  const extra = options.primaries ?? new Map<string, number>();
  const byCount = protectGrid(counts, { k, primaries: extra, ...rounds });
  if (byCount.withheld) return byCount;
  const cells = cellsOf(sums).map(cellKey);
  const levels = new Map<string, number>();
  const dominated = new Set<string>();
  for (const cell of cells) {
    const contributors = cellValue(counts, cell);
    const top = contributions.get(cell);
    if (top !== undefined && top.largest > 0 && isPPercentSensitive(top, p)) {
      dominated.add(cell);
      levels.set(cell, Math.max(1, pPercentProtectionLevel(top, p)));
    } else if ((contributors > 0 && contributors < k) || extra.has(cell)) levels.set(cell, 1);
  }
  // k = 0: the sums' own values are cents, not people; the primaries come from `levels`.
  const bySum = protectGrid(sums, { k: 0, primaries: levels, ...rounds });
  if (bySum.withheld) return bySum;
  const hidden = new Map<string, SuppressionReason>();
  for (const cell of [...new Set([...byCount.hidden.keys(), ...bySum.hidden.keys()])].sort()) {
    const primary =
      byCount.hidden.get(cell) === "PRIMARY" || bySum.hidden.get(cell) === "PRIMARY" || dominated.has(cell);
    hidden.set(cell, primary ? "PRIMARY" : "COMPLEMENTARY");
  }
  return { hidden, withheld: false };
}
