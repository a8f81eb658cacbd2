import { createPgliteClient, createPostgresClient, prepared, type SqlClient } from "@bz/sql";
import type { EventStore, RecordedEvent } from "./event-store.ts";
import { openSubscriptions } from "./open-subscriptions.ts";
import { pollingSubscription } from "./polling-subscription.ts";
import { appendShares } from "./sql-append.ts";
import { checkSchemaName, migrate, notifyChannel } from "./sql-schema.ts";
import { toStoreError } from "./store-errors.ts";

/** Options of {@link createSqlEventStore}. */
export interface SqlEventStoreOptions {
  /** Schema that holds the store's table; default "event_store". Tests give each store its own. */
  schema?: string;
  /** How long an idle subscription waits before reading again; default 150 ms. */
  pollIntervalMs?: number;
  /** Close `sql` on {@link EventStore.close}; default false, as the client may serve read models too. */
  closeClient?: boolean;
}

interface EventRow {
  global_position: string;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  recorded_at: Date;
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    streamId: row.stream_id,
    revision: row.revision,
    globalPosition: BigInt(row.global_position),
    eventId: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: new Date(row.recorded_at),
  };
}

// Adapters turn driver errors into the port's by one table (store-errors.ts): passing troubles are
// retryable, a value the database cannot store is the caller's to fix. Anything else is unexpected.
const portError = toStoreError;

async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw portError(error);
  }
}

// Positions travel as text (pg returns int8 as string, PGlite as bigint). Queries order by
// e.global_position, qualified: a bare name would sort by this text alias, lexicographically.
const columns =
  "e.global_position::text as global_position, e.stream_id, e.revision, e.event_id::text as event_id, e.type, e.data, e.metadata, e.recorded_at";

/**
 * The event store on a PostgreSQL-dialect {@link SqlClient}: the same code serves a PostgreSQL
 * server and embedded PGlite. Creates its table on start when missing.
 */
export async function createSqlEventStore(
  sql: SqlClient,
  options: SqlEventStoreOptions = {},
): Promise<EventStore> {
  const schema = checkSchemaName(options.schema ?? "event_store");
  const pollIntervalMs = options.pollIntervalMs ?? 150;
  await mapped(() => migrate(sql, schema));
  // The reads every projector batch and query API request make, as prepared statements of this schema.
  const readAllStatement =
    prepared(`select ${columns} from ${schema}.events e where e.global_position > $1::bigint
         order by e.global_position limit $2`);
  const readStreamStatement =
    prepared(`select ${columns} from ${schema}.events e where e.stream_id = $1 and e.revision >= $2
           order by e.revision limit $3`);

  // Subscriptions in this process wake on a local append instead of waiting for the next poll.
  const waiters = new Set<() => void>();
  const wakeAll = () => {
    for (const wake of [...waiters]) wake();
  };
  const subscriptions = openSubscriptions();
  let closed = false;
  // Appends by other processes (the recorder, when this is the projector) arrive as NOTIFY on a
  // dedicated connection, opened with the first subscription; polling stays as the safety net.
  let unlisten: Promise<() => Promise<void>> | undefined;
  const listenForAppends = () => {
    unlisten ??= sql.listen(notifyChannel(schema), wakeAll).catch(() => async () => undefined);
  };

  const readAll = (readOptions: { after?: bigint; maxCount?: number } = {}) =>
    mapped(async () => {
      const { rows } = await sql.query<EventRow>(readAllStatement, [
        (readOptions.after ?? 0n).toString(),
        readOptions.maxCount ?? null,
      ]);
      return rows.map(toRecorded);
    });

  return {
    async appendToStream(streamId, events, appendOptions = {}) {
      const outcome = await mapped(() =>
        appendShares(sql, schema, [
          { streamId, events, expectedRevision: appendOptions.expectedRevision ?? "any" },
        ]),
      );
      if (outcome.written > 0) wakeAll();
      const head = outcome.heads.get(streamId) ?? { revision: -1, position: 0n };
      return { nextExpectedRevision: head.revision, position: head.position, written: outcome.written };
    },

    async appendBatch(appends) {
      if (appends.length === 0) return { written: 0 };
      const outcome = await mapped(() => appendShares(sql, schema, appends));
      if (outcome.written > 0) wakeAll();
      return { written: outcome.written };
    },

    readStream(streamId, readOptions = {}) {
      return mapped(async () => {
        const { rows } = await sql.query<EventRow>(readStreamStatement, [
          streamId,
          readOptions.fromRevision ?? 0,
          readOptions.maxCount ?? null,
        ]);
        return rows.map(toRecorded);
      });
    },

    readAll,

    subscribeToAll(subscribeOptions) {
      const source = {
        readAll,
        waitForAppend: (ms: number) =>
          new Promise<void>((resolve) => {
            const wake = () => {
              clearTimeout(timer);
              waiters.delete(wake);
              resolve();
            };
            const timer = setTimeout(wake, ms);
            waiters.add(wake);
          }),
      };
      listenForAppends();
      const subscription = pollingSubscription(source, subscribeOptions, pollIntervalMs);
      return subscriptions.track(subscription);
    },

    async close() {
      if (closed) return;
      closed = true;
      await subscriptions.stopAll();
      await (await unlisten)?.();
      if (options.closeClient === true) await sql.close();
    },
  };
}

/** Options of {@link createPostgresEventStore}. */
export interface PostgresEventStoreOptions extends Omit<SqlEventStoreOptions, "closeClient"> {
  connectionString: string;
}

/** The event store on a PostgreSQL server; owns its connection pool and closes it on close(). */
export async function createPostgresEventStore(options: PostgresEventStoreOptions): Promise<EventStore> {
  const { connectionString, ...storeOptions } = options;
  const sql = createPostgresClient({ connectionString, applicationName: "bz-event-store" });
  try {
    return await createSqlEventStore(sql, { ...storeOptions, closeClient: true });
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw error;
  }
}

/** Options of {@link createEmbeddedEventStore}. */
export interface EmbeddedEventStoreOptions extends Omit<SqlEventStoreOptions, "closeClient"> {
  /** Folder that keeps the data across restarts; in memory when absent. */
  dataDir?: string;
}

/** The event store embedded in this process (PGlite running the PostgreSQL adapter). */
export async function createEmbeddedEventStore(options: EmbeddedEventStoreOptions = {}): Promise<EventStore> {
  const { dataDir, ...storeOptions } = options;
  const sql = await createPgliteClient(dataDir === undefined ? {} : { dataDir });
  try {
    return await createSqlEventStore(sql, { ...storeOptions, closeClient: true });
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw error;
  }
}
