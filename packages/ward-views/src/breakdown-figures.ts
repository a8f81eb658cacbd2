import {
  type AttackerKnowledge,
  cellKey,
  cellsOf,
  type Dimension,
  exposedCells,
  feasibilityInterval,
  type Grid,
  protectGrid,
  type Relation,
  relationsOf,
  type SuppressionReason,
} from "@bz/disclosure-control";
import type { SqlQueryable } from "@bz/sql";
import { breakdownAggregateSql, breakdownFactsSql } from "./breakdown-sql.ts";
import type { Breakdown, IndicatorDefinition } from "./catalogue.ts";
import type { AnalyticsBasis } from "./indicator-sql.ts";

/** The coordinate of a breakdown dimension that stands for the total over its values. */
export const ALL = "ALL";

/** Cells of one breakdown indicator: `ward|period|value` → number. */
export interface BreakdownCells {
  value: Map<string, number>;
  contributors: Map<string, number>;
}

/**
 * The protected table the totals of a breakdown are published in: its dimensions (wards and
 * periods, for the referral loop also the indicator), the counts its pattern was chosen on, and
 * that pattern. `sliceOf` gives each total indicator's coordinate on the table's third dimension.
 */
export interface TotalsTable {
  dimensions: Dimension[];
  counts: Map<string, number>;
  /** The published values of count and sum indicators, when they differ from the counts. */
  sums?: Map<string, number>;
  hidden: Map<string, SuppressionReason>;
  sliceOf: Map<string, string | undefined>;
}

/** What breakdown protection decided: each breakdown's hidden cells, and the totals table's grown pattern. */
export interface BreakdownProtection {
  hidden: Map<string, ReadonlyMap<string, SuppressionReason>>;
  /** The breakdowns left out because no safe pattern was found together with the totals (all WITHHELD). */
  withheld: Set<string>;
  totalsHidden: Map<string, SuppressionReason>;
}

/** The aggregate of one breakdown indicator for one year, keyed `ward|period|value` (DISTRICT and the year as margins). */
export async function breakdownCells(
  tx: SqlQueryable,
  definition: IndicatorDefinition,
  year: string,
  basis: AnalyticsBasis,
  district: string,
): Promise<BreakdownCells> {
  const facts = breakdownFactsSql(definition, basis);
  const cells: BreakdownCells = { value: new Map(), contributors: new Map() };
  if (facts === undefined) return cells;
  const { rows } = await tx.query<{
    ward: string | null;
    quarter: string | null;
    category: string;
    value: number | null;
    contributors: number;
  }>(breakdownAggregateSql(definition, facts), [`${year}-%`]);
  for (const row of rows) {
    const key = cellKey([row.ward ?? district, row.quarter ?? year, row.category]);
    if (row.value !== null) cells.value.set(key, Number(row.value));
    cells.contributors.set(key, Number(row.contributors));
  }
  return cells;
}

/** Whether the values of a breakdown partition each cell exactly (sum), or may overlap (distinct people). */
function breakdownKind(definition: IndicatorDefinition, by: Breakdown): "sum" | "distinct" {
  if (definition.protectedBy === "referrals") return "sum";
  // A client counts in one age band per year in clients-in-care; elsewhere a client may have two partners or bands.
  return definition.breakdownOf === "clients-in-care" && by === "ageBand" ? "sum" : "distinct";
}

/** A totals table with one more dimension, the breakdown, whose `ALL` coordinate holds the totals. */
interface Extended {
  name: string;
  ids: string[];
  grid: Grid;
  sums: Grid | undefined;
  /** A totals cell's key in this table (undefined when the cell lies outside it), and back. */
  toLocal: (totalKey: string) => string | undefined;
  toTotal: (localKey: string) => string;
}

