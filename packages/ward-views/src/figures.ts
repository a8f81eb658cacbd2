import { wards as contractWards } from "@bz/contracts";
import {
  type Contributions,
  cellKey,
  type Dimension,
  exposedCells,
  type Grid,
  protectCostGrid,
  protectGrid,
  type SuppressionReason,
} from "@bz/disclosure-control";
import { BzError } from "@bz/errors";
import { migrateCheckpoints } from "@bz/projections";
import type { SqlClient, SqlQueryable } from "@bz/sql";
import {
  type BreakdownCells,
  breakdownCells,
  protectBreakdowns,
  type TotalsTable,
} from "./breakdown-figures.ts";
import { type Breakdown, type IndicatorDefinition, latestDefinitions } from "./catalogue.ts";
import { costContributions, isCostSum } from "./cost-contributions.ts";
import { freezeSuppression } from "./domain/freeze-suppression.ts";
import { pilotWards } from "./domain/ward-changes.ts";
import { type AnalyticsBasis, aggregateSql, factsSql } from "./indicator-sql.ts";
import { remember } from "./protection-memo.ts";
import { recordReleases, releasedSuppressed } from "./release-register.ts";
import { wardProjection } from "./ward-projection.ts";

/** The district: the four wards together. */
export const DISTRICT = "DISTRICT";

/** One published figure: a ward (or the district) × a quarter (or the year) of one indicator version. */
export interface Figure {
  indicator: string;
  version: number;
  ward: string;
  /** `YYYY-Qn` or `YYYY`. */
  period: string;
  periodStart: string;
  periodEnd: string;
  /** null when suppressed (never a zero) or when there is nothing to average. */
  value: number | null;
  status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA";
  reason: SuppressionReason | null;
  /** The event-store position the figure was computed at (the projection's checkpoint). */
  storePosition: string;
  /** The breakdown dimension of a breakdown indicator (partner, ageBand, reason, outcome, pair), else null. */
  breakdown: Breakdown | null;
  /** The breakdown's value this figure counts (e.g. MONDRIAAN, AGE_18_26, TRAJEKT>MONDRIAAN), else null. */
  breakdownValue: string | null;
}

/** The first year the ward series answer for (the pilot's figures start in 2016). */
export const firstYear = 2016;

/** Settings of the publication step. */
export interface PublicationOptions {
  /** Minimum count (default 10). */
  k?: number;
  /** The p of the p% rule for cost sums (default 10; 0 turns the rule off). */
  p?: number;
  basis?: AnalyticsBasis;
  /** Keep hidden every figure an earlier release hid, whatever late events do (ADR 0071). Default off. */
  freezeSuppression?: boolean;
  /** Release keys (indicator@version|ward|period) to protect as primaries; set from the register. */
  frozen?: ReadonlySet<string>;
}

/** The quarters of a year and the year itself, with their first and last day. */
export function periodsOf(year: string): { period: string; start: string; end: string }[] {
  const ends = ["03-31", "06-30", "09-30", "12-31"];
  return [
    ...ends.map((end, i) => ({
      period: `${year}-Q${i + 1}`,
      start: `${year}-${String(i * 3 + 1).padStart(2, "0")}-01`,
      end: `${year}-${end}`,
    })),
    { period: year, start: `${year}-01-01`, end: `${year}-12-31` },
  ];
}

const wardDimension = (kind: "sum" | "distinct"): Dimension => ({
  name: "ward",
  total: DISTRICT,
  members: pilotWards,
  kind,
});
const periodDimension = (year: string, kind: "sum" | "distinct"): Dimension => ({
  name: "period",
  total: year,
  members: [1, 2, 3, 4].map((q) => `${year}-Q${q}`),
  kind,
});

/** One indicator's cells for a year: values and the contributors behind each. */
export interface Aggregate {
  value: Map<string, number>;
  contributors: Map<string, number>;
}

async function aggregate(
  tx: SqlQueryable,
  definition: IndicatorDefinition,
  year: string,
  basis: AnalyticsBasis,
): Promise<Aggregate> {
  const facts = factsSql(definition, basis);
  const result: Aggregate = { value: new Map(), contributors: new Map() };
  if (facts === undefined) return result;
  const { rows } = await tx.query<{
    ward: string | null;
    quarter: string | null;
    value: number | null;
    contributors: number;
  }>(aggregateSql(definition, facts), [`${year}-%`]);
  for (const row of rows) {
    const key = cellKey([row.ward ?? DISTRICT, row.quarter ?? year]);
    if (row.value !== null) result.value.set(key, Number(row.value));
    result.contributors.set(key, Number(row.contributors));
  }
  return result;
}

