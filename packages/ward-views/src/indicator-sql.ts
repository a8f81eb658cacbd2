import type { IndicatorDefinition } from "./catalogue.ts";

/**
 * Which clients analytics may include. `objection` (the default): everyone except clients with an
 * active objection to analytics use (AVG art. 21; the pilot's statistics rest on AVG art. 9(2)(j)
 * with UAVG art. 24, public-interest statistics on pseudonymised data). `consent`: only clients
 * with an unexpired, unrevoked consent whose purpose is ANALYTICS (AVG art. 9(2)(a)).
 */
export type AnalyticsBasis = "objection" | "consent";

/** The SQL condition that leaves out clients analytics may not include (see {@link AnalyticsBasis}). */
export function included(subject: string, basis: AnalyticsBasis): string {
  return basis === "objection"
    ? `not exists (select 1 from ward_objections o where o.subject = ${subject} and o.active)`
    : `exists (select 1 from ward_analytics_consents c where c.subject = ${subject} and not c.revoked
         and (c.valid_until is null or c.valid_until > now()))`;
}

const dimensions: Record<string, string> = {
  "positive-health-body-functions": "body_functions",
  "positive-health-mental-wellbeing": "mental_wellbeing",
  "positive-health-meaning": "meaning",
  "positive-health-quality-of-life": "quality_of_life",
  "positive-health-participation": "participation",
  "positive-health-daily-functioning": "daily_functioning",
};
const sixMean =
  "(body_functions + mental_wellbeing + meaning + quality_of_life + participation + daily_functioning) / 6.0";

const costDomains: Record<string, string> = {
  "costs-zvw": "a.financing_domain = 'ZVW'",
  "costs-wlz": "a.financing_domain = 'WLZ'",
  "costs-wmo": "a.financing_domain = 'WMO'",
  "costs-jw": "a.financing_domain = 'JW'",
  "costs-justice": "a.financing_domain = 'JUSTICE'",
  "costs-social-domain": "a.financing_domain in ('WMO', 'JW')",
  "costs-mental-health-zvw": "a.financing_domain = 'ZVW' and a.publisher in ('MONDRIAAN', 'METGGZ')",
};

const householdCosts = (window: string, basis: AnalyticsBasis) =>
  `select c.household as member, c.ward, c.quarter, coalesce((select sum(k.amount_cents) from ward_activity k
     where k.household = c.household and k.event_type = 'CostIncurred' and ${window}
       and ${included("k.subject", basis)}), 0)::double precision as val
   from ward_activity c where c.event_type = 'CoordinatorAssigned' and c.household is not null
     and c.quarter like $1 and ${included("c.subject", basis)}`;

/**
 * The facts one indicator (id@version) aggregates, for the year in $1 (as `YYYY-%`): one row per
 * counted thing with its member (client, household or referral), ward, quarter and value.
 * Returns undefined for a definition this build cannot compute.
 */
