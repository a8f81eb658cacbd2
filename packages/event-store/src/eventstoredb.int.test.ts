import { randomUUID } from "node:crypto";
import { createEventStoreDbStore, type EventStore } from "@bz/event-store";
import { runEventStoreContract } from "@bz/event-store/testing";
import { eventStoreDbTarget } from "@bz/testkit";
import { afterEach, describe, expect, it } from "vitest";

// The run's EventStoreDB: EVENTSTORE_URL, or the KurrentDB container the global set-up started where
// Docker answers. Without either, every test below is registered as skipped, under one block whose
// title carries the reason (scripts/run-tests.ts prints it once and counts each test).
const target = eventStoreDbTarget();
const url = target.url ?? "";
const suite = target.url === undefined ? describe.skip : describe;
const title = target.url === undefined ? `EventStoreDB (skipped: ${target.skipReason})` : "EventStoreDB";

const newEvent = () => ({ eventId: randomUUID(), type: "ContactDelivered", data: { note: "n" } });

suite(title, () => {
  // One server for all tests: the suite only looks at its own, uniquely named streams.
  runEventStoreContract(
    "EventStoreDB",
    async () => ({
      store: await createEventStoreDbStore({ connectionString: url }),
      cleanup: async () => undefined,
    }),
    // No multi-stream transaction, and the server allows one event id in several streams. The gap
    // test runs unchanged: $all is one log, so a subscriber cannot pass an event still being written.
    { atomicBatch: false, eventIdsUniqueAcrossStreams: false },
  );

  describe("appends from the stream's tail", () => {
    const open: EventStore[] = [];
    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
    });
    const store = async (options: { dedupeWindow?: number } = {}) => {
      const created = await createEventStoreDbStore({ connectionString: url, ...options });
      open.push(created);
      return created;
    };

    it("given two recorders on one stream, a remembered tail gone stale is refused by the server and read again", async () => {
      const stream = `tail-${randomUUID()}`;
      const [first, second] = [await store(), await store()];
      const a = [newEvent(), newEvent()];
      const b = [newEvent()];
      await first.appendToStream(stream, a);
      await second.appendToStream(stream, b);
      // first still remembers revision 1; the server is at 2.
      const c = [newEvent()];
      expect(await first.appendToStream(stream, c)).toMatchObject({ written: 1, nextExpectedRevision: 3 });
      // first never saw b, yet a retry of it is a no-op: the re-read tail holds its id.
      expect(await first.appendToStream(stream, b)).toMatchObject({ written: 0, nextExpectedRevision: 3 });
      const read = await first.readStream(stream);
      expect(read.map((e) => e.eventId)).toEqual([...a, ...b, ...c].map((e) => e.eventId));
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    });

    it("finds a retried append within the window however long the stream is, and says what lies beyond", async () => {
      const stream = `window-${randomUUID()}`;
      const small = await store({ dedupeWindow: 3 });
      const retried = [newEvent()];
      await small.appendToStream(stream, retried);
      for (let i = 0; i < 3; i += 1) await small.appendToStream(stream, [newEvent()]);
      // Three events later the id is still in the window: a no-op.
      expect((await small.appendToStream(stream, retried)).written).toBe(0);
      await small.appendToStream(stream, [newEvent()]);
      // Beyond the window the store writes it again (ADR 0045): the read models keep the first copy.
      const fresh = await store({ dedupeWindow: 3 });
      expect((await fresh.appendToStream(stream, retried)).written).toBe(1);
      const ids = (await fresh.readStream(stream)).map((e) => e.eventId);
      expect(ids.filter((id) => id === retried[0]?.eventId)).toHaveLength(2);
    });
  });
});
