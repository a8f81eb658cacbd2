import type { RecordedEvent } from "@bz/event-store";
import type { Projection } from "@bz/projections";
import type { SqlClient, SqlQueryable } from "@bz/sql";
import {
  type CareRelationship,
  evolveRelationships,
  relationshipEventTypes,
} from "./domain/care-relationships.ts";
import { type ConsentState, consentEventTypes, evolveConsent, noConsent } from "./domain/consent-state.ts";

const relevant = new Set<string>([...consentEventTypes, ...relationshipEventTypes]);

const schema = [
  `create table if not exists consent_state (
    subject text primary key,
    consent jsonb not null,
    relationships jsonb not null,
    position bigint not null
  )`,
];

// JSON has no Infinity: an end seen before its start is stored with since = null and read back as +Infinity.
const encodeRelationships = (relationships: readonly CareRelationship[]) =>
  JSON.stringify(relationships.map((r) => ({ ...r, since: Number.isFinite(r.since) ? r.since : null })));
type StoredRelationship = Omit<CareRelationship, "since"> & { since: number | null };

function relationshipsFrom(value: unknown): CareRelationship[] {
  const stored = (typeof value === "string" ? JSON.parse(value) : value) as StoredRelationship[];
  return stored.map((r) => ({
    ...r,
    since: r.since === null ? Number.POSITIVE_INFINITY : r.since,
  }));
}

/** One client's consent state and care relationships as the projection holds them. */
export interface ProjectedConsent {
  consent: ConsentState;
  relationships: readonly CareRelationship[];
  /** The global position of the last consent or relationship event applied. */
  position: bigint;
}

/**
 * The `ConsentState` read model: per client, the consent state and care relationships folded by the
 * same pure evolve functions the query API uses, moved with the projection's checkpoint in one
 * transaction. For views and analytics; the timeline's decision reads the event store itself (ADR 0031).
 */
export const consentProjection: Projection = {
  name: "consent-state",
  async migrate(sql: SqlClient) {
    await sql.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(hashtext('bz-projection-migrate:consent-state'))");
      for (const statement of schema) await tx.query(statement);
    });
  },
  async apply(tx: SqlQueryable, events: RecordedEvent[]) {
    const touched = new Map<string, ProjectedConsent>();
    for (const event of events) {
      if (!relevant.has(event.type)) continue;
      const subject = event.data.subject;
      if (typeof subject !== "string") continue;
      const current = touched.get(subject) ?? (await readProjectedConsent(tx, subject));
      touched.set(subject, {
        consent: evolveConsent(current?.consent ?? noConsent, event),
        relationships: evolveRelationships(current?.relationships ?? [], event),
        position: event.globalPosition,
      });
    }
    for (const [subject, state] of touched) {
      await tx.query(
        `insert into consent_state (subject, consent, relationships, position) values ($1, $2, $3, $4)
         on conflict (subject) do update set consent = excluded.consent, relationships = excluded.relationships,
           position = excluded.position`,
        [
          subject,
          JSON.stringify(state.consent),
          encodeRelationships(state.relationships),
          state.position.toString(),
        ],
      );
    }
  },
  async reset(tx: SqlQueryable) {
    await tx.query("delete from consent_state");
  },
};

/** One client's projected consent state, or undefined when no consent or relationship event was seen. */
export async function readProjectedConsent(
  sql: SqlQueryable,
  subject: string,
): Promise<ProjectedConsent | undefined> {
  const { rows } = await sql.query<{ consent: unknown; relationships: unknown; position: string }>(
    "select consent, relationships, position::text as position from consent_state where subject = $1",
    [subject],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  return {
    consent: (typeof row.consent === "string" ? JSON.parse(row.consent) : row.consent) as ConsentState,
    relationships: relationshipsFrom(row.relationships),
    position: BigInt(row.position),
  };
}
