import { describe, expect, it } from "vitest";
import { canonical, remember } from "./protection-memo.ts";

describe("remembered protections", () => {
  it("gives equal inputs one text whatever their key or entry order, and different inputs different texts", () => {
    const a = {
      k: 10,
      grid: new Map([
        ["A|Q1", 3],
        ["B|Q1", 12],
      ]),
      hidden: new Set(["x", "y"]),
    };
    const b = {
      hidden: new Set(["y", "x"]),
      grid: new Map([
        ["B|Q1", 12],
        ["A|Q1", 3],
      ]),
      k: 10,
    };
    expect(canonical(a)).toBe(canonical(b));
    expect(canonical({ ...a, k: 11 })).not.toBe(canonical(a));
    expect(canonical({ grid: new Map([["A|Q1", 4]]) })).not.toBe(canonical({ grid: new Map([["A|Q1", 3]]) }));
  });

  it("computes once per input, and what a caller does to an answer does not change the next one", () => {
    let calls = 0;
    const protect = (cells: Map<string, number>) => {
      calls += 1;
      return { hidden: new Map([...cells].filter(([, v]) => v < 10)) };
    };
    const cells = new Map([
      ["A", 3],
      ["B", 12],
    ]);
    const first = remember("test-protect", protect, cells);
    first.hidden.set("B", 12);
    const second = remember("test-protect", protect, new Map(cells));
    expect(calls).toBe(1);
    expect([...second.hidden.keys()]).toEqual(["A"]);
    remember("test-protect", protect, new Map([["A", 4]]));
    expect(calls).toBe(2);
  });
});