/** What the protection of one family for one year reads from the read models. */
export interface FamilyInputs {
  year: string;
  aggregates: Map<IndicatorDefinition, Aggregate>;
  /** Per cost-sum indicator, each cell's total and two largest contributions (the p% rule). */
  contributions: Map<IndicatorDefinition, Map<string, Contributions>>;
  /** Per breakdown indicator id, its cells. */
  cells: Map<string, BreakdownCells>;
}

/** Reads everything the protection of one family for one year needs; nothing is decided here. */
export async function familyInputs(
  tx: SqlQueryable,
  members: readonly IndicatorDefinition[],
  year: string,
  basis: AnalyticsBasis = "objection",
): Promise<FamilyInputs> {
  const inputs: FamilyInputs = { year, aggregates: new Map(), contributions: new Map(), cells: new Map() };
  for (const d of members) {
    if (d.breakdown !== undefined) {
      inputs.cells.set(d.id, await breakdownCells(tx, d, year, basis, DISTRICT));
      continue;
    }
    inputs.aggregates.set(d, await aggregate(tx, d, year, basis));
    if (isCostSum(d)) inputs.contributions.set(d, await costContributions(tx, d, year, basis, DISTRICT));
  }
  return inputs;
}

/**
 * The figures of one family of indicators for one year, protected together: the suppression
 * pattern is chosen on the counts of people (or referrals) behind the cells, and sums built on
 * the same cells are checked against it (a sum the pattern leaves computable withholds the table).
 */
export async function familyFigures(
  tx: SqlQueryable,
  members: readonly IndicatorDefinition[],
  year: string,
  storePosition: string,
  options: PublicationOptions = {},
): Promise<Figure[]> {
  const inputs = await familyInputs(tx, members, year, options.basis ?? "objection");
  return protectFamily(members, inputs, storePosition, options);
}

