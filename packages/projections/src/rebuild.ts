import type { EventStore } from "@bz/event-store";
import type { SqlClient, SqlQueryable } from "@bz/sql";
import { applyBatch, migrateCheckpoints, type Projection, readCheckpoint } from "./projection.ts";

/** Progress of a rebuild, after each batch. */
export interface RebuildProgress {
  projection: string;
  /** Global position of the last event replayed. */
  position: bigint;
  /** Events replayed so far. */
  replayed: number;
}

/** Options of {@link rebuildProjection}. */
export interface RebuildOptions {
  store: EventStore;
  sql: SqlClient;
  projection: Projection;
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
}

/** The schema a projection is rebuilt in, beside the live one. */
export function shadowSchemaOf(projection: Projection): string {
  return `rebuild_${projection.name.replace(/[^a-z0-9]+/g, "_")}`;
}

/**
 * The same database seen through another schema: every statement runs in a transaction whose
 * search_path is `schema` alone, so a projection's unqualified tables land there.
 */
function inSchema(sql: SqlClient, schema: string): SqlClient {
  const run = <T>(work: (tx: SqlQueryable) => Promise<T>) =>
    sql.transaction(async (tx) => {
      await tx.query(`set local search_path to ${schema}`);
      return work(tx);
    });
  return {
    dialect: sql.dialect,
    query: (statement, params) => run((tx) => tx.query(statement, params)),
    transaction: run,
    async exec(statements) {
      await run(async (tx) => {
        for (const statement of statements.split(";").filter((s) => s.trim() !== ""))
          await tx.query(statement);
      });
    },
    listen: (channel, onNotify) => sql.listen(channel, onNotify),
    close: async () => {},
  };
}

async function tablesIn(sql: SqlQueryable, schema: string): Promise<string[]> {
  const { rows } = await sql.query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = $1 and tablename <> 'projection_checkpoints' order by 1",
    [schema],
  );
  return rows.map((row) => row.name);
}

/**
 * Replays the whole event store into a fresh copy of the read model in a schema of its own while
 * the live one keeps answering, then swaps it in atomically: one transaction locks the live
 * checkpoint (the live projector waits), replaces the live tables with the fresh ones and sets the
 * checkpoint; if the live copy got ahead of the replay it rolls back, catches up and tries again.
 * Returns the checkpoint the fresh copy was swapped in at.
 */
export async function rebuildProjection(options: RebuildOptions): Promise<bigint> {
  const { sql, store, projection } = options;
  const batchSize = options.batchSize ?? 1000;
  const schema = shadowSchemaOf(projection);
  await migrateCheckpoints(sql);
  await projection.migrate(sql);
  await sql.exec(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  const shadow = inSchema(sql, schema);
  await migrateCheckpoints(shadow);
  await projection.migrate(shadow);
  let after = -1n;
  let replayed = 0;
  const catchUp = async () => {
    for (;;) {
      const events = await store.readAll({ ...(after < 0n ? {} : { after }), maxCount: batchSize });
      const last = events.at(-1);
      if (last === undefined) return;
      replayed += await applyBatch(shadow, projection, events);
      after = last.globalPosition;
      options.onProgress?.({ projection: projection.name, position: after, replayed });
    }
  };
  // The swap never reads the store inside its transaction (PGlite runs one transaction at a time):
  // when the live copy got ahead meanwhile, the swap is rolled back, the replay catches up, and it
  // tries again.
  for (let attempt = 0; ; attempt++) {
    await catchUp();
    const swapped = await sql.transaction(async (tx) => {
      await tx.query(
        "insert into projection_checkpoints (projection, position) values ($1, -1) on conflict (projection) do nothing",
        [projection.name],
      );
      const { rows } = await tx.query<{ position: string }>(
        "select position::text as position from projection_checkpoints where projection = $1 for update",
        [projection.name],
      );
      const live = BigInt(rows[0]?.position ?? "-1");
      if (live > after) return undefined;
      for (const table of await tablesIn(tx, schema)) {
        await tx.query(`drop table if exists public.${table}`);
        await tx.query(`alter table ${schema}.${table} set schema public`);
      }
      await tx.query(
        "update projection_checkpoints set position = $2, updated_at = now() where projection = $1",
        [projection.name, after.toString()],
      );
      await tx.query(`drop schema ${schema} cascade`);
      return after;
    });
    if (swapped !== undefined) return swapped;
    if (attempt >= 100) {
      throw new Error(
        `rebuild of ${projection.name} could not catch up with the live projection in 100 attempts`,
      );
    }
  }
}

/** A projection's state for `platform projections status`. */
export interface ProjectionStatus {
  projection: string;
  checkpoint: bigint | undefined;
  lastError: { at: string; message: string } | undefined;
}

const errorTable = `create table if not exists projection_errors (
  projection text primary key,
  at timestamptz not null default now(),
  message text not null
)`;

/** Records why a projection stopped (shown by `platform projections status`); cleared by a rebuild. */
export async function recordProjectionError(
  sql: SqlClient,
  projection: string,
  error: unknown,
): Promise<void> {
  await sql.exec(errorTable);
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  await sql.query(
    `insert into projection_errors (projection, message) values ($1, $2)
     on conflict (projection) do update set at = now(), message = excluded.message`,
    [projection, message.slice(0, 2000)],
  );
}

/** Forgets a projection's last error (after a successful rebuild). */
export async function clearProjectionError(sql: SqlClient, projection: string): Promise<void> {
  await sql.exec(errorTable);
  await sql.query("delete from projection_errors where projection = $1", [projection]);
}

/** Checkpoint and last error of each named projection. */
export async function projectionStatus(
  sql: SqlClient,
  names: readonly string[],
): Promise<ProjectionStatus[]> {
  await migrateCheckpoints(sql);
  await sql.exec(errorTable);
  const statuses: ProjectionStatus[] = [];
  for (const name of names) {
    const { rows } = await sql.query<{ at: Date | string; message: string }>(
      "select at, message from projection_errors where projection = $1",
      [name],
    );
    const error = rows[0];
    statuses.push({
      projection: name,
      checkpoint: await readCheckpoint(sql, name),
      lastError:
        error === undefined ? undefined : { at: new Date(error.at).toISOString(), message: error.message },
    });
  }
  return statuses;
}
