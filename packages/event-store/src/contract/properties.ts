import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NewEvent, StreamAppend } from "../event-store.ts";
import { type ContractContext, ids } from "./context.ts";

// One step of a random history: which streams, which of their events (by index into a small pool,
// so that repeats are frequent), through appendToStream or appendBatch.
const stepArbitrary = fc.record({
  batch: fc.boolean(),
  shares: fc.array(
    fc.record({
      stream: fc.integer({ min: 0, max: 3 }),
      events: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

/** Idempotency as a property: any history of appends with repeats stores each event exactly once. */
export function registerPropertyContract(ctx: ContractContext): void {
  describe("idempotency (property)", () => {
    it("stores each event id once, per-stream revisions contiguous from 0, first-append order kept", async () => {
      const store = ctx.store();
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 8 }), async (steps) => {
          run += 1;
          // Ids belong to one stream, so the property holds whether ids are unique per store or per stream.
          const pool = new Map<string, NewEvent>();
          const event = (stream: string, index: number): NewEvent => {
            const key = `${stream}/${index}`;
            const known = pool.get(key);
            if (known !== undefined) return known;
            const created = { eventId: randomUUID(), type: "ContactDelivered", data: { key } };
            pool.set(key, created);
            return created;
          };
          const expected = new Map<string, string[]>();
          for (const step of steps) {
            const shares: StreamAppend[] = step.shares.map((share) => {
              const streamId = ctx.stream(`p${run}-${share.stream}`);
              return { streamId, events: share.events.map((index) => event(streamId, index)) };
            });
            for (const share of shares) {
              const list = expected.get(share.streamId) ?? [];
              for (const id of ids(share.events)) if (!list.includes(id)) list.push(id);
              expected.set(share.streamId, list);
            }
            if (step.batch) await store.appendBatch(shares);
            else for (const share of shares) await store.appendToStream(share.streamId, share.events);
          }

          const prefix = ctx.stream(`p${run}-`);
          const stored = ctx.ours(await store.readAll()).filter((e) => e.streamId.startsWith(prefix));
          const storedIds = ids(stored);
          expect(new Set(storedIds).size).toBe(storedIds.length);
          expect(storedIds.length).toBe([...expected.values()].reduce((sum, list) => sum + list.length, 0));
          for (const [streamId, list] of expected) {
            const read = await store.readStream(streamId);
            expect(ids(read)).toEqual(list);
            expect(read.map((e) => e.revision)).toEqual(list.map((_, index) => index));
          }
        }),
        { numRuns: ctx.options.propertyRuns },
      );
    });
  });
}
