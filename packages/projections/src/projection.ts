import type { RecordedEvent } from "@bz/event-store";
import type { SqlClient, SqlQueryable } from "@bz/sql";

/**
 * A read model fed from the event store's global order. `apply` runs inside the transaction that
 * also moves the projection's checkpoint, so a crash can never apply a batch twice or lose one.
 */
export interface Projection {
  readonly name: string;
  /** Creates the read model's tables when they are missing. */
  migrate(sql: SqlClient): Promise<void>;
  apply(tx: SqlQueryable, events: RecordedEvent[]): Promise<void>;
  /** Empties the read model (for a rebuild); the checkpoint is reset by the caller. */
  reset(tx: SqlQueryable): Promise<void>;
}

const checkpointTable = `
  create table if not exists projection_checkpoints (
    projection text primary key,
    position bigint not null,
    updated_at timestamptz not null default now()
  )`;

/**
 * Runs a projection's schema statements in one transaction under the projection's migration lock:
 * the projector and the query API both create read-model tables, and concurrent DDL would race on
 * PostgreSQL.
 */
export async function migrateProjectionSchema(
  sql: SqlClient,
  name: string,
  statements: readonly string[],
): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(hashtext($1))", [`bz-projection-migrate:${name}`]);
    for (const statement of statements) await tx.query(statement);
  });
}

/** Creates the checkpoint table shared by all projections in a database. */
export async function migrateCheckpoints(sql: SqlClient): Promise<void> {
  await sql.exec(checkpointTable);
}

/** The projection's checkpoint: the global position of the last event it applied, or undefined. */
export async function readCheckpoint(sql: SqlQueryable, projection: string): Promise<bigint | undefined> {
  const { rows } = await sql.query<{ position: string }>(
    "select position::text as position from projection_checkpoints where projection = $1",
    [projection],
  );
  return rows[0] === undefined ? undefined : BigInt(rows[0].position);
}

/**
 * Applies a batch exactly once in effect: inside one transaction it locks the checkpoint row, drops
 * events at or before it (a redelivery after a crash), applies the rest and moves the checkpoint.
 * Returns how many events were applied.
 */
export async function applyBatch(
  sql: SqlClient,
  projection: Projection,
  events: RecordedEvent[],
): Promise<number> {
  if (events.length === 0) return 0;
  return sql.transaction(async (tx) => {
    await tx.query(
      "insert into projection_checkpoints (projection, position) values ($1, -1) on conflict (projection) do nothing",
      [projection.name],
    );
    const { rows } = await tx.query<{ position: string }>(
      "select position::text as position from projection_checkpoints where projection = $1 for update",
      [projection.name],
    );
    const checkpoint = BigInt(rows[0]?.position ?? "-1");
    const fresh = events.filter((event) => event.globalPosition > checkpoint);
    const last = fresh.at(-1);
    if (last === undefined) return 0;
    await projection.apply(tx, fresh);
    await tx.query(
      "update projection_checkpoints set position = $2, updated_at = now() where projection = $1",
      [projection.name, last.globalPosition.toString()],
    );
    return fresh.length;
  });
}

/** Empties a projection's read model and its checkpoint in one transaction, ready for a replay. */
export async function resetProjection(sql: SqlClient, projection: Projection): Promise<void> {
  await sql.transaction(async (tx) => {
    await projection.reset(tx);
    await tx.query("delete from projection_checkpoints where projection = $1", [projection.name]);
  });
}
