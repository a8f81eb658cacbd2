import { describe, expect, it } from "vitest";
import { type FreezableFigure, freezeSuppression, releaseKey } from "./freeze-suppression.ts";

const figure = (ward: string, value: number | null, status: FreezableFigure["status"]): FreezableFigure => ({
  indicator: "contacts",
  version: 1,
  ward,
  period: "2025-Q3",
  value,
  status,
  reason: status === "SUPPRESSED" ? "PRIMARY" : null,
});

describe("freezeSuppression", () => {
  it("given a cell released as suppressed that late events pushed over k, then it stays suppressed, marked complementary; others are untouched", () => {
    const released = new Set([releaseKey(figure("WYCKERPOORT", null, "SUPPRESSED"))]);
    const now = [
      figure("WYCKERPOORT", 13, "PUBLISHED"),
      figure("LIMMEL", 12, "PUBLISHED"),
      figure("NAZARETH", 4, "SUPPRESSED"),
    ];
    expect(freezeSuppression(now, released)).toEqual([
      { ...now[0], value: null, status: "SUPPRESSED", reason: "COMPLEMENTARY" },
      now[1],
      now[2],
    ]);
  });

  it("given another version of the indicator, then its release does not freeze this one", () => {
    const released = new Set([
      releaseKey({ indicator: "contacts", version: 2, ward: "LIMMEL", period: "2025-Q3" }),
    ]);
    const now = [figure("LIMMEL", 12, "PUBLISHED")];
    expect(freezeSuppression(now, released)).toEqual(now);
  });
});
