import pg from "pg";

/** PostgreSQL's time per statement over a window, from pg_stat_statements, or why there is none. */
export interface StatementStats {
  available: boolean;
  /** Why the figures are missing (e.g. the extension is not in shared_preload_libraries). */
  reason?: string;
  /** The statements of the measured database with the most total execution time, most first. */
  top: { query: string; calls: number; totalMs: number; meanMs: number; rows: number }[];
}

/**
 * Resets pg_stat_statements for the benchmark's database now; `stop()` reads the statements that ran
 * since. The extension must be preloaded by the server (shared_preload_libraries); when it is not,
 * the result says so instead of failing the benchmark.
 */
export async function startStatementStats(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "bz-bench-statements" });
  await client.connect();
  let reason: string | undefined;
  try {
    await client.query("create extension if not exists pg_stat_statements");
    await client.query(
      "select pg_stat_statements_reset(0, (select oid from pg_database where datname = current_database()), 0)",
    );
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  return {
    async stop(limit = 8): Promise<StatementStats> {
      try {
        if (reason !== undefined) return { available: false, reason, top: [] };
        const { rows } = await client.query<{
          query: string;
          calls: string;
          total: number;
          mean: number;
          rows: string;
        }>(
          `select query, calls::text as calls, total_exec_time as total, mean_exec_time as mean, rows::text as rows
             from pg_stat_statements
            where dbid = (select oid from pg_database where datname = current_database())
              and query not like '%pg_stat_statements%'
            order by total_exec_time desc limit $1`,
          [limit],
        );
        return {
          available: true,
          top: rows.map((row) => ({
            query: row.query.replace(/\s+/g, " ").slice(0, 160),
            calls: Number(row.calls),
            totalMs: Math.round(row.total),
            meanMs: Math.round(row.mean * 1000) / 1000,
            rows: Number(row.rows),
          })),
        };
      } catch (error) {
        return { available: false, reason: error instanceof Error ? error.message : String(error), top: [] };
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
}