function extend(
  total: TotalsTable,
  name: string,
  group: readonly IndicatorDefinition[],
  cells: ReadonlyMap<string, BreakdownCells>,
): Extended {
  const first = group[0] as IndicatorDefinition;
  const by = first.breakdown as Breakdown;
  const referral = first.protectedBy === "referrals";
  // Referral counts add up across wards and quarters (one referral, one ward and quarter).
  const baseDims = total.dimensions.map((d) => (referral ? { ...d, kind: "sum" as const } : d));
  // On the loop's table a per-pair breakdown covers all four slices; one of a single slice (reasons) that slice.
  const joint = total.dimensions.length === 3 && group.length > 1;
  const slice =
    total.dimensions.length === 3 && !joint ? total.sliceOf.get(first.breakdownOf ?? "") : undefined;
  const dims = slice === undefined ? baseDims : baseDims.slice(0, 2);
  const toLocal = (totalKey: string) => {
    const parts = totalKey.split("|");
    if (slice === undefined) return cellKey([...parts, ALL]);
    return parts[2] === slice ? cellKey([parts[0] as string, parts[1] as string, ALL]) : undefined;
  };
  const toTotal = (localKey: string) => {
    const parts = localKey.split("|").slice(0, -1);
    return cellKey(slice === undefined ? parts : [...parts, slice]);
  };
  const members = new Set<string>();
  for (const d of group) {
    for (const key of cells.get(d.id)?.contributors.keys() ?? []) members.add(key.split("|")[2] as string);
  }
  const counts = new Map<string, number>();
  const sums = new Map<string, number>();
  for (const [key, v] of total.counts) {
    const local = toLocal(key);
    if (local !== undefined) counts.set(local, v);
  }
  for (const [key, v] of total.sums ?? []) {
    const local = toLocal(key);
    if (local !== undefined) sums.set(local, v);
  }
  for (const d of group) {
    const c = cells.get(d.id) as BreakdownCells;
    const at = joint ? total.sliceOf.get(d.breakdownOf ?? "") : undefined;
    const place = (key: string) => {
      const [ward, period, value] = key.split("|") as [string, string, string];
      return cellKey(at === undefined ? [ward, period, value] : [ward, period, at, value]);
    };
    for (const [key, v] of c.contributors) counts.set(place(key), v);
    for (const [key, v] of c.value) sums.set(place(key), v);
  }
  const breakdownDim: Dimension = {
    name: by,
    total: ALL,
    members: [...members].sort(),
    kind: breakdownKind(first, by),
  };
  const grid: Grid = { dimensions: [...dims, breakdownDim], values: counts };
  const additive = first.aggregate === "count" || first.aggregate === "sum";
  return {
    name,
    ids: group.map((d) => d.id),
    grid,
    // Sums of minutes or events hidden with their clients: checked against the pattern as for the totals.
    sums:
      additive && !referral
        ? { dimensions: grid.dimensions.map((d) => ({ ...d, kind: "sum" as const })), values: sums }
        : undefined,
    toLocal,
    toTotal,
  };
}

/** The primaries at risk when an attacker combines every table over the same totals (one LP over all their relations). */
function unionRisks(
  tables: readonly { table: Extended; hidden: ReadonlySet<string> }[],
  k: number,
): string[] {
  const relations: Relation[] = [];
  const values = new Map<string, number>();
  const hidden = new Set<string>();
  for (const { table, hidden: h } of tables) {
    // The totals are one set of cells shared by every table; each breakdown's own cells are its own.
    const name = (key: string) =>
      key.endsWith(`|${ALL}`) ? `total:${table.toTotal(key)}` : `${table.name}:${key}`;
    for (const r of relationsOf(table.grid)) {
      relations.push({ total: name(r.total), parts: r.parts.map(name), kind: r.kind });
    }
    for (const [key, v] of table.grid.values) values.set(name(key), v);
    for (const key of h) hidden.add(name(key));
  }
  const knowledge: AttackerKnowledge = {
    relations,
    values,
    hidden,
    upperBound: Math.max(0, ...values.values()),
  };
  const risks: string[] = [];
  for (const cell of [...hidden].sort()) {
    const x = values.get(cell) ?? 0;
    if (!(x > 0 && x < k)) continue;
    const { min, max } = feasibilityInterval(knowledge, cell);
    if (Number.isNaN(min) || min > Math.max(0, x - 1) + 1e-6 || max < x + 1 - 1e-6) risks.push(cell);
  }
  return risks;
}

