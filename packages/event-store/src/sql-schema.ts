import { BzError } from "@bz/errors";
import type { SqlClient } from "@bz/sql";

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

/** Checks a schema name before it is spliced into SQL (identifiers cannot be parameters). */
export function checkSchemaName(schema: string): string {
  if (!identifier.test(schema)) {
    throw new BzError(
      "CONFIG_INVALID",
      `Event store schema "${schema}" is not a plain lower-case SQL identifier; use letters, digits and _`,
    );
  }
  return schema;
}

/**
 * Creates the event store's tables when missing. Runs under a transaction-scoped advisory lock so
 * that two processes starting together do not race on `create table if not exists`.
 *
 * One table holds everything: the primary key is the global position (the subscription order), the
 * unique (stream_id, revision) index serves stream reads and the per-stream head lookup, and the
 * unique event_id index serves the idempotency check. A separate streams table would cost a write
 * per stream per batch and save only an index probe.
 */
export async function migrate(sql: SqlClient, schema: string): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(hashtext($1))", [`bz-event-store-migrate:${schema}`]);
    await tx.query(`create schema if not exists ${schema}`);
    await tx.query(`
      create table if not exists ${schema}.events (
        global_position bigint primary key,
        stream_id text not null,
        revision integer not null check (revision >= 0),
        event_id uuid not null unique,
        type text not null,
        data jsonb not null,
        metadata jsonb not null,
        recorded_at timestamptz not null default now(),
        unique (stream_id, revision)
      )`);
    await tx.query(appendFunctionSql(schema));
  });
}

/**
 * The server-side append for batches without revision conditions (the recorder's): one statement,
 * so the store's advisory lock is held for the function and the commit only, never across a client
 * round trip (ADR 0056). Inside a VOLATILE plpgsql function each statement takes a fresh snapshot in
 * READ COMMITTED, so the reads after the lock see the rows of the appender it waited for.
 * `p_events` is a JSON array of {ord, stream, id, type, data, meta}, already free of repeated ids;
 * ids stored before are skipped (a retry), the rest numbered after each stream's head and after the
 * store's last position. Returns the rows written and every stream's head after the append.
 */
export function appendFunctionSql(schema: string): string {
  return `
    create or replace function ${schema}.append_events(p_lock text, p_events jsonb)
    returns table (out_written integer, out_heads jsonb)
    language plpgsql volatile
    as $fn$
    declare
      v_last bigint;
    begin
      perform pg_advisory_xact_lock(hashtext(p_lock));
      select coalesce(max(e.global_position), 0) into v_last from ${schema}.events e;
      return query
      with batch as (
        select r.ord, r.stream, r.id, r.type, r.data, r.meta
        from jsonb_to_recordset(p_events)
          as r(ord integer, stream text, id uuid, type text, data jsonb, meta jsonb)
      ),
      fresh as (
        select b.*,
               row_number() over (order by b.ord) as n,
               row_number() over (partition by b.stream order by b.ord) as k
        from batch b
        where not exists (select 1 from ${schema}.events e where e.event_id = b.id)
      ),
      before_append as (
        select s.stream, coalesce(h.revision, -1) as rev, coalesce(h.global_position, 0) as pos
        from (select distinct b.stream from batch b) s
        left join lateral (
          select e.revision, e.global_position from ${schema}.events e
          where e.stream_id = s.stream order by e.revision desc limit 1
        ) h on true
      ),
      inserted as (
        insert into ${schema}.events (global_position, stream_id, revision, event_id, type, data, metadata)
        select v_last + f.n, f.stream, ba.rev + f.k, f.id, f.type, f.data, f.meta
        from fresh f join before_append ba on ba.stream = f.stream
        returning stream_id, revision, global_position
      ),
      after_append as (
        select ba.stream,
               coalesce(max(i.revision), ba.rev) as rev,
               coalesce(max(i.global_position), ba.pos) as pos
        from before_append ba left join inserted i on i.stream_id = ba.stream
        group by ba.stream, ba.rev, ba.pos
      )
      select (select count(*)::integer from inserted),
             coalesce((select jsonb_agg(jsonb_build_array(a.stream, a.rev, a.pos::text)) from after_append a),
                      '[]'::jsonb);
      -- Delivered at commit: subscribers in other processes wake at once instead of polling (a
      -- retry that wrote nothing wakes them for nothing, which is harmless).
      perform pg_notify('${notifyChannel(schema)}', '');
    end
    $fn$`;
}

/** The NOTIFY channel on which appends to `schema` wake subscribers. */
export function notifyChannel(schema: string): string {
  return `bz_events_${schema}`;
}
