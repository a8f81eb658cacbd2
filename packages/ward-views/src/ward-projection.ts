import { wardForBuurtCode } from "@bz/contracts";
import type { RecordedEvent } from "@bz/event-store";
import { migrateProjectionSchema, type Projection } from "@bz/projections";
import type { SqlClient, SqlQueryable } from "@bz/sql";
import { type ActivityRow, type WardChange, wardChangesOf } from "./domain/ward-changes.ts";

/** The read model's tables, in the order a reset empties them. */
export const wardTables = [
  "ward_activity",
  "ward_assessments",
  "ward_referrals",
  "ward_objections",
  "ward_analytics_consents",
] as const;

const schema = [
  `create table if not exists ward_activity (
    position bigint primary key,
    subject text not null,
    household text,
    ward text not null,
    quarter text not null,
    occurred_at timestamptz not null,
    event_type text not null,
    publisher text not null,
    financing_domain text,
    age_band text,
    minutes integer,
    amount_cents bigint
  )`,
  "create index if not exists ward_activity_quarter on ward_activity (quarter, event_type)",
  "create index if not exists ward_activity_household on ward_activity (household, occurred_at) where household is not null",
  `create table if not exists ward_assessments (
    position bigint primary key,
    subject text not null,
    ward text not null,
    quarter text not null,
    occurred_at timestamptz not null,
    body_functions double precision not null,
    mental_wellbeing double precision not null,
    meaning double precision not null,
    quality_of_life double precision not null,
    participation double precision not null,
    daily_functioning double precision not null
  )`,
  "create index if not exists ward_assessments_subject on ward_assessments (subject, occurred_at, position)",
  `create table if not exists ward_referrals (
    referral_id text primary key,
    position bigint,
    subject text,
    ward text,
    quarter text,
    made_at timestamptz,
    from_partner text,
    to_partner text,
    accepted_at timestamptz,
    rejected_at timestamptz,
    rejection_reason text,
    completed_at timestamptz,
    outcome text
  )`,
  `create table if not exists ward_objections (
    objection_id text primary key,
    subject text not null,
    active boolean not null
  )`,
  "create index if not exists ward_objections_subject on ward_objections (subject) where active",
  `create table if not exists ward_analytics_consents (
    consent_id text primary key,
    subject text,
    valid_until timestamptz,
    revoked boolean not null
  )`,
];

const activityColumns = 12;

async function insertActivity(tx: SqlQueryable, rows: ActivityRow[]): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const values = rows.map((row, i) => {
    params.push(
      row.position.toString(),
      row.subject,
      row.household,
      row.ward,
      row.quarter,
      row.occurredAt,
      row.eventType,
      row.publisher,
      row.financingDomain,
      row.ageBand,
      row.minutes,
      row.amountCents,
    );
    return `(${Array.from({ length: activityColumns }, (_, c) => `$${i * activityColumns + c + 1}`).join(", ")})`;
  });
  await tx.query(
    `insert into ward_activity (position, subject, household, ward, quarter, occurred_at, event_type, publisher,
       financing_domain, age_band, minutes, amount_cents) values ${values.join(", ")} on conflict (position) do nothing`,
    params,
  );
}