/** The protected figures of one family from its inputs: pure computation, no database. */
export function protectFamily(
  members: readonly IndicatorDefinition[],
  inputs: FamilyInputs,
  storePosition: string,
  options: PublicationOptions = {},
): Figure[] {
  const { year } = inputs;
  const k = options.k ?? 10;
  // Cells an earlier release hid are primaries here, so they are protected, not only hidden (ADR 0071).
  const frozenOf = (d: IndicatorDefinition, suffix = "") =>
    new Map(
      [...(options.frozen ?? [])]
        .filter((key) => key.startsWith(`${d.id}@${d.version}|`) && key.split("|")[2]?.startsWith(year))
        .map((key) => [`${key.slice(key.indexOf("|") + 1)}${suffix}`, 1]),
    );
  // Breakdowns are protected after their totals, as one more dimension of the totals' table.
  const family = members.filter((d) => d.breakdown === undefined);
  const breakdowns = members.filter((d) => d.breakdown !== undefined);
  const aggregates = inputs.aggregates;
  const hiddenOf = new Map<IndicatorDefinition, ReadonlyMap<string, SuppressionReason>>();
  const made = family.find((d) => d.id === "referrals-made");
  const parts = family.filter((d) =>
    ["referrals-accepted", "referrals-rejected", "referrals-unanswered"].includes(d.id),
  );
  if (made !== undefined && parts.length === 3) {
    // made = accepted + rejected + unanswered: one linked grid with the indicator as a dimension.
    const values = new Map<string, number>();
    for (const d of [made, ...parts]) {
      for (const [key, v] of aggregates.get(d)?.value ?? []) values.set(`${key}|${d.id}`, v);
    }
    const grid: Grid = {
      dimensions: [
        wardDimension("sum"),
        periodDimension(year, "sum"),
        { name: "indicator", total: made.id, members: parts.map((d) => d.id), kind: "sum" },
      ],
      values,
    };
    const frozen = new Map([made, ...parts].flatMap((d) => [...frozenOf(d, `|${d.id}`)]));
    const protection = remember("grid", protectGrid, grid, { k, primaries: frozen });
    for (const d of [made, ...parts]) {
      const hidden = new Map<string, SuppressionReason>();
      for (const [key, reason] of protection.hidden) {
        if (key.endsWith(`|${d.id}`)) hidden.set(key.slice(0, -d.id.length - 1), reason);
      }
      hiddenOf.set(d, hidden);
    }
  }
  for (const definition of family) {
    if (hiddenOf.has(definition)) continue;
    const agg = aggregates.get(definition) as Aggregate;
    const counts: Grid = {
      dimensions: [wardDimension("distinct"), periodDimension(year, "distinct")],
      values: agg.contributors,
    };
    // Cost sums also get the p% rule (ADR 0067), on the sums themselves.
    const protection = isCostSum(definition)
      ? remember(
          "cost",
          protectCostGrid,
          counts,
          { dimensions: [wardDimension("sum"), periodDimension(year, "sum")], values: agg.value },
          inputs.contributions.get(definition) ?? new Map(),
          { k, primaries: frozenOf(definition), ...(options.p === undefined ? {} : { p: options.p }) },
        )
      : remember("grid", protectGrid, counts, { k, primaries: frozenOf(definition) });
    let hidden: ReadonlyMap<string, SuppressionReason> = protection.hidden;
    if (!protection.withheld && (definition.aggregate === "count" || definition.aggregate === "sum")) {
      const sums: Grid = {
        dimensions: [wardDimension("sum"), periodDimension(year, "sum")],
        values: agg.value,
      };
      if (exposedCells(sums, new Set(hidden.keys())).length > 0) {
        hidden = protectGrid(counts, { k, maxRounds: 0 }).hidden;
      }
    }
    hiddenOf.set(definition, hidden);
  }
  // Computed first: the breakdowns may grow the totals' patterns.
  const breakdownRows =
    breakdowns.length === 0
      ? []
      : breakdownFigures(
          { family, breakdowns, aggregates, hiddenOf, cells: inputs.cells },
          year,
          storePosition,
          k,
        );
  const figures: Figure[] = [];
  for (const definition of family) {
    const agg = aggregates.get(definition) as Aggregate;
    const hidden = hiddenOf.get(definition) ?? new Map();
    for (const ward of [...pilotWards, DISTRICT]) {
      for (const { period, start, end } of periodsOf(year)) {
        const key = cellKey([ward, period]);
        const reason = hidden.get(key) ?? null;
        const value = agg.value.get(key) ?? (definition.aggregate === "mean" ? null : 0);
        figures.push({
          indicator: definition.id,
          version: definition.version,
          ward,
          period,
          periodStart: start,
          periodEnd: end,
          value: reason !== null ? null : value,
          status: reason !== null ? "SUPPRESSED" : value === null ? "NO_DATA" : "PUBLISHED",
          reason,
          storePosition,
          breakdown: null,
          breakdownValue: null,
        });
      }
    }
  }
  return [...figures, ...breakdownRows];
}

/**
 * The figures of a family's breakdown indicators, protected with their totals (see
 * protectBreakdowns); the totals' patterns in `hiddenOf` grow by what the breakdowns needed.
 */
