import { describe, expect, it } from "vitest";
import { type ContractContext, expectStoreError, ids, newEvents } from "./context.ts";

/** Single-stream appends, reads, expected revisions and idempotency. */
export function registerAppendContract(ctx: ContractContext): void {
  describe("appendToStream and readStream", () => {
    it("appends events and reads them back in order, with revisions from 0", async () => {
      const store = ctx.store();
      const stream = ctx.stream("client");
      const events = newEvents(3);
      const first = events[0];
      if (first !== undefined) first.metadata = { correlationId: "c-1", partner: "envida" };
      const result = await store.appendToStream(stream, events);
      const read = await store.readStream(stream);

      expect(result.written).toBe(3);
      expect(result.nextExpectedRevision).toBe(2);
      expect(read.map((event) => event.revision)).toEqual([0, 1, 2]);
      expect(ids(read)).toEqual(ids(events));
      expect(result.position).toBe(read[2]?.globalPosition);
      expect(read[0]).toMatchObject({
        streamId: stream,
        type: "ContactDelivered",
        data: { index: 0, note: "event 0" },
        metadata: { correlationId: "c-1", partner: "envida" },
      });
      expect(read[1]?.metadata).toEqual({});
      expect(read[0]?.recordedAt).toBeInstanceOf(Date);
      expect(ids(await store.readStream(stream, { fromRevision: 1, maxCount: 1 }))).toEqual(
        ids(events.slice(1, 2)),
      );
      expect(await store.readStream(ctx.stream("never-written"))).toEqual([]);
    });

    it("checks no_stream, stream_exists and a revision number", async () => {
      const store = ctx.store();
      const stream = ctx.stream("expected");
      await expectStoreError(
        store.appendToStream(stream, newEvents(1), { expectedRevision: "stream_exists" }),
        "STORE_WRONG_EXPECTED_REVISION",
      );
      await expectStoreError(
        store.appendToStream(stream, newEvents(1), { expectedRevision: 0 }),
        "STORE_WRONG_EXPECTED_REVISION",
      );
      const created = await store.appendToStream(stream, newEvents(2), { expectedRevision: "no_stream" });
      expect(created.nextExpectedRevision).toBe(1);

      const again = await expectStoreError(
        store.appendToStream(stream, newEvents(1), { expectedRevision: "no_stream" }),
        "STORE_WRONG_EXPECTED_REVISION",
      );
      expect(again.message).toContain(stream);
      await store.appendToStream(stream, newEvents(1), { expectedRevision: "stream_exists" });
      await store.appendToStream(stream, newEvents(1), { expectedRevision: 2 });

      const stale = await expectStoreError(
        store.appendToStream(stream, newEvents(1), { expectedRevision: 1 }),
        "STORE_WRONG_EXPECTED_REVISION",
      );
      // The message names the stream, what was expected and what was found.
      expect(stale.message).toContain(stream);
      expect(stale.message).toMatch(/\b1\b/);
      expect(stale.message).toMatch(/\b3\b/);
      expect((await store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1, 2, 3]);
    });

    it("treats a repeated event id as a no-op, alone or mixed with new events", async () => {
      const store = ctx.store();
      const stream = ctx.stream("idempotent");
      const [a, b, c, d] = newEvents(4);
      if (a === undefined || b === undefined || c === undefined || d === undefined) throw new Error("events");

      const first = await store.appendToStream(stream, [a, b], { expectedRevision: "no_stream" });
      // A retry after a lost acknowledgement repeats the original expected revision: still a no-op.
      const retry = await store.appendToStream(stream, [a, b], { expectedRevision: "no_stream" });
      expect(retry).toEqual({ ...first, written: 0 });

      const mixed = await store.appendToStream(stream, [b, c]);
      expect(mixed.written).toBe(1);
      expect(mixed.nextExpectedRevision).toBe(2);
      const twice = await store.appendToStream(stream, [d, { ...d }]);
      expect(twice.written).toBe(1);

      expect(ids(await store.readStream(stream))).toEqual(ids([a, b, c, d]));
    });

    const unique = ctx.options.eventIdsUniqueAcrossStreams;
    it(`${unique ? "ignores" : "stores"} an event id already stored in another stream`, async () => {
      const store = ctx.store();
      const events = newEvents(1);
      await store.appendToStream(ctx.stream("first"), events);
      const result = await store.appendToStream(ctx.stream("second"), events);
      expect(result.written).toBe(unique ? 0 : 1);
      expect(await store.readStream(ctx.stream("second"))).toHaveLength(unique ? 0 : 1);
    });

    it("rejects an event whose id is not a UUID", async () => {
      const store = ctx.store();
      const stream = ctx.stream("invalid");
      await expectStoreError(
        store.appendToStream(stream, [{ eventId: "not-a-uuid", type: "X", data: {} }]),
        "STORE_INVALID_EVENT",
      );
      expect(await store.readStream(stream)).toEqual([]);
    });

    it("reads all events in strictly increasing global order, after a position", async () => {
      const store = ctx.store();
      for (const label of ["x", "y", "x", "z", "y"])
        await store.appendToStream(ctx.stream(label), newEvents(2));
      const all = ctx.ours(await store.readAll());
      expect(all).toHaveLength(10);
      for (let i = 1; i < all.length; i += 1) {
        expect(all[i]?.globalPosition).toBeGreaterThan(all[i - 1]?.globalPosition ?? -1n);
      }
      const fourth = all[3];
      if (fourth === undefined) throw new Error("no fourth event");
      const rest = ctx.ours(await store.readAll({ after: fourth.globalPosition }));
      expect(ids(rest)).toEqual(ids(all.slice(4)));
      const page = await store.readAll({ after: fourth.globalPosition, maxCount: 2 });
      expect(page).toHaveLength(2);
      expect(page[0]?.globalPosition).toBeGreaterThan(fourth.globalPosition);
    });
  });
}
