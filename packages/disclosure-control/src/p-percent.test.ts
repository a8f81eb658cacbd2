import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Contributions,
  cellKey,
  type Dimension,
  feasibilityInterval,
  type Grid,
  isPPercentSensitive,
  pPercentProtectionLevel,
  protectCostGrid,
  relationsOf,
  topTwo,
} from "./index.ts";

const amounts = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 0, maxLength: 12 });

describe("the p% rule", () => {
  it("given 100 + 5 + 4 (the rest is 4 < 10% of 100), then the cell is sensitive and must be widened by 6", () => {
    const cell = topTwo([5, 100, 4]);
    expect(cell).toEqual({ total: 109, largest: 100, second: 5 });
    expect(isPPercentSensitive(cell, 10)).toBe(true);
    expect(pPercentProtectionLevel(cell, 10)).toBe(6);
  });

  it("given 100 + 10 + 6 + 4 (the rest is exactly 10% of 100), then the cell passes", () => {
    const cell = topTwo([100, 6, 10, 4]);
    expect(isPPercentSensitive(cell, 10)).toBe(false);
    expect(pPercentProtectionLevel(cell, 10)).toBe(0);
  });

  it("given one contributor, then the cell is sensitive for any p > 0; given none, then it is not", () => {
    expect(isPPercentSensitive(topTwo([500]), 1)).toBe(true);
    expect(isPPercentSensitive(topTwo([]), 10)).toBe(false);
    expect(isPPercentSensitive(topTwo([500]), 0)).toBe(false);
  });

  it("property: a cell that passes never lets any other contributor estimate the largest to within p%", () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 50 }), (list, p) => {
        const cell = topTwo(list);
        if (isPPercentSensitive(cell, p)) return;
        const largestAt = list.indexOf(cell.largest);
        list.forEach((own, j) => {
          if (j === largestAt) return;
          // Contributor j knows the total and its own amount; the others are >= 0, so its best
          // upper estimate of the largest is total - own, which overshoots by the rest.
          const estimate = cell.total - own;
          expect(estimate - cell.largest).toBeGreaterThanOrEqual((p / 100) * cell.largest - 1e-9);
        });
      }),
      { seed: 1211, numRuns: 300 },
    );
  });

  it("property: a sensitive cell's protection level is exactly what the second largest lacks to stay p% away", () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 50 }), (list, p) => {
        const cell = topTwo(list);
        const level = pPercentProtectionLevel(cell, p);
        expect(level > 0).toBe(isPPercentSensitive(cell, p));
        // Widening the total by the level puts the estimate p% away from the largest.
        if (level > 0) {
          const widened = cell.total + level - cell.second - cell.largest;
          expect(widened).toBeCloseTo((p / 100) * cell.largest, 6);
        }
      }),
      { seed: 1212, numRuns: 300 },
    );
  });

  it("property: the rule does not depend on the order of the contributions", () => {
    fc.assert(
      fc.property(amounts, (list) => {
        expect(topTwo([...list].reverse())).toEqual(topTwo(list));
        expect(topTwo([...list].sort((a, b) => a - b))).toEqual(topTwo(list));
      }),
      { seed: 1213, numRuns: 200 },
    );
  });
});

const wards: Dimension = { name: "ward", total: "D", members: ["W1", "W2", "W3", "W4"], kind: "sum" };
const quarters = (kind: "sum" | "distinct"): Dimension => ({
  name: "period",
  total: "Y",
  members: ["Q1", "Q2", "Q3", "Q4"],
  kind,
});

