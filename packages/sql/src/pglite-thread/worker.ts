// The thread that owns a PGlite database for a client on another thread (client.ts). PGlite runs a
// statement synchronously on the thread that calls it; here that thread is this one, so the
// database and the pipeline that uses it run on two cores.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { ErrorFields, Reply, Request, WorkerData } from "./protocol.ts";

const port = parentPort;
if (port === null) throw new Error("pglite-thread/worker.ts runs only as a worker thread");
const { dataDir } = workerData as WorkerData;
const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);

interface OpenTransaction {
  tx: Transaction;
  end(commit: boolean): void;
  done: Promise<void>;
}
const transactions = new Map<number, OpenTransaction>();
const listeners = new Map<string, () => Promise<void>>();

/** Why the rollback happened, for PGlite's transaction() to see: it rolls back when work throws. */
class RolledBack extends Error {}

function fieldsOf(error: unknown): ErrorFields {
  const source = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  const fields: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === "string" || typeof value === "number") fields[key] = value;
  }
  return {
    message: error instanceof Error ? error.message : String(error),
    name: error instanceof Error ? error.name : "Error",
    fields,
  };
}

function begin(id: number): Promise<OpenTransaction> {
  return new Promise((opened, failed) => {
    let end: (commit: boolean) => void = () => undefined;
    const ended = new Promise<boolean>((resolve) => {
      end = resolve;
    });
    const done = db
      .transaction(async (tx) => {
        opened({ tx, end, done });
        if (!(await ended)) throw new RolledBack(`transaction ${id} rolled back`);
      })
      .then(() => undefined);
    done.catch(failed);
  });
}

async function handle(request: Request): Promise<Reply> {
  switch (request.op) {
    case "query": {
      const runner = request.tx === undefined ? db : transactions.get(request.tx)?.tx;
      if (runner === undefined) throw new Error(`no open transaction ${request.tx}`);
      const result = await runner.query(request.sql, request.params);
      return {
        id: request.id,
        ok: true,
        rows: result.rows,
        rowCount: result.affectedRows ?? result.rows.length,
      };
    }
    case "exec":
      await db.exec(request.sql);
      return { id: request.id, ok: true };
    case "begin":
      transactions.set(request.tx, await begin(request.tx));
      return { id: request.id, ok: true };
    case "end": {
      const open = transactions.get(request.tx);
      if (open === undefined) throw new Error(`no open transaction ${request.tx}`);
      transactions.delete(request.tx);
      open.end(request.commit);
      try {
        await open.done;
      } catch (error) {
        if (!(error instanceof RolledBack)) throw error;
      }
      return { id: request.id, ok: true };
    }
    case "listen": {
      if (!listeners.has(request.channel)) {
        const channel = request.channel;
        listeners.set(
          channel,
          await db.listen(channel, () => port?.postMessage({ notify: channel } satisfies Reply)),
        );
      }
      return { id: request.id, ok: true };
    }
    case "unlisten": {
      await listeners.get(request.channel)?.();
      listeners.delete(request.channel);
      return { id: request.id, ok: true };
    }
    case "close":
      await db.close();
      return { id: request.id, ok: true };
  }
}

port.on("message", (request: Request) => {
  handle(request).then(
    (reply) => port.postMessage(reply),
    (error: unknown) =>
      port.postMessage({ id: request.id, ok: false, error: fieldsOf(error) } satisfies Reply),
  );
});
await db.waitReady;
port.postMessage({ id: 0, ok: true } satisfies Reply);