function breakdownFigures(
  f: {
    family: readonly IndicatorDefinition[];
    breakdowns: readonly IndicatorDefinition[];
    aggregates: Map<IndicatorDefinition, Aggregate>;
    hiddenOf: Map<IndicatorDefinition, ReadonlyMap<string, SuppressionReason>>;
    cells: ReadonlyMap<string, BreakdownCells>;
  },
  year: string,
  storePosition: string,
  k: number,
): Figure[] {
  const cells = f.cells;
  const loopIds = ["referrals-made", "referrals-accepted", "referrals-rejected", "referrals-unanswered"];
  const loop = f.family.filter((d) => loopIds.includes(d.id));
  // The tables the totals were protected in: the referral loop's one, or one per indicator.
  const tables: { definitions: IndicatorDefinition[]; table: TotalsTable }[] = [];
  if (loop.length === loopIds.length) {
    const counts = new Map<string, number>();
    const hidden = new Map<string, SuppressionReason>();
    for (const d of loop) {
      for (const [key, v] of f.aggregates.get(d)?.value ?? []) counts.set(`${key}|${d.id}`, v);
      for (const [key, r] of f.hiddenOf.get(d) ?? []) hidden.set(`${key}|${d.id}`, r);
    }
    const indicator: Dimension = {
      name: "indicator",
      total: "referrals-made",
      members: loopIds.slice(1),
      kind: "sum",
    };
    tables.push({
      definitions: loop,
      table: {
        dimensions: [wardDimension("sum"), periodDimension(year, "sum"), indicator],
        counts,
        hidden,
        sliceOf: new Map(loop.map((d) => [d.id, d.id])),
      },
    });
  }
  for (const d of f.family) {
    if (tables.some((t) => t.definitions.includes(d))) continue;
    const agg = f.aggregates.get(d) as Aggregate;
    tables.push({
      definitions: [d],
      table: {
        dimensions: [wardDimension("distinct"), periodDimension(year, "distinct")],
        counts: agg.contributors,
        ...(d.aggregate === "count" || d.aggregate === "sum" ? { sums: agg.value } : {}),
        hidden: new Map(f.hiddenOf.get(d) ?? []),
        sliceOf: new Map([[d.id, undefined]]),
      },
    });
  }
  const figures: Figure[] = [];
  for (const { definitions, table } of tables) {
    const ids = new Set(definitions.map((d) => d.id));
    const mine = f.breakdowns.filter((d) => ids.has(d.breakdownOf ?? ""));
    if (mine.length === 0) continue;
    const protection = remember("breakdowns", protectBreakdowns, table, mine, cells, k);
    for (const d of definitions) {
      const slice = table.sliceOf.get(d.id);
      const hidden = new Map<string, SuppressionReason>();
      for (const [key, reason] of protection.totalsHidden) {
        const parts = key.split("|");
        if (slice === undefined) hidden.set(key, reason);
        else if (parts[2] === slice) hidden.set(cellKey(parts.slice(0, 2)), reason);
      }
      f.hiddenOf.set(d, hidden);
    }
    for (const d of mine) {
      const c = cells.get(d.id);
      const values = [
        ...new Set([...(c?.contributors.keys() ?? [])].map((key) => key.split("|")[2] as string)),
      ];
      const hidden = protection.hidden.get(d.id) ?? new Map<string, SuppressionReason>();
      const withheld = protection.withheld.has(d.id);
      for (const value of values.sort()) {
        for (const ward of [...pilotWards, DISTRICT]) {
          for (const { period, start, end } of periodsOf(year)) {
            const key = cellKey([ward, period, value]);
            const reason = withheld ? "WITHHELD" : (hidden.get(key) ?? null);
            const v = c?.value.get(key) ?? 0;
            figures.push({
              indicator: d.id,
              version: d.version,
              ward,
              period,
              periodStart: start,
              periodEnd: end,
              value: reason !== null ? null : v,
              status: reason !== null ? "SUPPRESSED" : "PUBLISHED",
              reason,
              storePosition,
              breakdown: d.breakdown ?? null,
              breakdownValue: value,
            });
          }
        }
      }
    }
  }
  return figures;
}

/** The families of the catalogue: indicators protected together. */
export function familiesOf(catalogue: readonly IndicatorDefinition[]): IndicatorDefinition[][] {
  const families = new Map<string, IndicatorDefinition[]>();
  for (const d of catalogue) families.set(d.family, [...(families.get(d.family) ?? []), d]);
  return [...families.values()];
}

const publicationSchema = [
  `create table if not exists ward_figures (
    indicator text not null,
    version integer not null,
    ward text not null,
    period text not null,
    period_start date not null,
    period_end date not null,
    value double precision,
    status text not null,
    reason text,
    store_position bigint not null,
    breakdown text,
    breakdown_value text not null default '',
    primary key (indicator, version, ward, period, breakdown_value)
  )`,
  // Tables made before breakdowns: add the columns and widen the key ('' = no breakdown).
  `do $$ begin
    if not exists (select 1 from information_schema.columns
                   where table_name = 'ward_figures' and column_name = 'breakdown_value') then
      alter table ward_figures add column breakdown text, add column breakdown_value text not null default '';
      alter table ward_figures drop constraint ward_figures_pkey;
      alter table ward_figures add primary key (indicator, version, ward, period, breakdown_value);
    end if;
  end $$`,
  "create index if not exists ward_figures_ward on ward_figures (ward, indicator, period_start)",
  `create table if not exists ward_publication (
    id integer primary key check (id = 1),
    store_position bigint not null,
    figures integer not null
  )`,
  // What BI tools read (with the read-only role): the same suppressed figures as the API.
  `create or replace view ward_indicator_figures as
    select indicator, version, ward, period, period_start, period_end, value, status, reason, store_position,
      breakdown, nullif(breakdown_value, '') as breakdown_value
    from ward_figures`,
];

