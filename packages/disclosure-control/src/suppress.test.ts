import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exactlyDetermined } from "./exact-attacker.test-support.ts";
import {
  auditGrid,
  cellKey,
  cellsOf,
  type Dimension,
  exposedCells,
  feasibilityInterval,
  type Grid,
  protectGrid,
  relationsOf,
} from "./index.ts";

const wards: Dimension = {
  name: "ward",
  total: "DISTRICT",
  members: ["WYCKERPOORT", "WITTEVROUWENVELD", "NAZARETH", "LIMMEL"],
  kind: "sum",
};
const quarters = (kind: "sum" | "distinct"): Dimension => ({
  name: "period",
  total: "2025",
  members: ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"],
  kind,
});
const partition: Dimension = { name: "indicator", total: "ALL", members: ["WITH", "WITHOUT"], kind: "sum" };

/** A grid whose totals are the sums of its leaves (every dimension additive). */
function additiveGrid(dimensions: Dimension[], leaves: number[]): Grid {
  const values = new Map<string, number>();
  const leafCells = cellsOf({ dimensions, values }).filter((cell) =>
    cell.every((c, d) => c !== dimensions[d]?.total),
  );
  leafCells.forEach((cell, i) => {
    const value = leaves[i % leaves.length] ?? 0;
    // Add the leaf to every cell it rolls up into (each coordinate either itself or the total).
    const targets: string[][] = [[]];
    cell.forEach((c, d) => {
      const total = dimensions[d]?.total as string;
      const next = targets.splice(0).flatMap((prefix) => [
        [...prefix, c],
        [...prefix, total],
      ]);
      targets.push(...next);
    });
    for (const target of targets) {
      const key = cellKey(target);
      values.set(key, (values.get(key) ?? 0) + value);
    }
  });
  return { dimensions, values };
}

const counts = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 10, max: 80 }));

function assertSafe(grid: Grid, k = 10) {
  const protection = protectGrid(grid, { k });
  const hidden = new Set(protection.hidden.keys());
  for (const cell of cellsOf(grid).map(cellKey)) {
    const value = grid.values.get(cell) ?? 0;
    // P3: every small non-zero count is hidden.
    if (value > 0 && value < k) expect(hidden.has(cell), `${cell}=${value} must be hidden`).toBe(true);
  }
  if (protection.withheld) return protection;
  // P1: the LP attacker cannot pin any primary within one of its true value.
  expect(auditGrid(grid, hidden, { k })).toEqual([]);
  // The exact attacker: no hidden cell follows from the published sums by linear algebra.
  for (const cell of hidden) {
    expect(exactlyDetermined(grid, hidden, cell), `${cell} is computable from the published cells`).toBe(
      false,
    );
  }
  // P2: no relation has exactly one hidden cell.
  for (const relation of relationsOf(grid)) {
    const inRelation = [relation.total, ...relation.parts].filter((c) => hidden.has(c));
    expect(inRelation.length).not.toBe(1);
  }
  return protection;
}

describe("feasibilityInterval (the attacker's LP)", () => {
  it("given a 2 x 2 table with margins and one rectangle hidden, when attacked, then the primary ranges over [a - min(a,d), a + min(b,c)]", () => {
    // a=3 b=12 / c=15 d=20: moving t round the rectangle keeps all margins, t in [-3, 12].
    const dims: Dimension[] = [
      { name: "r", total: "R", members: ["r1", "r2"], kind: "sum" },
      { name: "c", total: "C", members: ["c1", "c2"], kind: "sum" },
    ];
    const grid = additiveGrid(dims, [3, 12, 15, 20]);
    const hidden = new Set(["r1|c1", "r1|c2", "r2|c1", "r2|c2"]);
    const interval = feasibilityInterval(
      { relations: relationsOf(grid), values: grid.values, hidden, upperBound: 50 },
      "r1|c1",
    );
    expect(interval.min).toBeCloseTo(0);
    expect(interval.max).toBeCloseTo(15);
  });

  it("given a row whose only hidden cell is small, when attacked, then it is exact (why complementary suppression exists)", () => {
    const grid = additiveGrid(
      [wards, quarters("sum")],
      [3, 20, 30, 40, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23],
    );
    const hidden = new Set(["WYCKERPOORT|2025-Q1"]);
    const interval = feasibilityInterval(
      { relations: relationsOf(grid), values: grid.values, hidden, upperBound: 1000 },
      "WYCKERPOORT|2025-Q1",
    );
    expect(interval.min).toBeCloseTo(3);
    expect(interval.max).toBeCloseTo(3);
  });
});

