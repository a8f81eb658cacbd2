import { Worker } from "node:worker_threads";
import type { SqlClient, SqlQueryable, SqlResult } from "../sql-client.ts";
import type { Done, ErrorFields, Reply, Request, WorkerData } from "./protocol.ts";

type Pending = { resolve(reply: Done): void; reject(error: Error): void };
type Ask = Request extends infer R ? (R extends Request ? Omit<R, "id"> : never) : never;

/** A driver error rebuilt on this side, with the fields the port's error tables read (`code` ...). */
function rebuilt(error: ErrorFields): Error {
  const result = new Error(error.message);
  result.name = error.name;
  return Object.assign(result, error.fields, { message: error.message });
}

/**
 * A {@link SqlClient} whose PGlite database lives on a worker thread (worker.ts), so a statement
 * runs on another core while this thread goes on. The same SQL, transactions and NOTIFY as the
 * in-process client; each statement costs a message each way.
 */
export async function createPgliteThreadClient(options: WorkerData = {}): Promise<SqlClient> {
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { workerData: options });
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<() => void>>();
  let nextId = 1;
  let nextTx = 1;
  let failure: Error | undefined;

  const ready = new Promise<void>((resolve, reject) => {
    pending.set(0, { resolve: () => resolve(), reject });
  });
  worker.on("message", (reply: Reply) => {
    if ("notify" in reply) {
      for (const onNotify of listeners.get(reply.notify) ?? []) onNotify();
      return;
    }
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiting?.resolve(reply);
    else waiting?.reject(rebuilt(reply.error));
  });
  const fail = (error: Error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the PGlite worker thread exited (code ${code})`)));
  await ready;

  const ask = (request: Ask): Promise<Done> => {
    if (failure !== undefined) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  };
  const queryable = (tx?: number): SqlQueryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<Row>> {
      const reply = await ask({ op: "query", sql, params: [...params], ...(tx === undefined ? {} : { tx }) });
      return { rows: (reply.rows ?? []) as Row[], rowCount: reply.rowCount ?? 0 };
    },
  });
  const direct = queryable();

  return {
    dialect: "pglite",
    query: direct.query,
    async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
      const tx = nextTx++;
      await ask({ op: "begin", tx });
      let result: T;
      try {
        result = await work(queryable(tx));
      } catch (error) {
        await ask({ op: "end", tx, commit: false });
        throw error;
      }
      await ask({ op: "end", tx, commit: true });
      return result;
    },
    async listen(channel: string, onNotify: () => void) {
      let set = listeners.get(channel);
      if (set === undefined) {
        set = new Set();
        listeners.set(channel, set);
        await ask({ op: "listen", channel });
      }
      set.add(onNotify);
      return async () => {
        set.delete(onNotify);
        if (set.size === 0 && listeners.get(channel) === set) {
          listeners.delete(channel);
          await ask({ op: "unlisten", channel });
        }
      };
    },
    async exec(sql: string) {
      await ask({ op: "exec", sql });
    },
    async close() {
      if (failure === undefined) await ask({ op: "close" });
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}
