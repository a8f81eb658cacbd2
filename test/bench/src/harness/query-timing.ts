// Wall time of each statement as the query API sees it (waiting for a pool connection included),
// grouped by the statement's first words: where a read's time goes between the API and PostgreSQL.
import type { SqlClient, SqlQueryable } from "@bz/sql";

export interface StatementTiming {
  statement: string;
  calls: number;
  meanMs: number;
  p99Ms: number;
}

export interface QueryTimer {
  /** The client to hand the service: every `query` (also inside transactions) is timed. */
  client: SqlClient;
  /** Starts a fresh window; `stop()` returns the window's statements, slowest total first. */
  window(): { stop(): StatementTiming[] };
}

const key = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, 90);

export function timeQueries(inner: SqlClient): QueryTimer {
  let samples: Map<string, number[]> | undefined;
  const timed = (target: SqlQueryable): SqlQueryable["query"] =>
    (async (text: string, params?: unknown[]) => {
      const started = performance.now();
      try {
        return await target.query(text, params);
      } finally {
        if (samples !== undefined) {
          const name = key(text);
          const list = samples.get(name) ?? [];
          list.push(performance.now() - started);
          samples.set(name, list);
        }
      }
    }) as SqlQueryable["query"];
  const client: SqlClient = Object.assign(Object.create(inner) as SqlClient, {
    query: timed(inner),
    transaction: <T>(work: (tx: SqlQueryable) => Promise<T>) =>
      inner.transaction((tx) => work(Object.assign(Object.create(tx) as SqlQueryable, { query: timed(tx) }))),
    listen: inner.listen.bind(inner),
    exec: inner.exec.bind(inner),
    close: inner.close.bind(inner),
  });
  return {
    client,
    window() {
      samples = new Map();
      return {
        stop() {
          const taken = samples ?? new Map<string, number[]>();
          samples = undefined;
          return [...taken.entries()]
            .map(([statement, times]) => {
              const sorted = [...times].sort((a, b) => a - b);
              const total = sorted.reduce((sum, t) => sum + t, 0);
              return {
                statement,
                calls: sorted.length,
                meanMs: Math.round((total / sorted.length) * 100) / 100,
                p99Ms: Math.round((sorted[Math.floor(sorted.length * 0.99)] ?? 0) * 100) / 100,
                total,
              };
            })
            .sort((a, b) => b.total - a.total)
            .slice(0, 10)
            .map(({ total: _total, ...timing }) => timing);
        },
      };
    },
  };
}
