import { type BzError, isBzError } from "@bz/errors";
import { describe, expect, it } from "vitest";
import type { StreamAppend } from "../event-store.ts";
import { type ContractContext, expectStoreError, ids, newEvents } from "./context.ts";

/** appendBatch: many streams at once, idempotent, all-or-nothing (or per stream where so declared). */
export function registerBatchContract(ctx: ContractContext): void {
  describe("appendBatch", () => {
    it("appends to many streams at once and repeats as a no-op", async () => {
      const store = ctx.store();
      const batch: StreamAppend[] = Array.from({ length: 20 }, (_, index) => ({
        streamId: ctx.stream(`client-${index}`),
        events: newEvents(3),
      }));
      expect(await store.appendBatch(batch)).toEqual({ written: 60 });
      expect(await store.appendBatch(batch)).toEqual({ written: 0 });
      expect(await store.appendBatch([])).toEqual({ written: 0 });

      const stored = ctx.ours(await store.readAll());
      expect(stored).toHaveLength(60);
      for (const share of batch) {
        const read = await store.readStream(share.streamId);
        expect(ids(read)).toEqual(ids(share.events));
        expect(read.map((event) => event.revision)).toEqual([0, 1, 2]);
      }
    });

    it("writes an event id once when a batch holds it twice, in one share or two", async () => {
      const store = ctx.store();
      const [a, b] = newEvents(2);
      if (a === undefined || b === undefined) throw new Error("events");
      const stream = ctx.stream("dup");
      const result = await store.appendBatch([
        { streamId: stream, events: [a, a] },
        { streamId: ctx.stream("other"), events: [b] },
        { streamId: stream, events: [a, b].filter((event) => event === a) },
      ]);
      expect(result.written).toBe(2);
      expect(ids(await store.readStream(stream))).toEqual(ids([a]));
    });

    it("checks a share's expected revision against the stream as the batch finds it", async () => {
      const store = ctx.store();
      const stream = ctx.stream("checked");
      await store.appendBatch([{ streamId: stream, events: newEvents(1), expectedRevision: "no_stream" }]);
      await store.appendBatch([{ streamId: stream, events: newEvents(2), expectedRevision: 0 }]);
      expect((await store.readStream(stream)).map((event) => event.revision)).toEqual([0, 1, 2]);
    });

    it("writes none of a batch that holds an invalid event", async () => {
      const store = ctx.store();
      const batch: StreamAppend[] = [
        { streamId: ctx.stream("valid-1"), events: newEvents(2) },
        { streamId: ctx.stream("valid-2"), events: newEvents(2) },
        { streamId: ctx.stream("invalid"), events: [{ eventId: "42", type: "ContactDelivered", data: {} }] },
      ];
      await expectStoreError(store.appendBatch(batch), "STORE_INVALID_EVENT");
      expect(ctx.ours(await store.readAll())).toEqual([]);
    });

    // The poison case: data some stores cannot hold (PostgreSQL's jsonb refuses \u0000). A store
    // either keeps it or refuses it with a typed, non-retryable error and writes none of the
    // batch; either way the store keeps working, so a caller can narrow the batch down, set the
    // offender aside and store the rest (as the recorder does).
    it("refuses a poison event with a non-retryable error, or keeps it, and stores the rest after it", async () => {
      const store = ctx.store();
      const good = newEvents(3);
      const poison = {
        eventId: newEvents(1)[0]?.eventId ?? "",
        type: "ContactDelivered",
        data: { note: "nul \u0000 in text" },
      };
      const batch: StreamAppend[] = [
        { streamId: ctx.stream("good"), events: good },
        { streamId: ctx.stream("poison"), events: [poison] },
      ];
      const failure = await store.appendBatch(batch).then(
        () => undefined,
        (error: unknown) => error,
      );
      if (failure !== undefined) {
        expect(isBzError(failure), `expected a platform error, got ${String(failure)}`).toBe(true);
        expect((failure as BzError).retryable).toBe(false);
        expect(ctx.ours(await store.readAll())).toEqual([]);
        expect(await store.appendBatch([batch[0] as StreamAppend])).toEqual({ written: 3 });
        expect(ids(ctx.ours(await store.readAll()))).toEqual(ids(good));
      } else {
        expect(ids(ctx.ours(await store.readAll()))).toEqual(ids([...good, poison]));
      }
      const after = newEvents(2);
      await store.appendBatch([{ streamId: ctx.stream("good"), events: after }]);
      expect(ids(await store.readStream(ctx.stream("good")))).toEqual(ids([...good, ...after]));
    });

    // A batch whose last share expects a stream to be new while it exists.
    async function conflictingBatch(): Promise<StreamAppend[]> {
      const existing = ctx.stream("existing");
      await ctx.store().appendToStream(existing, newEvents(1));
      return [
        { streamId: ctx.stream("new-1"), events: newEvents(2) },
        { streamId: ctx.stream("new-2"), events: newEvents(3) },
        { streamId: existing, events: newEvents(1), expectedRevision: "no_stream" },
      ];
    }

    // Only the variant the store declares is registered: a skipped twin would only blur the summary.
    if (ctx.options.atomicBatch) {
      it("writes none of a batch when one share's revision conflicts", async () => {
        const store = ctx.store();
        const batch = await conflictingBatch();
        await expectStoreError(store.appendBatch(batch), "STORE_WRONG_EXPECTED_REVISION");
        expect(ctx.ours(await store.readAll())).toHaveLength(1);
      });
    } else {
      it("keeps each share whole when a batch fails, and a corrected retry completes it once", async () => {
        const store = ctx.store();
        const batch = await conflictingBatch();
        await expectStoreError(store.appendBatch(batch), "STORE_WRONG_EXPECTED_REVISION");
        for (const share of batch.slice(0, 2)) {
          const stored = (await store.readStream(share.streamId)).length;
          expect([0, share.events.length]).toContain(stored);
        }
        const corrected = batch.map((share) => ({ ...share, expectedRevision: "any" as const }));
        await store.appendBatch(corrected);
        for (const share of batch.slice(0, 2)) {
          expect(ids(await store.readStream(share.streamId))).toEqual(ids(share.events));
        }
      });
    }
  });
}
