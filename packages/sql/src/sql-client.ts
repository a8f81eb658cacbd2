/** A row-returning query result, the common part of pg's and PGlite's. */
export interface SqlResult<Row> {
  rows: Row[];
  rowCount: number;
}

/** Runs parameterised SQL ($1, $2 ...). The same statements run on PostgreSQL and on PGlite. */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<SqlResult<Row>>;
}

/**
 * The read-model and event-store port to a PostgreSQL dialect database: a server reached with pg,
 * or PGlite in this process. `transaction` runs `work` on one connection and commits when it resolves.
 */
export interface SqlClient extends SqlQueryable {
  readonly dialect: "postgres" | "pglite";
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` for each NOTIFY on `channel` (a wake-up hint, never data), and once after a
   * lost listening connection is back, since notifications sent meanwhile are gone. Resolves to a
   * function that stops listening.
   */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /** Runs several statements separated by semicolons, without parameters (schema migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}
