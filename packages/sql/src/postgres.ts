import pg from "pg";
import type { SqlClient, SqlQueryable, SqlResult } from "./sql-client.ts";

// bigint columns come back as strings by default; keep them exact as bigint is not JSON-safe either way.
function wrap(runner: pg.Pool | pg.PoolClient): SqlQueryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<Row>> {
      const result = await runner.query(sql, params as unknown[]);
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
    async exec(sql: string) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
