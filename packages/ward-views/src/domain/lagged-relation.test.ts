import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { laggedRelation, pearson, type QuarterFigure } from "./lagged-relation.ts";

const series = (start: number, values: (number | null)[]): QuarterFigure[] =>
  values.map((value, i) => ({
    period: `${2024 + Math.floor((start + i) / 4)}-Q${((start + i) % 4) + 1}`,
    value,
  }));

describe("laggedRelation", () => {
  // Social 2024-Q1..Q4: 1, 3, 2, 4. Mental health 2024-Q1..2025-Q1: 5, 2, 6, 4, 8 (twice social a quarter later).
  const social = series(0, [1, 3, 2, 4]);
  const mentalHealth = series(0, [5, 2, 6, 4, 8]);

  it("given mental-health costs that are twice the social costs a quarter before, then lag 1 correlates exactly, level and change", () => {
    const [lag0, lag1, , , lag4] = laggedRelation(social, mentalHealth);
    expect(lag1).toEqual({ lag: 1, pairs: 4, correlation: 1, changePairs: 3, changeCorrelation: 1 });
    // Lag 0 by hand: means 2.5 and 4.25; Σdxdy = −3.5, Σdx² = 5, Σdy² = 8.75: r = −3.5 / √43.75 = −√0.28.
    expect(lag0?.pairs).toBe(4);
    expect(lag0?.correlation).toBeCloseTo(-Math.sqrt(0.28), 12);
    // Lag 4: only 2024-Q1 against 2025-Q1, too few pairs for a correlation.
    expect(lag4).toEqual({ lag: 4, pairs: 1, correlation: null, changePairs: 0, changeCorrelation: null });
  });

  it("given a suppressed social figure, then it and the changes it takes part in are left out", () => {
    const hidden = series(0, [1, 3, null, 4]);
    const lag1 = laggedRelation(hidden, mentalHealth)[1];
    // (1, 2), (3, 6), (4, 8) remain; only Q2's change (2 against 4) has both quarters published.
    expect(lag1).toEqual({ lag: 1, pairs: 3, correlation: 1, changePairs: 1, changeCorrelation: null });
  });

  it("property: the answer depends only on published figures (any value behind a suppressed one gives the same relation)", () => {
    const value = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 8, maxLength: 8 }),
        fc.array(value, { minLength: 8, maxLength: 8 }),
        (s, m) => {
          const a = laggedRelation(series(0, s), series(0, m));
          // The same series with a year total and a wrongly formed period mixed in change nothing.
          const b = laggedRelation(
            [...series(0, s), { period: "2024", value: 5 }],
            [...series(0, m), { period: "2024-Q9", value: 7 }],
          );
          expect(b).toEqual(a);
          for (const r of a) {
            if (r.correlation !== null) expect(Math.abs(r.correlation)).toBeLessThanOrEqual(1 + 1e-9);
            expect(r.pairs).toBeLessThanOrEqual(8 - r.lag);
          }
        },
      ),
      { seed: 1221, numRuns: 200 },
    );
  });

  it("pearson is null without variance or under three pairs", () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2], [1, 2])).toBeNull();
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });
});
