import { waitFor } from "@bz/testkit";
import { describe, expect, it } from "vitest";
import type { RecordedEvent, Subscription } from "../event-store.ts";
import { type ContractContext, ids, newEvents } from "./context.ts";

/** A subscription that collects this test's events and records whether `handle` ever overlapped. */
function collect(ctx: ContractContext, after?: bigint, batchSize?: number) {
  const seen: RecordedEvent[] = [];
  let running = false;
  let overlapped = false;
  let batches = 0;
  const subscription: Subscription = ctx.store().subscribeToAll({
    ...(after === undefined ? {} : { after }),
    ...(batchSize === undefined ? {} : { batchSize }),
    async handle(events) {
      if (running) overlapped = true;
      running = true;
      batches += 1;
      // Yield so that a store which did not wait for handle() would call it again meanwhile.
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(...ctx.ours(events));
      running = false;
    },
  });
  return {
    seen,
    subscription,
    overlapped: () => overlapped,
    batches: () => batches,
    until: (count: number, what: string) =>
      waitFor(() => seen.length >= count, { what: `${what} (${seen.length} of ${count} seen)` }),
  };
}

function expectStrictlyIncreasing(events: RecordedEvent[]): void {
  for (let i = 1; i < events.length; i += 1) {
    expect(events[i]?.globalPosition).toBeGreaterThan(events[i - 1]?.globalPosition ?? -1n);
  }
}

/** subscribeToAll: catch-up, live delivery, checkpoints, no gaps under concurrent appenders, stop. */
export function registerSubscriptionContract(ctx: ContractContext): void {
  describe("subscribeToAll", () => {
    it("catches up from the start, then delivers new events once each, in order, a batch at a time", async () => {
      const store = ctx.store();
      const before = newEvents(5);
      await store.appendToStream(ctx.stream("a"), before);
      const sub = collect(ctx, undefined, 3);
      await sub.until(5, "the subscription catching up on five earlier events");
      const after = newEvents(5);
      await store.appendToStream(ctx.stream("b"), after);
      await sub.until(10, "the subscription seeing five events appended after it started");
      await sub.subscription.stop();
      await sub.subscription.done;

      expect(ids(sub.seen)).toEqual(ids([...before, ...after]));
      expectStrictlyIncreasing(sub.seen);
      expect(sub.overlapped()).toBe(false);
    });

    it("resumes after a checkpoint, exclusive", async () => {
      const store = ctx.store();
      await store.appendToStream(ctx.stream("c"), newEvents(4));
      const stored = ctx.ours(await store.readAll());
      const checkpoint = stored[1]?.globalPosition;
      if (checkpoint === undefined) throw new Error("no checkpoint");
      const sub = collect(ctx, checkpoint);
      await sub.until(2, "the subscription delivering the two events after the checkpoint");
      const more = newEvents(1);
      await store.appendToStream(ctx.stream("c"), more);
      await sub.until(3, "the subscription delivering an event appended after it resumed");
      await sub.subscription.stop();
      expect(ids(sub.seen)).toEqual(ids([...stored.slice(2), ...more]));
    });

    it("never skips an event while five appenders write concurrently (the gap test)", async () => {
      const store = ctx.store();
      const sub = collect(ctx, undefined, 7);
      const appenders = Array.from({ length: 5 }, async (_, appender) => {
        for (let round = 0; round < 25; round += 1) {
          await store.appendToStream(ctx.stream(`writer-${appender}-${round % 3}`), newEvents(2));
        }
      });
      await Promise.all(appenders);
      await sub.until(250, "the subscription seeing all 250 concurrently appended events");
      await sub.subscription.stop();

      const stored = ctx.ours(await store.readAll());
      expect(stored).toHaveLength(250);
      // Exactly the stored events, in the stored order: nothing skipped, nothing twice.
      expect(ids(sub.seen)).toEqual(ids(stored));
      expectStrictlyIncreasing(sub.seen);
    });

    it("stops with the handler's error when handle throws", async () => {
      const store = ctx.store();
      await store.appendToStream(ctx.stream("fails"), newEvents(1));
      const failure = new Error("projection failed");
      const subscription = store.subscribeToAll({
        async handle(events) {
          if (ctx.ours(events).length > 0) throw failure;
        },
      });
      await expect(subscription.done).rejects.toBe(failure);
      await subscription.stop();
    });

    it("delivers nothing after stop() resolved", async () => {
      const store = ctx.store();
      const sub = collect(ctx);
      await store.appendToStream(ctx.stream("s"), newEvents(1));
      await sub.until(1, "the first event");
      await sub.subscription.stop();
      const batches = sub.batches();
      await store.appendToStream(ctx.stream("s"), newEvents(2));
      // Give a stopped subscription the chance to misbehave: a fresh one must see the new events first.
      const witness = collect(ctx);
      await witness.until(3, "a fresh subscription seeing all three events");
      await witness.subscription.stop();
      expect(sub.batches()).toBe(batches);
      expect(sub.seen).toHaveLength(1);
    });

    it("close() stops running subscriptions", async () => {
      const store = ctx.store();
      const sub = collect(ctx);
      await store.close();
      ctx.markClosed();
      await expect(sub.subscription.done).resolves.toBeUndefined();
    });
  });
}
