import type { IndicatorDefinition } from "./catalogue.ts";
import { type AnalyticsBasis, included } from "./indicator-sql.ts";

/** The value a fact has when its event carries none for the breakdown (older events without an age band). */
export const UNKNOWN = "UNKNOWN";

const careEvents: Record<string, string> = {
  "episodes-started": "a.event_type = 'CareEpisodeStarted'",
  "episodes-ended": "a.event_type = 'CareEpisodeEnded'",
  contacts: "a.event_type in ('ContactDelivered', 'HomeCareVisitDelivered')",
  "contact-minutes": "a.event_type in ('ContactDelivered', 'HomeCareVisitDelivered')",
};

const referralStates: Record<string, string> = {
  "referrals-made": "true",
  "referrals-accepted": "r.accepted_at is not null",
  "referrals-rejected": "r.accepted_at is null and r.rejected_at is not null",
  "referrals-unanswered": "r.accepted_at is null and r.rejected_at is null",
  "referrals-completed": "r.completed_at is not null",
};

/**
 * The facts of a breakdown indicator for the year in $1 (`YYYY-%`): the facts of its total
 * (`breakdownOf`, see factsSql) with the breakdown value as `category`, so that per ward and
 * quarter the categories hold exactly the total's members. Undefined for one this build cannot compute.
 */
export function breakdownFactsSql(
  definition: IndicatorDefinition,
  basis: AnalyticsBasis,
): string | undefined {
  if (definition.version !== 1 || definition.breakdown === undefined) return undefined;
  const total = definition.breakdownOf ?? "";
  const by = definition.breakdown;
  if (total === "clients-in-care") {
    // As the total: each client once per quarter, in the ward of their last event in that quarter.
    const placed = `select distinct on (a.subject, a.quarter) a.subject, a.ward, a.quarter from ward_activity a
      where a.quarter like $1 and ${included("a.subject", basis)} order by a.subject, a.quarter, a.position desc`;
    if (by === "partner") {
      // Under every partner the client had an event with in the quarter (so partners add up to at least the total).
      return `select w.subject as member, w.ward, w.quarter, p.publisher as category, 1.0::double precision as val
        from (${placed}) w
        join (select distinct subject, quarter, publisher from ward_activity where quarter like $1) p
          on p.subject = w.subject and p.quarter = w.quarter`;
    }
    if (by === "ageBand") {
      // One band per client for the year (the last one sent), so the bands partition every cell.
      return `select w.subject as member, w.ward, w.quarter, coalesce(b.age_band, '${UNKNOWN}') as category,
          1.0::double precision as val
        from (${placed}) w
        left join (select distinct on (subject) subject, age_band from ward_activity
          where quarter like $1 and age_band is not null order by subject, position desc) b on b.subject = w.subject`;
    }
    return undefined;
  }
  const care = careEvents[total];
  if (care !== undefined) {
    const category = { partner: "a.publisher", ageBand: `coalesce(a.age_band, '${UNKNOWN}')` }[by as string];
    if (category === undefined) return undefined;
    const val = total === "contact-minutes" ? "coalesce(a.minutes, 0)" : "1.0";
    return `select a.subject as member, a.ward, a.quarter, ${category} as category, ${val}::double precision as val
      from ward_activity a where a.quarter like $1 and ${care} and ${included("a.subject", basis)}`;
  }
  const state = referralStates[total];
  if (state !== undefined) {
    const category = {
      pair: "r.from_partner || '>' || r.to_partner",
      reason: total === "referrals-rejected" ? `coalesce(r.rejection_reason, '${UNKNOWN}')` : undefined,
      outcome: total === "referrals-completed" ? `coalesce(r.outcome, '${UNKNOWN}')` : undefined,
    }[by as string];
    if (category === undefined) return undefined;
    return `select r.referral_id as member, r.ward, r.quarter, ${category} as category, 1.0::double precision as val
      from ward_referrals r where r.made_at is not null and r.quarter like $1 and ${state}
        and ${included("r.subject", basis)}`;
  }
  return undefined;
}

/** The aggregate of a breakdown indicator per ward × quarter × value, with the district and year margins per value. */
export function breakdownAggregateSql(definition: IndicatorDefinition, facts: string): string {
  const value = {
    count: "count(*)::double precision",
    distinct: "count(distinct member)::double precision",
    sum: "coalesce(sum(val), 0)::double precision",
    mean: "avg(val)::double precision",
  }[definition.aggregate];
  return `select ward, quarter, category, ${value} as value, count(distinct member)::int as contributors
    from (${facts}) f group by grouping sets ((ward, quarter, category), (ward, category), (quarter, category), (category))`;
}
