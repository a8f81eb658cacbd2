import { randomUUID } from "node:crypto";
import { isBzError } from "@bz/errors";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkExpectedRevision, newEventsOnly, validateEvents } from "./append-rules.ts";

const expectations = ["any", "no_stream", "stream_exists", 0, 3] as const;

describe("append rules", () => {
  it("accepts an expected revision exactly when the stream's state satisfies it", () => {
    fc.assert(
      fc.property(fc.constantFrom(...expectations), fc.integer({ min: -1, max: 5 }), (expected, actual) => {
        const ok =
          expected === "any" ||
          (expected === "no_stream" && actual === -1) ||
          (expected === "stream_exists" && actual >= 0) ||
          expected === actual;
        let thrown: unknown;
        try {
          checkExpectedRevision("client-1", expected, actual);
        } catch (error) {
          thrown = error;
        }
        expect(thrown === undefined).toBe(ok);
        if (!ok) expect(isBzError(thrown, "STORE_WRONG_EXPECTED_REVISION")).toBe(true);
      }),
    );
  });

  it("keeps the first occurrence of each unknown id, in order, ignoring case", () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const event = (eventId: string) => ({ eventId, type: "T", data: {} });
    const fresh = newEventsOnly(
      [event(a), event(b.toUpperCase()), event(a), event(c), event(b)],
      new Set([c]),
    );
    expect(fresh.map((e) => e.eventId.toLowerCase())).toEqual([a, b]);
  });

  it("rejects an id that is not a UUID and an empty type", () => {
    expect(() => validateEvents("s", [{ eventId: "1", type: "T", data: {} }])).toThrow(/not a UUID/);
    expect(() => validateEvents("s", [{ eventId: randomUUID(), type: "", data: {} }])).toThrow(/empty type/);
    expect(() => validateEvents("", [])).toThrow(/stream id is empty/);
  });
});
