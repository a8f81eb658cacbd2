import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupDeadLetters, partitionLag, projectionStandings, ratesPerSecond } from "./ops-figures.ts";

describe("partitionLag", () => {
  it("given end offsets and a group's commits, when lag is taken, then it is end minus committed per partition", () => {
    const lags = partitionLag(
      [
        { partition: 1, offset: "10" },
        { partition: 0, offset: "7" },
        { partition: 2, offset: "4" },
      ],
      [
        { partition: 0, offset: "7" },
        { partition: 1, offset: "3" },
        { partition: 2, offset: "-1" },
      ],
    );
    expect(lags).toEqual([
      { partition: 0, end: 7, committed: 7, lag: 0 },
      { partition: 1, end: 10, committed: 3, lag: 7 },
      { partition: 2, end: 4, committed: 0, lag: 4 },
    ]);
  });

  it("never reports a negative lag, and committed plus lag is always the end", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1_000_000), fc.integer({ min: -1, max: 1_000_000 })), { maxLength: 12 }),
        (pairs) => {
          const lags = partitionLag(
            pairs.map(([end], partition) => ({ partition, offset: String(end) })),
            pairs.map(([, committed], partition) => ({ partition, offset: String(committed) })),
          );
          return lags.every((lag) => lag.lag >= 0 && lag.committed + lag.lag === lag.end);
        },
      ),
    );
  });
});

describe("ratesPerSecond", () => {
  it("given no earlier sample, when the first look is taken, then the rate is unknown (null), not zero", () => {
    expect(ratesPerSecond([], { at: 1000, totals: { ENVIDA: 5 } }, 60_000)).toEqual({ ENVIDA: null });
  });

  it("given a sample ten seconds earlier, when 50 more records arrived, then the rate is 5 per second", () => {
    const rates = ratesPerSecond(
      [{ at: 0, totals: { ENVIDA: 100, RADAR: 7 } }],
      { at: 10_000, totals: { ENVIDA: 150, RADAR: 7 } },
      60_000,
    );
    expect(rates).toEqual({ ENVIDA: 5, RADAR: 0 });
  });

  it("ignores samples older than the window", () => {
    expect(
      ratesPerSecond([{ at: 0, totals: { ENVIDA: 0 } }], { at: 120_000, totals: { ENVIDA: 9 } }, 60_000),
    ).toEqual({ ENVIDA: null });
  });
});

describe("projectionStandings", () => {
  it("given the store's head, then each projection's lag is the events it has still to apply", () => {
    expect(projectionStandings([{ name: "client-timeline", position: 90, updatedAt: "t" }], 100)).toEqual([
      { name: "client-timeline", checkpoint: 90, head: 100, lag: 10, updatedAt: "t" },
    ]);
  });

  it("given no known head, then the lag is unknown rather than zero", () => {
    expect(projectionStandings([{ name: "p", position: 5, updatedAt: "t" }], null)[0]?.lag).toBeNull();
  });
});

describe("groupDeadLetters", () => {
  const letter = (reason: string, offset: string, failedAt: string) => ({
    reason,
    partition: 0,
    offset,
    error: `bad ${offset}`,
    originalTopic: "care.envida.v1",
    originalPartition: 0,
    originalOffset: offset,
    failedAt,
  });

  it("given letters of two reasons, then it counts each reason, most first, with the newest samples", () => {
    const groups = groupDeadLetters(
      "ENVIDA",
      [
        letter("CONTRACT_BAD_MARKER", "0", "2026-01-01T00:00:00Z"),
        letter("INGEST_UNKNOWN_WARD", "1", "2026-01-02T00:00:00Z"),
        letter("CONTRACT_BAD_MARKER", "2", "2026-01-03T00:00:00Z"),
        letter("CONTRACT_BAD_MARKER", "3", "2026-01-04T00:00:00Z"),
      ],
      2,
    );
    expect(groups.map((g) => [g.reason, g.count])).toEqual([
      ["CONTRACT_BAD_MARKER", 3],
      ["INGEST_UNKNOWN_WARD", 1],
    ]);
    expect(groups[0]?.samples.map((s) => s.offset)).toEqual(["3", "2"]);
  });

  it("counts every letter exactly once", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("A_X", "B_Y", "C_Z"), { maxLength: 50 }), (reasons) => {
        const groups = groupDeadLetters(
          "P",
          reasons.map((reason, i) =>
            letter(reason, String(i), `2026-01-01T00:00:${String(i % 60).padStart(2, "0")}Z`),
          ),
          3,
        );
        return (
          groups.reduce((sum, g) => sum + g.count, 0) === reasons.length &&
          groups.every((g) => g.samples.length === Math.min(3, g.count))
        );
      }),
    );
  });
});
