import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmbeddedEventStore, createSqlEventStore } from "@bz/event-store";
import { runEventStoreContract } from "@bz/event-store/testing";
import { createPgliteClient, type SqlClient } from "@bz/sql";
import { afterAll, describe, expect, it } from "vitest";

// Starting PGlite takes about a second, so the file shares one in-memory database and gives each
// contract test a fresh store in its own schema.
let shared: Promise<SqlClient> | undefined;
let sharedOnWorker: Promise<SqlClient> | undefined;
afterAll(async () => {
  await (await shared)?.close();
  await (await sharedOnWorker)?.close();
});

runEventStoreContract("embedded (PGlite)", async () => {
  shared ??= createPgliteClient();
  const sql = await shared;
  const schema = `es_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  return {
    store: await createSqlEventStore(sql, { schema, pollIntervalMs: 50 }),
    cleanup: () => sql.exec(`drop schema ${schema} cascade`),
  };
});

// The same store with PGlite on a worker thread of its own (ADR 0058): every statement crosses a
// thread, the subscription's wake-ups arrive as messages.
runEventStoreContract("embedded (PGlite on a worker thread)", async () => {
  sharedOnWorker ??= createPgliteClient({ thread: "worker" });
  const sql = await sharedOnWorker;
  const schema = `es_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  return {
    store: await createSqlEventStore(sql, { schema, pollIntervalMs: 50 }),
    cleanup: () => sql.exec(`drop schema ${schema} cascade`),
  };
});

describe("embedded event store on disk", () => {
  it("keeps its events across a restart on the same data folder", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "bz-event-store-"));
    try {
      const events = [1, 2, 3].map((index) => ({
        eventId: randomUUID(),
        type: "ContactDelivered",
        data: { index },
      }));
      const first = await createEmbeddedEventStore({ dataDir });
      await first.appendToStream("client-1", events.slice(0, 2));
      await first.close();

      const reopened = await createEmbeddedEventStore({ dataDir });
      try {
        // The reopened store continues the stream and the global order, and still knows the old ids.
        const result = await reopened.appendToStream("client-1", events, { expectedRevision: 1 });
        expect(result).toMatchObject({ written: 1, nextExpectedRevision: 2 });
        const all = await reopened.readAll();
        expect(all.map((event) => event.eventId)).toEqual(events.map((event) => event.eventId));
        expect(all.map((event) => event.globalPosition)).toEqual([1n, 2n, 3n]);
      } finally {
        await reopened.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
