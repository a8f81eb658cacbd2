// The append transaction of the SQL adapter: one lock, one state read, one multi-row insert,
// whatever the number of streams and events in the batch.

import { prepared, type SqlClient, type SqlQueryable } from "@bz/sql";
import { checkExpectedRevision, newEventsOnly, validateEvents } from "./append-rules.ts";
import type { StreamAppend } from "./event-store.ts";
import { notifyChannel } from "./sql-schema.ts";

/** A stream's last event after an append: revision -1 and position 0 when the stream is empty. */
export interface StreamHead {
  revision: number;
  position: bigint;
}

/** What one append transaction did. */
export interface AppendOutcome {
  written: number;
  /** Every stream of the batch, after the append. */
  heads: Map<string, StreamHead>;
}

interface StateRow {
  last_position: string;
  heads: [string, number, string][];
  known: string[];
}

interface InsertRow {
  pos: string;
  stream: string;
  rev: number;
  id: string;
  type: string;
  data: Record<string, unknown>;
  meta: Record<string, unknown>;
}

/**
 * Appends `shares` in the transaction `tx`. Appenders are serialised by a transaction-scoped
 * advisory lock taken BEFORE the state is read: the lock is released only after commit, so each
 * appender reads the previous one's committed rows, numbers its events after them, and commits
 * after it. Commit order is therefore global-position order, and a reader can never see position
 * N+1 while N is still in flight (see docs/adr/0010-gap-free-global-positions.md). The lock must be
 * its own statement: in READ COMMITTED a statement's snapshot is taken when it starts, so a read
 * in the same statement as the lock could miss the rows of the appender it waited for.
 */
export async function appendInTransaction(
  tx: SqlQueryable,
  schema: string,
  shares: readonly StreamAppend[],
): Promise<AppendOutcome> {
  for (const share of shares) validateEvents(share.streamId, share.events);
  const streamIds = [...new Set(shares.map((share) => share.streamId))];
  const eventIds = shares.flatMap((share) => share.events.map((event) => event.eventId.toLowerCase()));

  await tx.query("select pg_advisory_xact_lock(hashtext($1))", [`bz-event-store:${schema}`]);
  // Parameters go in as JSON so that pg and PGlite serialise them identically (no driver arrays).
  const { rows } = await tx.query<StateRow>(
    `select
       (select coalesce(max(global_position), 0)::text from ${schema}.events) as last_position,
       (select coalesce(jsonb_agg(jsonb_build_array(s.id, h.revision, h.global_position::text)), '[]'::jsonb)
          from jsonb_array_elements_text($1::jsonb) as s(id)
          cross join lateral (
            select revision, global_position from ${schema}.events e
            where e.stream_id = s.id order by revision desc limit 1
          ) as h) as heads,
       (select coalesce(jsonb_agg(event_id::text), '[]'::jsonb) from ${schema}.events
          where event_id in (select value::uuid from jsonb_array_elements_text($2::jsonb))) as known`,
    [JSON.stringify(streamIds), JSON.stringify(eventIds)],
  );
  const state = rows[0];
  if (state === undefined) throw new Error("event store state query returned no row");

  const heads = new Map<string, StreamHead>();
  for (const streamId of streamIds) heads.set(streamId, { revision: -1, position: 0n });
  for (const [streamId, revision, position] of state.heads) {
    heads.set(streamId, { revision, position: BigInt(position) });
  }
  const known = new Set(state.known);
  let lastPosition = BigInt(state.last_position);
  const inserts: InsertRow[] = [];

  for (const share of shares) {
    const head = heads.get(share.streamId) ?? { revision: -1, position: 0n };
    const fresh = newEventsOnly(share.events, known);
    // A share whose events are all stored already is a retry of a successful append: a no-op.
    const isRetry = share.events.length > 0 && fresh.length === 0;
    if (!isRetry) checkExpectedRevision(share.streamId, share.expectedRevision ?? "any", head.revision);
    let { revision } = head;
    for (const event of fresh) {
      known.add(event.eventId.toLowerCase());
      revision += 1;
      lastPosition += 1n;
      inserts.push({
        pos: lastPosition.toString(),
        stream: share.streamId,
        rev: revision,
        id: event.eventId,
        type: event.type,
        data: event.data,
        meta: event.metadata ?? {},
      });
    }
    heads.set(share.streamId, fresh.length === 0 ? head : { revision, position: lastPosition });
  }

  if (inserts.length > 0) {
    await tx.query(
      `insert into ${schema}.events (global_position, stream_id, revision, event_id, type, data, metadata)
       select r.pos::bigint, r.stream, r.rev, r.id::uuid, r.type, r.data, r.meta
       from jsonb_to_recordset($1::jsonb)
         as r(pos text, stream text, rev integer, id text, type text, data jsonb, meta jsonb)`,
      [JSON.stringify(inserts)],
    );
    await tx.query("select pg_notify($1, '')", [notifyChannel(schema)]);
  }
  return { written: inserts.length, heads };
}

/**
 * Appends `shares` as one atomic unit. Batches without revision conditions (every share "any", as
 * the recorder's) go through the server-side function: one autocommitted statement, so the lock
 * spans no client round trip and several batches can be in flight at once (ADR 0056). Conditional
 * appends keep the transaction of {@link appendInTransaction}, whose checks need the heads first.
 */
export async function appendShares(
  sql: SqlClient,
  schema: string,
  shares: readonly StreamAppend[],
): Promise<AppendOutcome> {
  if (shares.some((share) => (share.expectedRevision ?? "any") !== "any")) {
    return sql.transaction((tx) => appendInTransaction(tx, schema, shares));
  }
  for (const share of shares) validateEvents(share.streamId, share.events);
  const seen = new Set<string>();
  const events: { ord: number; stream: string; id: string; type: string; data: unknown; meta: unknown }[] =
    [];
  const streamIds = new Set<string>();
  for (const share of shares) {
    streamIds.add(share.streamId);
    // Repeated ids within the batch: the first wins, as in the transaction path.
    for (const event of newEventsOnly(share.events, seen)) {
      seen.add(event.eventId.toLowerCase());
      events.push({
        ord: events.length,
        stream: share.streamId,
        id: event.eventId,
        type: event.type,
        data: event.data,
        meta: event.metadata ?? {},
      });
    }
  }
  const heads = new Map<string, StreamHead>();
  for (const streamId of streamIds) heads.set(streamId, { revision: -1, position: 0n });
  // A batch of empty shares writes nothing; no need to take the lock for it.
  if (events.length === 0) {
    return sql.transaction((tx) => appendInTransaction(tx, schema, shares));
  }
  const { rows } = await sql.query<{ out_written: number; out_heads: [string, number, string][] }>(
    prepared(`select out_written, out_heads from ${schema}.append_events($1, $2::jsonb)`),
    [`bz-event-store:${schema}`, JSON.stringify(events)],
  );
  const row = rows[0];
  if (row === undefined) throw new Error("the event store's append function returned no row");
  for (const [streamId, revision, position] of row.out_heads) {
    heads.set(streamId, { revision, position: BigInt(position) });
  }
  return { written: row.out_written, heads };
}
