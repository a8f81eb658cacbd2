import { type AttackerKnowledge, feasibilityInterval } from "./attacker.ts";
import { cellKey, cellsOf, cellValue, coordinatesOf, type Grid, type Relation, relationsOf } from "./grid.ts";

/** Why a cell is not published: below the threshold, hidden to protect another, or the whole table withheld. */
export type SuppressionReason = "PRIMARY" | "COMPLEMENTARY" | "WITHHELD";

/** Settings of {@link protectGrid}. */
export interface ProtectionOptions {
  /** Counts 0 < x < k are unsafe (primary). Default 10. */
  k?: number;
  /** The attacker's interval of a primary x must reach x − level and x + level. Default 1. */
  protectionLevel?: number;
  /** Rounds of complementary suppression before the table is withheld (fail closed). Default 50. */
  maxRounds?: number;
  /**
   * Cells sensitive by another rule (e.g. the p% rule of a cost sum), each with its own protection
   * level; they are primaries beside the counts under k. A key present in both takes this level.
   */
  primaries?: ReadonlyMap<string, number>;
  /**
   * Cells hidden already by the pattern of a table published beside this one (e.g. a ward total
   * whose breakdown this grid adds): they stay hidden, and new cells are added around them.
   */
  alreadyHidden?: ReadonlySet<string>;
}

/** A protected grid: which cells are hidden and why; the rest may be published as they are. */
export interface Protection {
  hidden: ReadonlyMap<string, SuppressionReason>;
  /** True when no safe pattern was found within the budget and every cell is withheld. */
  withheld: boolean;
}

const epsilon = 1e-6;

interface Context {
  grid: Grid;
  relations: Relation[];
  k: number;
  level: number;
  levels: ReadonlyMap<string, number>;
  upperBound: number;
  primaries: Set<string>;
}

/** Why a primary is still at risk with `hidden` as the suppression pattern, or undefined when safe. */
function riskOf(ctx: Context, hidden: ReadonlySet<string>, primary: string): string | undefined {
  const x = cellValue(ctx.grid, primary);
  for (const relation of ctx.relations) {
    const cells = [relation.total, ...relation.parts];
    if (!cells.includes(primary)) continue;
    const hiddenCells = cells.filter((c) => hidden.has(c));
    if (hiddenCells.length === 1) return "alone in a relation";
    // Primaries that are the only hidden cells of a sum reveal their sum: it must be safe itself.
    // (With the total hidden too, the relation only repeats the published parts.)
    if (
      relation.kind === "sum" &&
      !hidden.has(relation.total) &&
      hiddenCells.every((c) => ctx.primaries.has(c))
    ) {
      const revealed = hiddenCells.reduce((s, c) => s + cellValue(ctx.grid, c), 0);
      if (revealed < ctx.k) return "only primaries hidden in a relation";
    }
  }
  const knowledge: AttackerKnowledge = {
    relations: ctx.relations,
    values: ctx.grid.values,
    hidden,
    upperBound: ctx.upperBound,
  };
  // A p% primary carries its own protection level; the hypercube shortcut must prove the same one.
  const level = ctx.levels.get(primary) ?? ctx.level;
  const low = Math.max(0, x - level);
  if (hypercubeWitness(ctx, hidden, primary, x - low, level)) return undefined;
  const { min, max } = feasibilityInterval(knowledge, primary);
  if (Number.isNaN(min)) return "infeasible attacker model";
  if (min > low + epsilon || max < x + level - epsilon) return `interval [${min}, ${max}]`;
  return undefined;
}

/** Counts 0 < x < k, and the non-zero cells another rule found sensitive. */
function primariesOf(
  grid: Grid,
  cells: readonly string[],
  k: number,
  extra: ReadonlyMap<string, number> | undefined,
): Set<string> {
  return new Set(
    cells.filter((c) => {
      const v = cellValue(grid, c);
      return v > 0 && (v < k || extra?.has(c) === true);
    }),
  );
}

/**
 * True when a hypercube of hidden non-zero cells through `primary` lets it move `down` and `up`
 * while every relation still holds: a pair of tables the attacker cannot tell apart, so the LP's
 * interval is at least as wide and need not be solved. Along a dimension the two corners move
 * oppositely between two members and alike between a member and the total. Sum grids only.
 */
function hypercubeWitness(
  ctx: Context,
  hidden: ReadonlySet<string>,
  primary: string,
  down: number,
  up: number,
): boolean {
  if (ctx.grid.dimensions.some((d) => d.kind !== "sum")) return false;
  const origin = primary.split("|");
  for (const corners of hypercubesOf(ctx, primary)) {
    if (!corners.every((c) => hidden.has(c))) continue;
    // Room to move the primary up (same-sign corners rise, the others fall) and down.
    let upRoom = Number.POSITIVE_INFINITY;
    let downRoom = Number.POSITIVE_INFINITY;
    for (const corner of corners) {
      const coordinates = corner.split("|");
      let sign = 1;
      coordinates.forEach((c, d) => {
        const dimension = ctx.grid.dimensions[d];
        const o = origin[d];
        if (c !== o && c !== dimension?.total && o !== dimension?.total) sign = -sign;
      });
      const v = cellValue(ctx.grid, corner);
      const rise = ctx.upperBound - v;
      upRoom = Math.min(upRoom, sign > 0 ? rise : v);
      downRoom = Math.min(downRoom, sign > 0 ? v : rise);
    }
    if (upRoom >= up && downRoom >= down) return true;
  }
  return false;
}