describe("protectGrid", () => {
  it("given one small cell in a ward x quarter table, when protected, then a rectangle of four non-zero cells is hidden", () => {
    const grid = additiveGrid(
      [wards, quarters("sum")],
      [3, 20, 30, 40, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23],
    );
    const protection = assertSafe(grid);
    expect(protection.withheld).toBe(false);
    expect(protection.hidden.get("WYCKERPOORT|2025-Q1")).toBe("PRIMARY");
    expect([...protection.hidden.values()].filter((r) => r === "COMPLEMENTARY")).toHaveLength(3);
  });

  it("given two small cells of 3 and 4 as a row's only hidden pair, when protected, then more is hidden so their sum 7 is not revealed", () => {
    const grid = additiveGrid(
      [wards, quarters("sum")],
      [3, 4, 30, 40, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23],
    );
    const protection = assertSafe(grid);
    const row = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025"].filter((q) =>
      protection.hidden.has(`WYCKERPOORT|${q}`),
    );
    expect(row.length).toBeGreaterThan(2);
  });

  it("given no small cells, when protected, then nothing is hidden", () => {
    const grid = additiveGrid([wards, quarters("sum")], [10, 20, 30, 40]);
    expect(protectGrid(grid).hidden.size).toBe(0);
  });

  it("given a table of 1s with totals too small to hide behind, when protected, then every cell is withheld, never a number", () => {
    const grid = additiveGrid([wards, quarters("sum")], [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const protection = protectGrid(grid);
    // Only one non-zero leaf: no rectangle of non-zero cells exists, so the table is withheld.
    expect(protection.withheld).toBe(true);
    expect(protection.hidden.size).toBe(25);
  });

  it("P1-P3: for random ward x quarter tables, no hidden cell can be computed and every primary keeps its interval", () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 16, maxLength: 16 }), (leaves) => {
        assertSafe(additiveGrid([wards, quarters("sum")], leaves));
      }),
      { seed: 1201, numRuns: 60 },
    );
  });

  it("P1-P3 linked: indicators sharing a denominator (with + without = all) are protected together", () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 32, maxLength: 32 }), (leaves) => {
        assertSafe(additiveGrid([wards, quarters("sum"), partition], leaves));
      }),
      { seed: 1202, numRuns: 15 },
    );
  });

  it("P1 distinct counts: a year of distinct clients between max(quarter) and the sum of quarters is respected by the attacker", () => {
    fc.assert(
      fc.property(
        fc.array(counts, { minLength: 16, maxLength: 16 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (leaves, overlap) => {
          const dims = [wards, quarters("distinct")];
          const base = additiveGrid(dims, leaves);
          const values = new Map(base.values);
          // Each ward's (and the district's) year lies between its largest quarter and its sum.
          ["DISTRICT", ...wards.members].forEach((w, i) => {
            const qs = quarters("distinct").members.map((q) => values.get(`${w}|${q}`) ?? 0);
            const max = Math.max(...qs);
            const sum = qs.reduce((a, b) => a + b, 0);
            values.set(`${w}|2025`, max + Math.floor((sum - max) * (overlap[i] ?? 0)));
          });
          const grid: Grid = { dimensions: dims, values };
          const protection = protectGrid(grid);
          if (!protection.withheld) expect(auditGrid(grid, new Set(protection.hidden.keys()))).toEqual([]);
        },
      ),
      { seed: 1203, numRuns: 30 },
    );
  });

  it("P4: the same table gives the same pattern, whatever order its cells were given in", () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 16, maxLength: 16 }), (leaves) => {
        const grid = additiveGrid([wards, quarters("sum")], leaves);
        const reversed: Grid = { dimensions: grid.dimensions, values: new Map([...grid.values].reverse()) };
        expect([...protectGrid(reversed).hidden]).toEqual([...protectGrid(grid).hidden]);
      }),
      { seed: 1204, numRuns: 20 },
    );
  });

  it("P5: protecting the published table again adds nothing", () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 16, maxLength: 16 }), (leaves) => {
        const grid = additiveGrid([wards, quarters("sum")], leaves);
        const protection = protectGrid(grid);
        fc.pre(!protection.withheld);
        expect(auditGrid(grid, new Set(protection.hidden.keys()))).toEqual([]);
      }),
      { seed: 1205, numRuns: 20 },
    );
  });
});

