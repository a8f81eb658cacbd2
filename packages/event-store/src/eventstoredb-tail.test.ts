import { randomUUID } from "node:crypto";
import { isBzError } from "@bz/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NewEvent } from "./event-store.ts";
import {
  advanceTail,
  emptyTail,
  planAppend,
  positionAfter,
  type StreamTail,
  TailCache,
} from "./eventstoredb-tail.ts";

// The EventStoreDB adapter's append decisions, offline: from a stream's tail, never its whole history.
const event = (): NewEvent => ({ eventId: randomUUID(), type: "ContactDelivered", data: {} });

function tailOf(events: NewEvent[], revision = events.length - 1, position = 900n): StreamTail {
  return { revision, position, ids: events.map((e) => e.eventId.toLowerCase()) };
}

describe("planning an append from the stream's tail", () => {
  it("given an empty stream, when new events arrive, then they go in at no_stream (-1)", () => {
    const events = [event(), event()];
    expect(planAppend("client-1", emptyTail, events, "no_stream")).toEqual({
      kind: "append",
      fresh: events,
      expectedRevision: -1,
    });
  });

  it("given the events at the tail, when the append is retried with its old expectation, then it is a no-op", () => {
    const [a, b] = [event(), event()];
    const tail = tailOf([a, b], 1, 812n);
    expect(planAppend("client-1", tail, [a, b], "no_stream")).toEqual({
      kind: "no-op",
      result: { nextExpectedRevision: 1, position: 812n, written: 0 },
    });
  });

  it("given some ids known, when mixed with new ones, then only the new go in, at the tail's exact revision", () => {
    const [a, b, c] = [event(), event(), event()];
    const plan = planAppend(
      "client-1",
      tailOf([a, b], 41),
      [b, c, { ...c, eventId: c.eventId.toUpperCase() }],
      "any",
    );
    expect(plan).toEqual({ kind: "append", fresh: [c], expectedRevision: 41 });
  });

  it("given a tail at revision 3, when the append expects 1, then STORE_WRONG_EXPECTED_REVISION names both", () => {
    let caught: unknown;
    try {
      planAppend("client-9", tailOf([event()], 3), [event()], 1);
    } catch (error) {
      caught = error;
    }
    expect(isBzError(caught, "STORE_WRONG_EXPECTED_REVISION")).toBe(true);
    expect(String(caught)).toMatch(/client-9.*revision 3.*revision 1/);
  });

  it("an empty append checks the expectation and writes nothing", () => {
    expect(planAppend("s", tailOf([event()], 0), [], "stream_exists")).toMatchObject({ kind: "no-op" });
    expect(() => planAppend("s", emptyTail, [], "stream_exists")).toThrow(/no_stream/);
  });
});

describe("advancing a tail", () => {
  it("keeps the newest ids up to the window, with the server's revision and position", () => {
    const old = [event(), event(), event()];
    const fresh = [event(), event()];
    const next = advanceTail(tailOf(old, 2), fresh, { nextExpectedRevision: 4, position: 1200n }, 4);
    expect(next).toEqual({
      revision: 4,
      position: 1200n,
      ids: [...old.slice(1), ...fresh].map((e) => e.eventId.toLowerCase()),
    });
  });

  it("property: right after an append, repeating any part of it is a no-op; with new events, only those go in", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 5 }),
        (before, count, window, extra) => {
          const history = Array.from({ length: before }, event);
          const appended = Array.from({ length: count }, event);
          const tail = tailOf(history.slice(Math.max(0, before - window)), before - 1);
          const plan = planAppend("s", tail, appended, "any");
          if (plan.kind !== "append") throw new Error("new events must be appended");
          const after = advanceTail(
            tail,
            plan.fresh,
            { nextExpectedRevision: before + count - 1, position: 1n },
            window + count,
          );
          const repeated = appended.slice(0, Math.ceil(count / 2));
          expect(planAppend("s", after, repeated, "no_stream").kind).toBe("no-op");
          const more = Array.from({ length: extra }, event);
          const mixed = planAppend("s", after, [...repeated, ...more], "any");
          if (extra === 0) expect(mixed.kind).toBe("no-op");
          else expect(mixed).toEqual({ kind: "append", fresh: more, expectedRevision: before + count - 1 });
        },
      ),
    );
  });
});

describe("remembered tails", () => {
  it("evicts the least recently used stream beyond its capacity, and can be turned off", () => {
    const cache = new TailCache(2);
    cache.set("a", emptyTail);
    cache.set("b", emptyTail);
    cache.get("a");
    cache.set("c", emptyTail);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([emptyTail, undefined, emptyTail]);
    cache.forget("a");
    expect(cache.size).toBe(1);
    const off = new TailCache(0);
    off.set("a", emptyTail);
    expect(off.get("a")).toBeUndefined();
  });
});

describe("positions of a checkpoint", () => {
  it("starts at the beginning without a checkpoint, else at (P, P) of the prepare position P", () => {
    expect(positionAfter(undefined)).toBe("start");
    expect(positionAfter(-1n)).toBe("start");
    expect(positionAfter(812n)).toEqual({ commit: 812n, prepare: 812n });
  });
});