/**
 * Every hypercube (a rectangle in 2-D) with `primary` as a corner: for each dimension another
 * coordinate of that dimension, total included. Corners must be non-zero: a hidden zero gives its
 * partners no room to move (the hypercube method's rule, τ-ARGUS §2.8).
 */
function hypercubesOf(ctx: Context, primary: string): string[][] {
  const coordinates = primary.split("|");
  let cubes: string[][][] = [[coordinates]];
  ctx.grid.dimensions.forEach((dimension, d) => {
    const next: string[][][] = [];
    for (const alternative of coordinatesOf(dimension)) {
      if (alternative === coordinates[d]) continue;
      for (const cube of cubes) {
        next.push([...cube, ...cube.map((corner) => corner.map((c, i) => (i === d ? alternative : c)))]);
      }
    }
    cubes = next;
  });
  return cubes
    .map((corners) => corners.map(cellKey))
    .filter((corners) => corners.every((c) => cellValue(ctx.grid, c) > 0));
}

/**
 * Primary and complementary suppression of one grid, audited by the attacker's LP: the
 * hypercube method (GHMITER in τ-ARGUS) chooses candidate patterns, and a pattern is kept only
 * when the LP shows every primary's feasibility interval reaching its protection interval.
 * When no pattern is found within the budget the whole grid is withheld (fail closed).
 * Pure and deterministic: same grid, same pattern.
 */
export function protectGrid(grid: Grid, options: ProtectionOptions = {}): Protection {
  const k = options.k ?? 10;
  const cells = cellsOf(grid).map(cellKey);
  const primaries = primariesOf(grid, cells, k, options.primaries);
  const ctx: Context = {
    grid,
    relations: relationsOf(grid),
    k,
    level: options.protectionLevel ?? 1,
    levels: options.primaries ?? new Map(),
    upperBound: Math.max(0, ...cells.map((c) => cellValue(grid, c))),
    primaries,
  };
  const hidden = new Set([...primaries, ...(options.alreadyHidden ?? [])]);
  const order = [...primaries].sort((a, b) => cellValue(grid, a) - cellValue(grid, b) || a.localeCompare(b));
  const maxRounds = options.maxRounds ?? 50;
  // Hiding more cells only widens the attacker's intervals, so a primary found safe stays safe.
  const safe = new Set<string>();
  for (let round = 0; round < maxRounds; round++) {
    const atRisk = order.find((p) => {
      if (safe.has(p)) return false;
      if (riskOf(ctx, hidden, p) !== undefined) return true;
      safe.add(p);
      return false;
    });
    if (atRisk === undefined) {
      const reasons = new Map<string, SuppressionReason>();
      for (const c of [...hidden].sort()) reasons.set(c, primaries.has(c) ? "PRIMARY" : "COMPLEMENTARY");
      return { hidden: reasons, withheld: false };
    }
    const candidates = hypercubesOf(ctx, atRisk)
      .map((corners) => {
        const added = [...new Set(corners.filter((c) => !hidden.has(c)))].sort();
        return { added, cost: added.reduce((s, c) => s + cellValue(grid, c), 0) };
      })
      .filter((candidate) => candidate.added.length > 0)
      .sort(
        (a, b) =>
          a.added.length - b.added.length ||
          a.cost - b.cost ||
          a.added.join(",").localeCompare(b.added.join(",")),
      );
    const best = candidates[0];
    if (best === undefined) break;
    const fixing = candidates.find((candidate) => {
      const trial = new Set([...hidden, ...candidate.added]);
      return riskOf(ctx, trial, atRisk) === undefined;
    });
    // No single hypercube suffices: take the cheapest and go round again (the note's step 4).
    for (const c of (fixing ?? best).added) hidden.add(c);
  }
  return { hidden: new Map(cells.map((c) => [c, "WITHHELD" as const])), withheld: true };
}

/**
 * The audit the publication step runs last: every primary of the pattern must pass the attacker's
 * LP and the relation checks. Returns the primaries still at risk (empty when safe).
 */
export function auditGrid(
  grid: Grid,
  hidden: ReadonlySet<string>,
  options: Pick<ProtectionOptions, "k" | "protectionLevel" | "primaries"> = {},
): string[] {
  const k = options.k ?? 10;
  const cells = cellsOf(grid).map(cellKey);
  const primaries = primariesOf(grid, cells, k, options.primaries);
  const ctx: Context = {
    grid,
    relations: relationsOf(grid),
    k,
    level: options.protectionLevel ?? 1,
    levels: options.primaries ?? new Map(),
    upperBound: Math.max(0, ...cells.map((c) => cellValue(grid, c))),
    primaries,
  };
  if (cells.every((c) => hidden.has(c))) return [];
  return [...primaries].filter((p) => !hidden.has(p) || riskOf(ctx, hidden, p) !== undefined).sort();
}

/**
 * Hidden cells of an additive grid that the attacker's LP pins to one value under `hidden` (a
 * pattern chosen on another grid, e.g. the client counts behind a sum of minutes or costs). A
 * non-empty answer means the pattern does not protect this grid: withhold it.
 */
export function exposedCells(grid: Grid, hidden: ReadonlySet<string>): string[] {
  const cells = cellsOf(grid).map(cellKey);
  const knowledge: AttackerKnowledge = {
    relations: relationsOf(grid),
    values: grid.values,
    hidden,
    upperBound: Math.max(0, ...cells.map((c) => cellValue(grid, c))),
  };
  return [...hidden]
    .filter((c) => cellValue(grid, c) > 0)
    .filter((c) => {
      const { min, max } = feasibilityInterval(knowledge, c);
      return Number.isNaN(min) || max - min < epsilon;
    })
    .sort();
}
