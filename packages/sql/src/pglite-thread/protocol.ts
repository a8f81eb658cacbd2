/**
 * The messages between a {@link createPgliteClient} `thread: "worker"` client and the worker that
 * owns the PGlite database. Values cross by structured clone (rows, Dates, bigints, Uint8Arrays).
 */

/** What the client asks. `tx` names an open transaction; without it a statement runs on its own. */
export type Request =
  | { id: number; op: "query"; sql: string; params: unknown[]; tx?: number }
  | { id: number; op: "exec"; sql: string }
  | { id: number; op: "begin"; tx: number }
  | { id: number; op: "end"; tx: number; commit: boolean }
  | { id: number; op: "listen"; channel: string }
  | { id: number; op: "unlisten"; channel: string }
  | { id: number; op: "close" };

/** A driver error's fields as the port's error tables read them (SQLSTATE `code`, `detail` ...). */
export interface ErrorFields {
  message: string;
  name: string;
  fields: Record<string, string | number | undefined>;
}

/** A request answered. */
export interface Done {
  id: number;
  ok: true;
  rows?: unknown[];
  rowCount?: number;
}

/** What the worker answers: a reply to one request, or a notification on a channel. */
export type Reply = Done | { id: number; ok: false; error: ErrorFields } | { notify: string };

/** What the worker is started with. */
export interface WorkerData {
  dataDir?: string;
}
