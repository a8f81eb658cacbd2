import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SqlClient, SqlQueryable, SqlResult } from "./sql-client.ts";

function wrap(runner: Pick<PGlite, "query">): SqlQueryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<Row>> {
      const result = await runner.query<Row>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}

/**
 * A {@link SqlClient} on PGlite (PostgreSQL compiled to WebAssembly) in this process. `dataDir`
 * keeps the database on disk; without it the database lives in memory.
 */
export async function createPgliteClient(options: { dataDir?: string } = {}): Promise<SqlClient> {
  // PGlite creates its own folder but not the folders above it.
  if (options.dataDir !== undefined) mkdirSync(dirname(options.dataDir), { recursive: true });
  const db = options.dataDir === undefined ? new PGlite() : new PGlite(options.dataDir);
  await db.waitReady;
  const direct = wrap(db);
  return {
    dialect: "pglite",
    query: direct.query,
    transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      return db.transaction((tx) => work(wrap(tx)));
    },
    async listen(channel: string, onNotify: () => void) {
      // In process: PGlite dispatches a NOTIFY to its listeners right after the commit.
      const unlisten = await db.listen(channel, () => onNotify());
      return async () => {
        await unlisten();
      };
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async close() {
      await db.close();
    },
  };
}