describe("protectGrid with primaries of another rule", () => {
  it("property: every extra primary (e.g. a cell an earlier release hid) is hidden and keeps its interval", () => {
    fc.assert(
      fc.property(
        fc.array(counts, { minLength: 16, maxLength: 16 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 24 }), { maxLength: 3 }),
        (leaves, picks) => {
          const grid = additiveGrid([wards, quarters("sum")], leaves);
          const cells = cellsOf(grid).map(cellKey);
          const extra = new Map(
            picks
              .map((i) => cells[i] as string)
              .filter((c) => (grid.values.get(c) ?? 0) > 0)
              .map((c) => [c, 1]),
          );
          const protection = protectGrid(grid, { primaries: extra });
          for (const c of extra.keys()) expect(protection.hidden.has(c), c).toBe(true);
          if (protection.withheld) return;
          const hidden = new Set(protection.hidden.keys());
          expect(auditGrid(grid, hidden, { primaries: extra })).toEqual([]);
          for (const c of extra.keys()) expect(exactlyDetermined(grid, hidden, c), c).toBe(false);
        },
      ),
      { seed: 1206, numRuns: 40 },
    );
  });
});

describe("protectGrid with a breakdown dimension", () => {
  const partners: Dimension = { name: "partner", total: "ALL", members: ["P1", "P2", "P3"], kind: "sum" };

  it("P1-P3 breakdown: for random ward x quarter x partner tables, no hidden cell can be computed, the totals included", () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 48, maxLength: 48 }), (leaves) => {
        assertSafe(additiveGrid([wards, quarters("sum"), partners], leaves));
      }),
      { seed: 1206, numRuns: 10 },
    );
  });

  it("given the ward totals' own pattern, when the breakdown is protected around it, then those cells stay hidden and the whole is safe", () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 48, maxLength: 48 }), (leaves) => {
        const grid = additiveGrid([wards, quarters("sum"), partners], leaves);
        // The totals' table alone (the ALL slice), protected first as it is published today.
        const totals: Grid = {
          dimensions: [wards, quarters("sum")],
          values: new Map(
            [...grid.values]
              .filter(([key]) => key.endsWith("|ALL"))
              .map(([key, v]) => [key.slice(0, -"|ALL".length), v]),
          ),
        };
        const first = protectGrid(totals);
        fc.pre(!first.withheld);
        const alreadyHidden = new Set([...first.hidden.keys()].map((key) => `${key}|ALL`));
        const seeded = protectGrid(grid, { alreadyHidden });
        if (seeded.withheld) return;
        for (const key of alreadyHidden) expect(seeded.hidden.has(key), key).toBe(true);
        const hidden = new Set(seeded.hidden.keys());
        expect(auditGrid(grid, hidden)).toEqual([]);
        for (const cell of hidden) expect(exactlyDetermined(grid, hidden, cell), cell).toBe(false);
      }),
      { seed: 1207, numRuns: 10 },
    );
  });
});

describe("exposedCells", () => {
  it("given a pattern chosen on counts, when a sum grid has a hidden cell alone in its row, then that cell is exposed", () => {
    const grid = additiveGrid(
      [wards, quarters("sum")],
      [30, 20, 30, 40, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23],
    );
    expect(exposedCells(grid, new Set(["WYCKERPOORT|2025-Q1"]))).toEqual(["WYCKERPOORT|2025-Q1"]);
    const rectangle = new Set([
      "WYCKERPOORT|2025-Q1",
      "WYCKERPOORT|2025-Q2",
      "LIMMEL|2025-Q1",
      "LIMMEL|2025-Q2",
    ]);
    expect(exposedCells(grid, rectangle)).toEqual([]);
  });
});
