import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { take } from "./token-bucket.ts";

const limits = { rate: 100, burst: 1000 };

describe("token bucket", () => {
  it("given a full bucket, grants up to the burst, then refuses and says how long to wait", () => {
    const first = take(undefined, 1000, 0, limits);
    expect(first.granted).toBe(true);
    const second = take(first.bucket, 50, 0, limits);
    expect(second).toMatchObject({ granted: false, retryAfterMs: 500 });
    const later = take(second.bucket, 50, 500, limits);
    expect(later.granted).toBe(true);
  });

  it("never grants more than burst + rate x elapsed over any sequence of requests (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ count: fc.integer({ min: 1, max: 400 }), gap: fc.integer({ min: 0, max: 2000 }) }),
          {
            maxLength: 60,
          },
        ),
        (requests) => {
          let bucket: Parameters<typeof take>[0];
          let now = 0;
          let granted = 0;
          for (const { count, gap } of requests) {
            now += gap;
            const result = take(bucket, count, now, limits);
            bucket = result.bucket;
            if (result.granted) granted += count;
          }
          expect(granted).toBeLessThanOrEqual(limits.burst + (limits.rate * now) / 1000 + 1e-6);
        },
      ),
    );
  });
});
