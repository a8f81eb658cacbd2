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
  });
}
