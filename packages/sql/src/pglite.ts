import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createPgliteThreadClient } from "./pglite-thread/client.ts";
import type { SqlClient, SqlQueryable, SqlResult } from "./sql-client.ts";

function wrap(runner: Pick<PGlite, "query">): SqlQueryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<Row>> {
      const result = await runner.query<Row>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
}

/** Options of {@link createPgliteClient}. */
export interface PgliteClientOptions {
  /** Keeps the database on disk; without it the database lives in memory. */
  dataDir?: string;
  /**
   * `main` (the default) runs PGlite on the calling thread; `worker` on a worker thread of its own,
   * so statements run beside the caller's work on another core (ADR 0058).
   */
  thread?: "main" | "worker";
}

/** A {@link SqlClient} on PGlite (PostgreSQL compiled to WebAssembly) in this process. */
export async function createPgliteClient(options: PgliteClientOptions = {}): Promise<SqlClient> {
  // PGlite creates its own folder but not the folders above it.
  if (options.dataDir !== undefined) mkdirSync(dirname(options.dataDir), { recursive: true });
  if (options.thread === "worker") {
    return createPgliteThreadClient(options.dataDir === undefined ? {} : { dataDir: options.dataDir });
  }
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
