import pg from "pg";

/** PostgreSQL's time per statement over a window, from pg_stat_statements, or why there is none. */
export interface StatementStats {
  available: boolean;
  /** Why the figures are missing (e.g. the extension is not in shared_preload_libraries). */
  reason?: string;
  /** The statements of the measured database with the most total execution time, most first. */
  top: { query: string; calls: number; totalMs: number; meanMs: number; rows: number }[];
  /**
   * Without pg_stat_statements: active-session samples of pg_stat_activity (every `intervalMs`),
   * per statement and wait event, most first. A statement's share of the samples is its share of
   * the backends' busy time; `backends` is the mean number of backends busy on it.
   */
  sampled?: {
    intervalMs: number;
    samples: number;
    top: { query: string; wait: string; share: number; backends: number }[];
  };
}

/**
 * Samples the active backends of one database (pg_stat_activity, as ASH does) until stopped: a
 * statement profile of the server that needs no preloaded extension. One cheap query per interval.
 */
function sampleActiveSessions(client: pg.Client, intervalMs = 20) {
  const counts = new Map<string, { query: string; wait: string; n: number }>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const { rows } = await client.query<{ query: string; wait: string }>(
        `select left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query,
                coalesce(wait_event_type || ':' || wait_event, 'CPU') as wait
           from pg_stat_activity
          where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
      );
      samples += 1;
      for (const row of rows) {
        const key = `${row.query}\u0000${row.wait}`;
        const entry = counts.get(key) ?? { query: row.query, wait: row.wait, n: 0 };
        entry.n += 1;
        counts.set(key, entry);
      }
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, intervalMs - (performance.now() - started))),
      );
    }
  })();
  return {
    async stop(limit: number): Promise<NonNullable<StatementStats["sampled"]>> {
      running = false;
      await loop;
      const total = [...counts.values()].reduce((sum, e) => sum + e.n, 0);
      return {
        intervalMs,
        samples,
        top: [...counts.values()]
          .sort((a, b) => b.n - a.n)
          .slice(0, limit)
          .map((e) => ({
            query: e.query,
            wait: e.wait,
            share: total === 0 ? 0 : Math.round((e.n / total) * 1000) / 10,
            backends: samples === 0 ? 0 : Math.round((e.n / samples) * 100) / 100,
          })),
      };
    },
  };
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
  const sampler = reason === undefined ? undefined : sampleActiveSessions(client);
  return {
    async stop(limit = 8): Promise<StatementStats> {
      try {
        if (reason !== undefined) {
          const sampled = await sampler?.stop(limit);
          return { available: false, reason, top: [], ...(sampled === undefined ? {} : { sampled }) };
        }
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
