import { type Contributions, cellKey } from "@bz/disclosure-control";
import type { SqlQueryable } from "@bz/sql";
import type { IndicatorDefinition } from "./catalogue.ts";
import { type AnalyticsBasis, factsSql } from "./indicator-sql.ts";

/** Indicators the p% rule applies to: sums of euro amounts (costs-*, household costs). */
export function isCostSum(definition: IndicatorDefinition): boolean {
  return definition.aggregate === "sum" && definition.unit === "euro cents";
}

/**
 * Per ward × quarter cell (with the district and year margins, keyed like the figures) the total
 * and the two largest contributions, each contributor's amounts summed first. The contributor is
 * the indicator's member: the client, or the household for the household indicators.
 */
export async function costContributions(
  tx: SqlQueryable,
  definition: IndicatorDefinition,
  year: string,
  basis: AnalyticsBasis,
  district: string,
): Promise<Map<string, Contributions>> {
  const facts = factsSql(definition, basis);
  const result = new Map<string, Contributions>();
  if (facts === undefined) return result;
  const { rows } = await tx.query<{
    ward: string | null;
    quarter: string | null;
    total: number;
    largest: number;
    second: number;
  }>(
    `with per_member as (
       select ward, quarter, grouping(ward) as gw, grouping(quarter) as gq, member, sum(val) as amount
       from (${facts}) f group by grouping sets ((ward, quarter, member), (ward, member), (quarter, member), (member)))
     select ward, quarter, sum(amount)::double precision as total,
       (array_agg(amount order by amount desc))[1]::double precision as largest,
       coalesce((array_agg(amount order by amount desc))[2], 0)::double precision as second
     from per_member group by gw, gq, ward, quarter`,
    [`${year}-%`],
  );
  for (const row of rows) {
    result.set(cellKey([row.ward ?? district, row.quarter ?? year]), {
      total: Number(row.total),
      largest: Number(row.largest),
      second: Number(row.second),
    });
  }
  return result;
}
