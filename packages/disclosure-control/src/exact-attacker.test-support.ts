// An attacker independent of the LP: exact rational linear algebra over the published relations.
import { type Grid, relationsOf } from "./index.ts";

/**
 * True when the sum relations alone fix the hidden cell `target` exactly: its unit vector lies in
 * the row space of the hidden cells' coefficient matrix (rank test over the rationals, BigInt).
 */
export function exactlyDetermined(grid: Grid, hidden: ReadonlySet<string>, target: string): boolean {
  const columns = [...hidden].sort();
  const index = new Map(columns.map((c, i) => [c, i]));
  const rows: bigint[][] = [];
  for (const relation of relationsOf(grid)) {
    if (relation.kind !== "sum") continue;
    const row = columns.map(() => 0n);
    let any = false;
    for (const p of relation.parts) {
      const i = index.get(p);
      if (i !== undefined) {
        row[i] = (row[i] ?? 0n) + 1n;
        any = true;
      }
    }
    const t = index.get(relation.total);
    if (t !== undefined) {
      row[t] = (row[t] ?? 0n) - 1n;
      any = true;
    }
    if (any) rows.push(row);
  }
  const unit = columns.map((c) => (c === target ? 1n : 0n));
  return rank(rows) === rank([...rows, unit]);
}

/** Rank by fraction-free Gaussian elimination (Bareiss-style, exact). */
function rank(input: bigint[][]): number {
  const m = input.map((row) => [...row]);
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && (row[c] ?? 0n) !== 0n);
    if (pivot < 0) continue;
    const swap = m[pivot] as bigint[];
    m[pivot] = m[r] as bigint[];
    m[r] = swap;
    const p = swap[c] as bigint;
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const row = m[i] as bigint[];
      const f = row[c] as bigint;
      if (f === 0n) continue;
      m[i] = row.map((v, j) => v * p - f * (swap[j] as bigint));
    }
    r++;
  }
  return r;
}
