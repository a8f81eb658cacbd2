import pg from "pg";
import { preparedNameOf } from "./prepared.ts";
import type { SqlClient, SqlQueryable, SqlResult } from "./sql-client.ts";

// bigint columns come back as strings by default; keep them exact as bigint is not JSON-safe either way.
function wrap(runner: pg.Pool | pg.PoolClient): SqlQueryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<Row>> {
      const name = preparedNameOf(sql);
      const result =
        name === undefined
          ? await runner.query(sql, params as unknown[])
          : await runner.query({ name, text: sql, values: params as unknown[] });
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
  };
}

/** Options of {@link createPostgresClient}. */
export interface PostgresClientOptions {
  connectionString: string;
  /** Pool size; a projector or recorder needs few connections. */
  max?: number;
  applicationName?: string;
}

/** A {@link SqlClient} on a PostgreSQL server through a pg connection pool. */
export function createPostgresClient(options: PostgresClientOptions): SqlClient {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 5,
    application_name: options.applicationName ?? "blauwe-zorg",
  });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  const direct = wrap(pool);
  const listeners = new Set<() => Promise<void>>();
  return {
    dialect: "postgres",
    query: direct.query,
    async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // A socket reset while checked out is reported here as well as to the running query; without
      // a listener it would be an unhandled 'error' event and end the process.
      const ignore = () => undefined;
      client.on("error", ignore);
      try {
        await client.query("begin");
        const result = await work(wrap(client));
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => undefined);
        throw error;
      } finally {
        client.off("error", ignore);
        client.release();
      }
    },
    listen(channel: string, onNotify: () => void) {
      const stop = listenOn(options, channel, onNotify);
      listeners.add(stop);
      return Promise.resolve(async () => {
        listeners.delete(stop);
        await stop();
      });
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      listeners.clear();
      await pool.end();
    },
  };
}

const channelName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * LISTEN on a dedicated connection (a pooled one would be closed when idle and lose its LISTEN).
 * A lost connection is re-opened after a second, then `onNotify` runs once to catch up.
 */
function listenOn(
  options: PostgresClientOptions,
  channel: string,
  onNotify: () => void,
): () => Promise<void> {
  if (!channelName.test(channel)) throw new Error(`LISTEN channel "${channel}" is not a plain identifier`);
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = async (reconnect: boolean) => {
    if (stopped) return;
    const next = new pg.Client({
      connectionString: options.connectionString,
      application_name: `${options.applicationName ?? "blauwe-zorg"}-listen`,
    });
    const lost = () => {
      if (client !== next) return;
      client = undefined;
      next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect(true), 1_000);
    };
    next.on("error", lost);
    next.on("end", lost);
    next.on("notification", () => onNotify());
    client = next;
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
      if (reconnect) onNotify();
    } catch {
      lost();
    }
  };
  void connect(false);
  return async () => {
    stopped = true;
    if (retry !== undefined) clearTimeout(retry);
    const current = client;
    client = undefined;
    await current?.end().catch(() => undefined);
  };
}
