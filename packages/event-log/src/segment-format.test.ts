import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFrames, encodeFrame, type StoredRecord } from "./segment-format.ts";

const storedRecord: fc.Arbitrary<StoredRecord> = fc.record({
  key: fc.option(fc.string({ unit: "grapheme", maxLength: 30 }), { nil: null }),
  value: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  headers: fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 20 }), {
    maxKeys: 4,
  }),
  timestampMs: fc.integer({ min: 0, max: 8_640_000_000_000 }),
});

describe("embedded segment format", () => {
  it("round-trips any run of records", () => {
    fc.assert(
      fc.property(fc.array(storedRecord, { maxLength: 20 }), (records) => {
        const segment = Buffer.concat(records.map(encodeFrame));
        const decoded = decodeFrames(segment);
        expect(decoded.records).toEqual(records);
        expect(decoded.consumed).toBe(segment.length);
        expect(decoded.corrupt).toBe(false);
      }),
    );
  });

  it("keeps the whole records before a torn tail and ignores the tail", () => {
    fc.assert(
      fc.property(
        fc.array(storedRecord, { minLength: 1, maxLength: 10 }),
        storedRecord,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (whole, torn, fraction) => {
          const prefix = Buffer.concat(whole.map(encodeFrame));
          const tornFrame = encodeFrame(torn);
          const cut = Math.floor(tornFrame.length * fraction);
          const decoded = decodeFrames(Buffer.concat([prefix, tornFrame.subarray(0, cut)]));
          expect(decoded.records).toEqual(whole);
          expect(decoded.consumed).toBe(prefix.length);
        },
      ),
    );
  });

  it("stops at a frame whose bytes were damaged (checksum mismatch)", () => {
    fc.assert(
      fc.property(fc.array(storedRecord, { minLength: 2, maxLength: 6 }), fc.nat(), (records, seed) => {
        const frames = records.map(encodeFrame);
        const damaged = Buffer.from(frames.at(-1) ?? Buffer.alloc(0));
        const at = 8 + (seed % (damaged.length - 8));
        damaged[at] = (damaged[at] ?? 0) ^ 0xff;
        const prefix = Buffer.concat(frames.slice(0, -1));
        const decoded = decodeFrames(Buffer.concat([prefix, damaged]));
        expect(decoded.records).toEqual(records.slice(0, -1));
        expect(decoded.consumed).toBe(prefix.length);
        expect(decoded.corrupt).toBe(true);
      }),
    );
  });
});
