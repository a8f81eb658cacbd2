import type { SqlQueryable } from "@bz/sql";
import { type LagRelation, laggedRelation, quarterIndex } from "./domain/lagged-relation.ts";
import { type Figure, readFigures } from "./figures.ts";

/** The two sides of the waterbed: social-domain costs (Wmo, Jeugdwet) and insured mental-health costs. */
export const waterbedIndicators = {
  socialDomain: "costs-social-domain",
  mentalHealth: "costs-mental-health-zvw",
} as const;

/** One quarter of the waterbed view: both published figures side by side. */
export interface WaterbedQuarter {
  period: string;
  socialDomain: Figure | undefined;
  mentalHealth: Figure | undefined;
}

/** A ward's waterbed view: its quarters and the lagged relation computed from their published figures. */
export interface Waterbed {
  ward: string;
  quarters: WaterbedQuarter[];
  relations: LagRelation[];
}

/**
 * The waterbed view of one ward (or the district) over the quarters within [from, to], from the
 * published figures only: a suppressed quarter is left out of the relation, so it tells nothing
 * the figures do not. Both sides are read within the range, so t + lag stays within it too.
 */
export async function readWaterbed(
  sql: SqlQueryable,
  ward: string,
  range: { from?: string; to?: string; maxLag?: number } = {},
): Promise<Waterbed> {
  const query = {
    ward,
    ...(range.from === undefined ? {} : { from: range.from }),
    ...(range.to === undefined ? {} : { to: range.to }),
  };
  const quartersOf = async (indicator: string) =>
    (await readFigures(sql, { ...query, indicator })).filter((f) => quarterIndex(f.period) !== undefined);
  const social = await quartersOf(waterbedIndicators.socialDomain);
  const mental = await quartersOf(waterbedIndicators.mentalHealth);
  const periods = [...new Set([...social, ...mental].map((f) => f.period))].sort(
    (a, b) => (quarterIndex(a) as number) - (quarterIndex(b) as number),
  );
  const published = (f: Figure) => ({ period: f.period, value: f.status === "PUBLISHED" ? f.value : null });
  return {
    ward,
    quarters: periods.map((period) => ({
      period,
      socialDomain: social.find((f) => f.period === period),
      mentalHealth: mental.find((f) => f.period === period),
    })),
    relations: laggedRelation(social.map(published), mental.map(published), range.maxLag ?? 4),
  };
}