/** Clients, each living in one ward, with an amount per quarter: the counts, sums and top two per cell. */
function costTables(clients: { ward: number; amounts: number[] }[]) {
  const perCell = new Map<string, Map<number, number>>();
  clients.forEach((client, id) => {
    const ward = wards.members[client.ward] as string;
    client.amounts.forEach((amount, q) => {
      if (amount === 0) return;
      const quarter = quarters("sum").members[q] as string;
      for (const w of [ward, wards.total]) {
        for (const p of [quarter, "Y"]) {
          const key = cellKey([w, p]);
          const members = perCell.get(key) ?? new Map<number, number>();
          members.set(id, (members.get(id) ?? 0) + amount);
          perCell.set(key, members);
        }
      }
    });
  });
  const counts = new Map<string, number>();
  const sums = new Map<string, number>();
  const contributions = new Map<string, Contributions>();
  for (const [key, members] of perCell) {
    const top = topTwo([...members.values()]);
    counts.set(key, members.size);
    sums.set(key, top.total);
    contributions.set(key, top);
  }
  return {
    counts: { dimensions: [wards, quarters("distinct")], values: counts } satisfies Grid,
    sums: { dimensions: [wards, quarters("sum")], values: sums } satisfies Grid,
    contributions,
  };
}

describe("protectCostGrid", () => {
  it("given a cell of 12 clients where one pays 90%, when protected with k = 10, then it is a primary though it has 12 clients", () => {
    // Every ward has 12 clients in every quarter paying 100 each, except W1 Q1 where one pays 20000.
    const clients = wards.members.flatMap((_, w) =>
      Array.from({ length: 12 }, (_, i) => ({
        ward: w,
        amounts: [w === 0 && i === 0 ? 20_000 : 100, 100, 100, 100],
      })),
    );
    const { counts, sums, contributions } = costTables(clients);
    expect(counts.values.get("W1|Q1")).toBe(12);
    const protection = protectCostGrid(counts, sums, contributions, { k: 10, p: 10 });
    expect(protection.withheld).toBe(false);
    expect(protection.hidden.get("W1|Q1")).toBe("PRIMARY");
    // W1's year passes: 24700 − 20300 − 400 = 4000 ≥ 2030; it is not a primary.
    expect(protection.hidden.get("W1|Y")).not.toBe("PRIMARY");
    // The attacker's interval of W1 Q1 reaches ± the protection level: 10% of 20000 minus the rest 1000.
    const hidden = new Set(protection.hidden.keys());
    const interval = feasibilityInterval(
      {
        relations: relationsOf(sums),
        values: sums.values,
        hidden,
        upperBound: Math.max(...sums.values.values()),
      },
      "W1|Q1",
    );
    const x = sums.values.get("W1|Q1") as number;
    expect(interval.min).toBeLessThanOrEqual(x - 1000 + 1e-6);
    expect(interval.max).toBeGreaterThanOrEqual(x + 1000 - 1e-6);
    // Without the dominant client nothing is hidden: 12 clients of 100 each pass both rules.
    const even = costTables(clients.map((c) => ({ ...c, amounts: [100, 100, 100, 100] })));
    expect(protectCostGrid(even.counts, even.sums, even.contributions, { k: 10 }).hidden.size).toBe(0);
  });

  it("property: every dominated or small cell is hidden, and each keeps its protection interval against the LP", () => {
    const client = fc.record({
      ward: fc.integer({ min: 0, max: 3 }),
      amounts: fc.array(
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 5_000, max: 50_000 })),
        { minLength: 4, maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(client, { minLength: 20, maxLength: 60 }),
        fc.integer({ min: 5, max: 30 }),
        (clients, p) => {
          const { counts, sums, contributions } = costTables(clients);
          const protection = protectCostGrid(counts, sums, contributions, { k: 3, p });
          if (protection.withheld) return;
          const hidden = new Set(protection.hidden.keys());
          const upperBound = Math.max(0, ...sums.values.values());
          for (const [key, top] of contributions) {
            const few = (counts.values.get(key) ?? 0) < 3;
            const level = pPercentProtectionLevel(top, p);
            if (!few && level === 0) continue;
            expect(hidden.has(key), `${key} must be hidden`).toBe(true);
            const { min, max } = feasibilityInterval(
              { relations: relationsOf(sums), values: sums.values, hidden, upperBound },
              key,
            );
            const need = Math.max(1, level);
            expect(min, key).toBeLessThanOrEqual(Math.max(0, top.total - need) + 1e-6);
            expect(max, key).toBeGreaterThanOrEqual(top.total + need - 1e-6);
          }
        },
      ),
      { seed: 1214, numRuns: 25 },
    );
  });
});
