import { clientStreamOf } from "@bz/contracts";
import type { RecordedEvent } from "@bz/event-store";
import { migrateProjectionSchema, type Projection } from "@bz/projections";
import { prepared, type SqlClient, type SqlQueryable } from "@bz/sql";
import type { CareRelationship } from "./domain/care-relationships.ts";
import { type ClientAccessState, foldClientEvents, noAccessState } from "./domain/client-access-state.ts";
import type { ConsentState } from "./domain/consent-state.ts";

const schema = [
  `create table if not exists client_access_state (
    subject text primary key,
    consent jsonb not null,
    relationships jsonb not null,
    publishers text[] not null,
    next_revision bigint not null,
    position bigint not null
  )`,
];

// JSON has no Infinity: an end seen before its start is stored with since = null and read back as +Infinity.
const encodeRelationships = (relationships: readonly CareRelationship[]) =>
  relationships.map((r) => ({ ...r, since: Number.isFinite(r.since) ? r.since : null }));
type StoredRelationship = Omit<CareRelationship, "since"> & { since: number | null };

const fromJson = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);

interface Row {
  subject: string;
  consent: unknown;
  relationships: unknown;
  publishers: string[];
  next_revision: string;
  position: string;
}

const columns =
  "subject, consent, relationships, publishers, next_revision::text as next_revision, position::text as position";

function stateOf(row: Row): ProjectedAccess {
  return {
    consent: fromJson(row.consent) as ConsentState,
    relationships: (fromJson(row.relationships) as StoredRelationship[]).map((r) => ({
      ...r,
      since: r.since === null ? Number.POSITIVE_INFINITY : r.since,
    })),
    publishers: new Set(row.publishers),
    next: Number(row.next_revision),
    position: BigInt(row.position),
  };
}

/** One client's access state as the projection holds it, and the global position it was folded to. */
export interface ProjectedAccess extends ClientAccessState {
  /** The global position of the client's last event folded in. */
  position: bigint;
}

const readOne = prepared(`select ${columns} from client_access_state where subject = $1`);
const readMany = prepared(`select ${columns} from client_access_state where subject = any($1::text[])`);
// One statement per batch, however many clients it touched.
const upsertMany = prepared(
  `insert into client_access_state (subject, consent, relationships, publishers, next_revision, position)
   select r.subject, r.consent, r.relationships, array(select jsonb_array_elements_text(r.publishers)),
          r.next_revision, r.position
     from jsonb_to_recordset($1::jsonb)
       as r(subject text, consent jsonb, relationships jsonb, publishers jsonb, next_revision bigint, position bigint)
   on conflict (subject) do update set consent = excluded.consent, relationships = excluded.relationships,
     publishers = excluded.publishers, next_revision = excluded.next_revision, position = excluded.position`,
);

/**
 * The `client-access` read model: per client, the access state (consent, care relationships,
 * publishers) folded from the client's stream by the same pure fold the query API uses, with the
 * stream revision it reached, moved with the projection's checkpoint in one transaction. The query
 * API starts a client's read from it and folds only the stream's events after that revision, read
 * from the event store at query time, so a lagging projection never makes an answer stale (ADR 0031).
 */
export const accessStateProjection: Projection = {
  name: "client-access",
  async migrate(sql: SqlClient) {
    await migrateProjectionSchema(sql, "client-access", schema);
  },
  async apply(tx: SqlQueryable, events: RecordedEvent[]) {
    const bySubject = new Map<string, RecordedEvent[]>();
    for (const event of events) {
      const subject = event.data.subject;
      // Only a client's own stream: the query API folds exactly that stream.
      if (typeof subject !== "string" || event.streamId !== clientStreamOf(subject)) continue;
      const list = bySubject.get(subject);
      if (list === undefined) bySubject.set(subject, [event]);
      else list.push(event);
    }
    if (bySubject.size === 0) return;
    const { rows } = await tx.query<Row>(readMany, [[...bySubject.keys()]]);
    const kept = new Map(rows.map((row) => [row.subject, stateOf(row)]));
    const changed = [...bySubject].map(([subject, list]) => {
      const state = foldClientEvents(kept.get(subject) ?? noAccessState, list);
      return {
        subject,
        consent: state.consent,
        relationships: encodeRelationships(state.relationships),
        publishers: [...state.publishers],
        next_revision: state.next,
        position: (list.at(-1)?.globalPosition ?? 0n).toString(),
      };
    });
    await tx.query(upsertMany, [JSON.stringify(changed)]);
  },
  async reset(tx: SqlQueryable) {
    await tx.query("delete from client_access_state");
  },
};

/** One client's projected access state, or undefined when the projection has seen none of its events. */
export async function readProjectedAccess(
  sql: SqlQueryable,
  subject: string,
): Promise<ProjectedAccess | undefined> {
  const { rows } = await sql.query<Row>(readOne, [subject]);
  return rows[0] === undefined ? undefined : stateOf(rows[0]);
}