export function factsSql(definition: IndicatorDefinition, basis: AnalyticsBasis): string | undefined {
  if (definition.version !== 1) return undefined;
  const id = definition.id;
  const activity = (where: string, val = "1.0") =>
    `select a.subject as member, a.ward, a.quarter, ${val}::double precision as val from ward_activity a
     where a.quarter like $1 and ${where} and ${included("a.subject", basis)}`;
  const referrals = (where: string, val = "1.0") =>
    `select r.referral_id as member, r.ward, r.quarter, ${val}::double precision as val from ward_referrals r
     where r.made_at is not null and r.quarter like $1 and ${where} and ${included("r.subject", basis)}`;
  if (id === "clients-in-care") {
    // Counted once per quarter, in the ward of the client's last event in that quarter.
    return `select distinct on (a.subject, a.quarter) a.subject as member, a.ward, a.quarter, 1.0::double precision as val
      from ward_activity a where a.quarter like $1 and ${included("a.subject", basis)}
      order by a.subject, a.quarter, a.position desc`;
  }
  if (id === "episodes-started") return activity("a.event_type = 'CareEpisodeStarted'");
  if (id === "episodes-ended") return activity("a.event_type = 'CareEpisodeEnded'");
  if (id === "contacts") return activity("a.event_type in ('ContactDelivered', 'HomeCareVisitDelivered')");
  if (id === "contact-minutes") {
    return activity(
      "a.event_type in ('ContactDelivered', 'HomeCareVisitDelivered')",
      "coalesce(a.minutes, 0)",
    );
  }
  const domain = costDomains[id];
  if (domain !== undefined)
    return activity(`a.event_type = 'CostIncurred' and ${domain}`, "coalesce(a.amount_cents, 0)");
  const column = dimensions[id];
  if (column !== undefined) {
    return `select s.subject as member, s.ward, s.quarter, s.${column} as val from ward_assessments s
      where s.quarter like $1 and ${included("s.subject", basis)}`;
  }
  if (id === "positive-health-change") {
    return `select l.subject as member, l.ward, l.quarter, (l.m - f.m)::double precision as val from
      (select distinct on (subject) subject, ward, quarter, ${sixMean} as m from ward_assessments
        order by subject, occurred_at desc, position desc) l
      join (select distinct on (subject) subject, ${sixMean} as m from ward_assessments
        order by subject, occurred_at asc, position asc) f on f.subject = l.subject
      where l.quarter like $1 and ${included("l.subject", basis)}
        and (select count(*) from ward_assessments x where x.subject = l.subject) >= 2`;
  }
  if (id === "stacked-care-households") {
    return `select a.household as member, (array_agg(a.ward order by a.position desc))[1] as ward, a.quarter,
        1.0::double precision as val
      from ward_activity a where a.household is not null and a.quarter like $1 and ${included("a.subject", basis)}
      group by a.household, a.quarter having count(distinct a.publisher) >= 3`;
  }
  if (id === "coordinated-households") {
    return `select a.household as member, a.ward, a.quarter, 1.0::double precision as val from ward_activity a
      where a.event_type = 'CoordinatorAssigned' and a.household is not null and a.quarter like $1
        and ${included("a.subject", basis)}`;
  }
  if (id === "coordinated-household-costs-before") {
    return householdCosts(
      "k.occurred_at >= c.occurred_at - interval '365 days' and k.occurred_at < c.occurred_at",
      basis,
    );
  }
  if (id === "coordinated-household-costs-after") {
    return householdCosts(
      "k.occurred_at >= c.occurred_at and k.occurred_at < c.occurred_at + interval '365 days'",
      basis,
    );
  }
  if (id === "referrals-made") return referrals("true");
  if (id === "referrals-accepted") return referrals("r.accepted_at is not null");
  if (id === "referrals-rejected") return referrals("r.accepted_at is null and r.rejected_at is not null");
  if (id === "referrals-unanswered") return referrals("r.accepted_at is null and r.rejected_at is null");
  if (id === "referrals-completed") return referrals("r.completed_at is not null");
  if (id === "referral-days-to-acceptance") {
    return referrals(
      "r.accepted_at is not null",
      "greatest(0, extract(epoch from (r.accepted_at - r.made_at)) / 86400.0)",
    );
  }
  return undefined;
}

/** The aggregate of an indicator over its facts, per ward × quarter with the district and year margins. */
export function aggregateSql(definition: IndicatorDefinition, facts: string): string {
  const value = {
    count: "count(*)::double precision",
    distinct: "count(distinct member)::double precision",
    sum: "coalesce(sum(val), 0)::double precision",
    mean: "avg(val)::double precision",
  }[definition.aggregate];
  return `select ward, quarter, ${value} as value, count(distinct member)::int as contributors
    from (${facts}) f group by grouping sets ((ward, quarter), (ward), (quarter), ())`;
}