/**
 * Protects the breakdowns of one family's totals: each breakdown is one more dimension of the
 * totals' table (its values add up to the ward total, the wards to the district, the quarters to
 * the year), protected around the totals' pattern, which may grow. A breakdown for which no safe
 * pattern is found, alone or combined with the breakdowns of the same totals before it (one LP
 * over all their relations), is withheld, and the totals keep their pattern without it. Pure.
 */
export function protectBreakdowns(
  total: TotalsTable,
  breakdowns: readonly IndicatorDefinition[],
  cells: ReadonlyMap<string, BreakdownCells>,
  k: number,
): BreakdownProtection {
  // One table per breakdown; the loop's four per-pair indicators are slices of one table.
  const groups = new Map<string, IndicatorDefinition[]>();
  for (const d of breakdowns) {
    const key = total.dimensions.length === 3 && d.breakdown === "pair" ? "pair" : d.id;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const result: BreakdownProtection = { hidden: new Map(), withheld: new Set(), totalsHidden: total.hidden };
  const accepted: { table: Extended; hidden: Set<string> }[] = [];
  for (const [name, group] of groups) {
    const table = extend(total, name, group, cells);
    // The per-pair table needs all four slices of the loop, or one of them would be missing from its relations.
    const incomplete = name === "pair" && group.length !== total.sliceOf.size;
    const alreadyHidden = new Set<string>();
    for (const key of result.totalsHidden.keys()) {
      const local = table.toLocal(key);
      if (local !== undefined) alreadyHidden.add(local);
    }
    const cellCount = cellsOf(table.grid).length;
    const protection = incomplete
      ? undefined
      : protectGrid(table.grid, { k, alreadyHidden, maxRounds: Math.max(50, Math.ceil(cellCount / 4)) });
    let hidden =
      protection === undefined || protection.withheld ? undefined : new Set(protection.hidden.keys());
    if (hidden !== undefined && table.sums !== undefined && exposedCells(table.sums, hidden).length > 0) {
      hidden = undefined;
    }
    if (
      hidden !== undefined &&
      accepted.length > 0 &&
      unionRisks([...accepted, { table, hidden }], k).length > 0
    ) {
      hidden = undefined;
    }
    if (hidden === undefined || protection === undefined) {
      for (const id of table.ids) result.withheld.add(id);
      continue;
    }
    accepted.push({ table, hidden });
    // The totals' pattern grows by the totals this breakdown hid besides.
    const grown = new Map(result.totalsHidden);
    for (const [key, reason] of protection.hidden) {
      if (!key.endsWith(`|${ALL}`)) continue;
      const totalKey = table.toTotal(key);
      if (!grown.has(totalKey)) grown.set(totalKey, reason === "PRIMARY" ? "PRIMARY" : "COMPLEMENTARY");
    }
    result.totalsHidden = grown;
    for (const d of group) {
      const slice = name === "pair" ? total.sliceOf.get(d.breakdownOf ?? "") : undefined;
      const mine = new Map<string, SuppressionReason>();
      for (const [key, reason] of protection.hidden) {
        const parts = key.split("|");
        const value = parts[parts.length - 1] as string;
        if (value === ALL || (slice !== undefined && parts[2] !== slice)) continue;
        mine.set(cellKey([parts[0] as string, parts[1] as string, value]), reason);
      }
      result.hidden.set(d.id, mine);
    }
  }
  return result;
}