/** Creates the publication tables and the analysts' view when missing. */
export async function migratePublication(sql: SqlClient): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(hashtext('bz-projection-migrate:ward-figures'))");
    for (const statement of publicationSchema) await tx.query(statement);
  });
}

/**
 * Computes every figure of the catalogue's indicators for every year with data, protected, at the
 * ward projection's checkpoint, and replaces the published figures. It reads what it needs in one
 * transaction that share-locks the checkpoint row, so the figures match exactly the position they
 * carry; it protects outside any transaction (the embedded database has one connection, which the
 * linear programs would otherwise hold for minutes), yielding between families; and it writes in a
 * second transaction, unless a publication at a later position landed meanwhile. Returns the
 * position published and the number of figures.
 */
export async function publishWardFigures(
  sql: SqlClient,
  catalogue: readonly IndicatorDefinition[],
  options: PublicationOptions = {},
): Promise<{ storePosition: bigint; figures: number }> {
  await migrateCheckpoints(sql);
  await migratePublication(sql);
  await wardProjection.migrate(sql);
  const families = familiesOf(latestDefinitions(catalogue));
  const basis = options.basis ?? "objection";
  const read = await sql.transaction(async (tx) => {
    const { rows: checkpoint } = await tx.query<{ position: string }>(
      `select position::text as position from projection_checkpoints where projection = $1 for share`,
      [wardProjection.name],
    );
    const storePosition = checkpoint[0]?.position ?? "-1";
    const { rows: years } = await tx.query<{ year: string }>(
      `select distinct substr(quarter, 1, 4) as year from ward_activity
       union select distinct substr(quarter, 1, 4) from ward_referrals where quarter is not null order by 1`,
    );
    // Every year from 2016 (the pilot's series) to the last with data, so each quarter is answered.
    const last = Math.max(...years.map((y) => Number(y.year)));
    const first = Math.min(firstYear, ...years.map((y) => Number(y.year)));
    const allYears =
      years.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
    const frozen = options.freezeSuppression === true ? await releasedSuppressed(tx) : undefined;
    // Only the latest version of each indicator is published (two versions side by side could be differenced).
    const inputs: { family: IndicatorDefinition[]; inputs: FamilyInputs }[] = [];
    for (const year of allYears) {
      for (const family of families)
        inputs.push({ family, inputs: await familyInputs(tx, family, year, basis) });
    }
    return { storePosition, frozen, inputs };
  });
  const { storePosition, frozen } = read;
  const publication = frozen === undefined ? options : { ...options, frozen };
  let figures: Figure[] = [];
  for (const { family, inputs } of read.inputs) {
    figures.push(...protectFamily(family, inputs, storePosition, publication));
    // Let queries and the projectors run between two families' linear programs.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return sql.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(hashtext('bz-ward-figures-publish'))");
    const { rows: current } = await tx.query<{ position: string; figures: number }>(
      "select store_position::text as position, figures from ward_publication where id = 1",
    );
    const landed = current[0];
    // A publication computed at a later position landed while this one protected: keep it.
    if (landed !== undefined && BigInt(landed.position) > BigInt(storePosition)) {
      return { storePosition: BigInt(landed.position), figures: Number(landed.figures) };
    }
    // What the protection could not take as a primary (a frozen cell now 0) is still kept hidden;
    // the register is read again, as a release may have landed since the inputs were read.
    if (frozen !== undefined) figures = freezeSuppression(figures, await releasedSuppressed(tx));
    await tx.query("delete from ward_figures");
    for (let i = 0; i < figures.length; i += 500) {
      const chunk = figures.slice(i, i + 500);
      const params: unknown[] = [];
      const rows = chunk.map((f, j) => {
        params.push(
          f.indicator,
          f.version,
          f.ward,
          f.period,
          f.periodStart,
          f.periodEnd,
          f.value,
          f.status,
          f.reason,
          f.storePosition,
          f.breakdown,
          f.breakdownValue ?? "",
        );
        return `(${Array.from({ length: 12 }, (_, c) => `$${j * 12 + c + 1}`).join(", ")})`;
      });
      await tx.query(
        `insert into ward_figures (indicator, version, ward, period, period_start, period_end, value, status, reason,
           store_position, breakdown, breakdown_value) values ${rows.join(", ")}`,
        params,
      );
    }
    // Each figure's first release goes into the register (ADR 0071).
    await recordReleases(tx);
    await tx.query(
      `insert into ward_publication (id, store_position, figures) values (1, $1, $2)
       on conflict (id) do update set store_position = excluded.store_position, figures = excluded.figures`,
      [storePosition, figures.length],
    );
    return { storePosition: BigInt(storePosition), figures: figures.length };
  });
}