async function applyChange(tx: SqlQueryable, change: WardChange): Promise<void> {
  switch (change.kind) {
    case "activity":
      await tx.query(
        `insert into ward_activity (position, subject, household, ward, quarter, occurred_at, event_type, publisher,
           financing_domain, age_band, minutes, amount_cents)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) on conflict (position) do nothing`,
        [
          change.position.toString(),
          change.subject,
          change.household,
          change.ward,
          change.quarter,
          change.occurredAt,
          change.eventType,
          change.publisher,
          change.financingDomain,
          change.ageBand,
          change.minutes,
          change.amountCents,
        ],
      );
      return;
    case "assessment":
      await tx.query(
        `insert into ward_assessments (position, subject, ward, quarter, occurred_at, body_functions, mental_wellbeing,
           meaning, quality_of_life, participation, daily_functioning)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (position) do nothing`,
        [
          change.position.toString(),
          change.subject,
          change.ward,
          change.quarter,
          change.occurredAt,
          ...change.scores,
        ],
      );
      return;
    case "referral-made":
      // An answer may have been recorded first (partners publish independently): fill in the rest.
      await tx.query(
        `insert into ward_referrals (referral_id, position, subject, ward, quarter, made_at, from_partner, to_partner)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (referral_id) do update set position = excluded.position, subject = excluded.subject,
           ward = excluded.ward, quarter = excluded.quarter, made_at = excluded.made_at,
           from_partner = excluded.from_partner, to_partner = excluded.to_partner
         where ward_referrals.made_at is null`,
        [
          change.referralId,
          change.position.toString(),
          change.subject,
          change.ward,
          change.quarter,
          change.madeAt,
          change.fromPartner,
          change.toPartner,
        ],
      );
      return;
    case "referral-answer": {
      const column = { ACCEPTED: "accepted_at", REJECTED: "rejected_at", COMPLETED: "completed_at" }[
        change.answer
      ];
      const detail = { ACCEPTED: null, REJECTED: "rejection_reason", COMPLETED: "outcome" }[change.answer];
      // The first answer of each kind counts; a repeat does not move it.
      await tx.query(
        `insert into ward_referrals (referral_id, ${column}${detail === null ? "" : `, ${detail}`})
         values ($1, $2${detail === null ? "" : ", $3"})
         on conflict (referral_id) do update set ${column} = coalesce(ward_referrals.${column}, excluded.${column})${
           detail === null ? "" : `, ${detail} = coalesce(ward_referrals.${detail}, excluded.${detail})`
         }`,
        detail === null ? [change.referralId, change.at] : [change.referralId, change.at, change.detail],
      );
      return;
    }
    case "objection":
      await tx.query(
        `insert into ward_objections (objection_id, subject, active) values ($1, $2, $3)
         on conflict (objection_id) do update set active = excluded.active`,
        [change.objectionId, change.subject, change.active],
      );
      return;
    case "analytics-consent":
      await tx.query(
        change.revoked
          ? `insert into ward_analytics_consents (consent_id, subject, valid_until, revoked) values ($1, $2, null, true)
             on conflict (consent_id) do update set revoked = true`
          : `insert into ward_analytics_consents (consent_id, subject, valid_until, revoked) values ($1, $2, $3, false)
             on conflict (consent_id) do nothing`,
        change.revoked
          ? [change.consentId, change.subject]
          : [change.consentId, change.subject, change.validUntil],
      );
      return;
  }
}

/**
 * The `WardIndicators` read model: the pseudonymous rows the ward figures are aggregated from
 * (never shown to analysts; they see suppressed aggregates only). Fed in global order with the
 * checkpoint in the same transaction (see @bz/projections).
 */
export const wardProjection: Projection = {
  name: "ward-views",
  async migrate(sql: SqlClient) {
    await migrateProjectionSchema(sql, "ward-views", schema);
  },
  async apply(tx: SqlQueryable, events: RecordedEvent[]) {
    // Activity rows (most of them) go in one statement per batch; the rest in event order after them.
    // Order between the two does not matter: activity rows are only inserted, never read here.
    const activity: ActivityRow[] = [];
    const others: WardChange[] = [];
    for (const event of events) {
      for (const change of wardChangesOf(event, wardForBuurtCode)) {
        if (change.kind === "activity") activity.push(change);
        else others.push(change);
      }
    }
    for (let i = 0; i < activity.length; i += 400) await insertActivity(tx, activity.slice(i, i + 400));
    for (const change of others) await applyChange(tx, change);
  },
  async reset(tx: SqlQueryable) {
    for (const table of wardTables) await tx.query(`delete from ${table}`);
  },
};
