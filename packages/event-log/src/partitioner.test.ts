import { createRequire } from "node:module";
import { partitionForKey } from "@bz/event-log";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { murmur2 } from "./partitioner.ts";

// kafkajs' own murmur2 (what its DefaultPartitioner hashes with), as the reference to agree with.
const kafkajsMurmur2 = createRequire(import.meta.url)(
  "kafkajs/src/producer/partitioners/default/murmur2.js",
) as (key: Buffer) => number;

describe("Kafka's default partitioner", () => {
  it("hashes like the Java client (vectors from Kafka's UtilsTest.testMurmur2)", () => {
    const vectors: [string, number][] = [
      ["21", -973932308],
      ["foobar", -790332482],
      ["a-little-bit-long-string", -985981536],
      ["a-little-bit-longer-string", -1486304829],
      ["lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58897971],
      ["abc", 479470107],
    ];
    for (const [key, hash] of vectors) expect(murmur2(Buffer.from(key)), key).toBe(hash);
  });

  it("agrees with kafkajs' murmur2 on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(murmur2(bytes)).toBe(kafkajsMurmur2(Buffer.from(bytes)));
      }),
      { numRuns: 2_000 },
    );
  });

  it("is stable and in range for any key and partition count", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 40 }),
        fc.integer({ min: 1, max: 1_000 }),
        (key, n) => {
          const partition = partitionForKey(key, n);
          expect(Number.isInteger(partition)).toBe(true);
          expect(partition).toBeGreaterThanOrEqual(0);
          expect(partition).toBeLessThan(n);
          expect(partitionForKey(key, n)).toBe(partition);
          expect(partition).toBe((kafkajsMurmur2(Buffer.from(key)) & 0x7fffffff) % n);
        },
      ),
    );
  });

  it("refuses a partition count below one", () => {
    expect(() => partitionForKey("k", 0)).toThrow(RangeError);
  });
});