/** A query of published figures. */
export interface FigureQuery {
  ward?: string;
  indicator?: string;
  /** ISO dates: periods that lie wholly within [from, to]. */
  from?: string;
  to?: string;
}

/** Published figures, ordered by indicator, ward and period. */
export async function readFigures(sql: SqlQueryable, query: FigureQuery): Promise<Figure[]> {
  // Only the conditions given, so the planner can use (ward, indicator, period_start).
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (condition: string, value: unknown) => {
    params.push(value);
    where.push(condition.replace("?", `$${params.length}`));
  };
  if (query.ward !== undefined) add("ward = ?", query.ward);
  if (query.indicator !== undefined) add("indicator = ?", query.indicator);
  if (query.from !== undefined) add("period_start >= ?::date", query.from);
  if (query.to !== undefined) add("period_end <= ?::date", query.to);
  const { rows } = await sql.query<{
    indicator: string;
    version: number;
    ward: string;
    period: string;
    period_start: string;
    period_end: string;
    value: number | null;
    status: Figure["status"];
    reason: SuppressionReason | null;
    store_position: string;
    breakdown: Breakdown | null;
    breakdown_value: string;
  }>(
    `select indicator, version, ward, period, to_char(period_start, 'YYYY-MM-DD') as period_start,
       to_char(period_end, 'YYYY-MM-DD') as period_end, value, status, reason, store_position::text as store_position,
       breakdown, breakdown_value
     from ward_figures ${where.length === 0 ? "" : `where ${where.join(" and ")}`}
     order by indicator, version, ward, extract(year from period_start), period_end - period_start, period_start,
       breakdown_value`,
    params,
  );
  return rows.map((row) => ({
    indicator: row.indicator,
    version: row.version,
    ward: row.ward,
    period: row.period,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    value: row.value === null ? null : Number(row.value),
    status: row.status,
    reason: row.reason,
    storePosition: row.store_position,
    breakdown: row.breakdown,
    breakdownValue: row.breakdown_value === "" ? null : row.breakdown_value,
  }));
}

/** The position the published figures were computed at, or undefined before the first publication. */
export async function publishedPosition(sql: SqlQueryable): Promise<bigint | undefined> {
  const { rows } = await sql.query<{ position: string }>(
    "select store_position::text as position from ward_publication where id = 1",
  );
  return rows[0] === undefined ? undefined : BigInt(rows[0].position);
}

/** The four pilot wards with their names and CBS buurt codes (from the contracts). */
export function wardList(): { ward: string; name: string; buurtCode: string }[] {
  return contractWards.map((w) => ({ ward: w.ward as string, name: w.name, buurtCode: w.buurtCode }));
}

/**
 * Lets a database role read the analysts' view and nothing else of the read models: BI tools log in
 * with a role that is a member of it. PostgreSQL runs a view with its owner's rights, so the role
 * needs no grant on the tables behind it, the event store or the timelines. `role` is an SQL name.
 */
export async function grantAnalystView(sql: SqlClient, role: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) {
    throw new BzError("CONFIG_INVALID", `"${role}" is not a plain SQL role name (a-z, 0-9, _).`);
  }
  await migratePublication(sql);
  await sql.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(hashtext('bz-ward-analyst-role'))");
    const { rows } = await tx.query("select 1 from pg_roles where rolname = $1", [role]);
    if (rows.length === 0) await tx.query(`create role ${role} nologin`);
    await tx.query(`grant usage on schema public to ${role}`);
    await tx.query(`grant select on ward_indicator_figures to ${role}`);
  });
}
