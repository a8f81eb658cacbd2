import { randomUUID } from "node:crypto";
import { createSqlEventStore } from "@bz/event-store";
import { runEventStoreContract } from "@bz/event-store/testing";
import { createPostgresClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { expect, it } from "vitest";

const db = useTestDatabase();

// One database for the file, one schema per store: every test starts from an empty store.
async function makeStore() {
  const sql = createPostgresClient({ connectionString: db.url, max: 6 });
  const schema = `es_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const store = await createSqlEventStore(sql, { schema, closeClient: false, pollIntervalMs: 50 });
  return {
    store,
    async cleanup() {
      await sql.exec(`drop schema ${schema} cascade`);
      await sql.close();
    },
  };
}

runEventStoreContract("PostgreSQL", makeStore);

it("rejects data PostgreSQL cannot store as STORE_INVALID_EVENT, writing none of the batch", async () => {
  const { store, cleanup } = await makeStore();
  try {
    const good = { eventId: randomUUID(), type: "ContactDelivered", data: { note: "fine" } };
    const bad = { eventId: randomUUID(), type: "ContactDelivered", data: { note: "nul \u0000 inside" } };
    await expect(
      store.appendBatch([
        { streamId: "pg-a", events: [good] },
        { streamId: "pg-b", events: [bad] },
      ]),
    ).rejects.toMatchObject({ code: "STORE_INVALID_EVENT" });
    expect(await store.readAll()).toEqual([]);
  } finally {
    await store.close();
    await cleanup();
  }
});
