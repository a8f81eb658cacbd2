import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyBatch, migrateCheckpoints } from "@bz/projections";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Figure,
  loadCatalogue,
  parseCatalogue,
  publishWardFigures,
  readFigures,
  wardProjection,
} from "./index.ts";

/** The published catalogue plus the referral loop per pair, which is kept out of it (ADR 0065). */
const withLoopPairs = () => {
  const drafts = JSON.parse(
    readFileSync(join(import.meta.dirname, "loop-pair-indicators.testing.json"), "utf8"),
  ) as { indicators: unknown[] };
  const published = JSON.parse(readFileSync(join(import.meta.dirname, "..", "indicators.json"), "utf8")) as {
    catalogueVersion: number;
    indicators: unknown[];
  };
  return parseCatalogue({ ...published, indicators: [...published.indicators, ...drafts.indicators] });
};

import { knownHistory } from "./testing.ts";

const db = useTestDatabase();
const history = knownHistory();

/** The published values of one breakdown indicator in one cell, by breakdown value. */
function valuesOf(
  figures: Figure[],
  indicator: string,
  ward: string,
  period: string,
): Record<string, number | null> {
  return Object.fromEntries(
    figures
      .filter((f) => f.indicator === indicator && f.ward === ward && f.period === period)
      .map((f) => [f.breakdownValue, f.value])
      .filter(([, v]) => v !== 0),
  );
}

for (const dialect of ["pglite", "postgres"] as const) {
  describe(`ward breakdowns on ${dialect}`, () => {
    let sql: SqlClient;
    beforeAll(async () => {
      sql =
        dialect === "postgres"
          ? createPostgresClient({ connectionString: db.url })
          : await createPgliteClient();
      await migrateCheckpoints(sql);
      await wardProjection.migrate(sql);
      await applyBatch(sql, wardProjection, history);
    });
    afterAll(async () => {
      await sql.close();
    });

    it("given the known history and k = 1, when published, then each breakdown equals the figures worked out by hand", async () => {
      await publishWardFigures(sql, withLoopPairs(), { k: 1 });
      const f = await readFigures(sql, {});
      const v = (indicator: string, ward: string, period: string) => valuesOf(f, indicator, ward, period);
      // Clients in care per partner, in the ward the client counts in: s1 (Trajekt's contacts, Mondriaan's
      // answers to r1), s2 (Trajekt, Mondriaan's cost, Radar's rejection) in Wyckerpoort; s3 in Nazareth
      // (Trajekt's contact in Wyckerpoort, Envida's visit in Nazareth, the last); s4 in Limmel (Trajekt).
      expect(v("clients-in-care-by-partner", "WYCKERPOORT", "2025-Q1")).toEqual({
        TRAJEKT: 2,
        MONDRIAAN: 2,
        RADAR: 1,
      });
      expect(v("clients-in-care-by-partner", "NAZARETH", "2025-Q1")).toEqual({ TRAJEKT: 1, ENVIDA: 1 });
      expect(v("clients-in-care-by-partner", "DISTRICT", "2025-Q1")).toEqual({
        TRAJEKT: 4,
        MONDRIAAN: 2,
        RADAR: 1,
        ENVIDA: 1,
      });
      // s6 in Limmel in Q3: Trajekt, Radar and Levanto; the year: s1, s2, s3, s4, s6 with Trajekt.
      expect(v("clients-in-care-by-partner", "LIMMEL", "2025-Q3")).toEqual({
        TRAJEKT: 1,
        RADAR: 1,
        LEVANTO: 1,
      });
      expect(v("clients-in-care-by-partner", "DISTRICT", "2025")).toEqual({
        TRAJEKT: 5,
        MONDRIAAN: 2,
        RADAR: 2,
        ENVIDA: 1,
        LEVANTO: 1,
      });
      // Age bands: s1 and s2 sent one, the rest none (UNKNOWN); one band per client for the year.
      expect(v("clients-in-care-by-age-band", "WYCKERPOORT", "2025-Q1")).toEqual({
        AGE_27_64: 1,
        AGE_65_79: 1,
      });
      expect(v("clients-in-care-by-age-band", "DISTRICT", "2025")).toEqual({
        AGE_27_64: 1,
        AGE_65_79: 1,
        UNKNOWN: 3,
      });
      // Contacts and minutes: 30 + 15 (s1), 45 (s2), 60 (s3) by Trajekt in Wyckerpoort; 25 by Envida in
      // Nazareth; 20 (s4) in Limmel in Q1; 10, 20, 30 by Trajekt, Radar, Levanto in Limmel in Q3.
      expect(v("contacts-by-partner", "WYCKERPOORT", "2025-Q1")).toEqual({ TRAJEKT: 4 });
      expect(v("contacts-by-partner", "LIMMEL", "2025-Q3")).toEqual({ TRAJEKT: 1, RADAR: 1, LEVANTO: 1 });
      expect(v("contact-minutes-by-partner", "DISTRICT", "2025")).toEqual({
        TRAJEKT: 180,
        ENVIDA: 25,
        RADAR: 20,
        LEVANTO: 30,
      });
      expect(v("contact-minutes-by-age-band", "WYCKERPOORT", "2025-Q1")).toEqual({
        AGE_27_64: 45,
        AGE_65_79: 45,
        UNKNOWN: 60,
      });
      expect(v("contacts-by-age-band", "DISTRICT", "2025")).toEqual({
        AGE_27_64: 2,
        AGE_65_79: 1,
        UNKNOWN: 6,
      });
      // Referral loops: r1 Trajekt > Mondriaan accepted and completed (goals met), r2 Trajekt > Radar
      // rejected (no capacity), both in Wyckerpoort; r3 Trajekt > Levanto in Limmel, unanswered.
      expect(v("referrals-made-by-pair", "WYCKERPOORT", "2025-Q1")).toEqual({
        "TRAJEKT>MONDRIAAN": 1,
        "TRAJEKT>RADAR": 1,
      });
      expect(v("referrals-made-by-pair", "DISTRICT", "2025")).toEqual({
        "TRAJEKT>LEVANTO": 1,
        "TRAJEKT>MONDRIAAN": 1,
        "TRAJEKT>RADAR": 1,
      });
      expect(v("referrals-accepted-by-pair", "WYCKERPOORT", "2025-Q1")).toEqual({ "TRAJEKT>MONDRIAAN": 1 });
      expect(v("referrals-rejected-by-pair", "WYCKERPOORT", "2025-Q1")).toEqual({ "TRAJEKT>RADAR": 1 });
      expect(v("referrals-unanswered-by-pair", "LIMMEL", "2025-Q1")).toEqual({ "TRAJEKT>LEVANTO": 1 });
      expect(v("referrals-completed-by-pair", "DISTRICT", "2025")).toEqual({ "TRAJEKT>MONDRIAAN": 1 });
      expect(v("referrals-rejected-by-reason", "WYCKERPOORT", "2025-Q1")).toEqual({ NO_CAPACITY: 1 });
      expect(v("referrals-completed-by-outcome", "DISTRICT", "2025-Q1")).toEqual({ GOALS_MET: 1 });
      // Each figure names its breakdown; the totals name none.
      const byPartner = f.filter((x) => x.indicator === "contacts-by-partner");
      expect(byPartner.every((x) => x.breakdown === "partner" && x.breakdownValue !== null)).toBe(true);
      expect(f.filter((x) => x.indicator === "contacts").every((x) => x.breakdown === null)).toBe(true);
    });

    it("given k = 1, when published, then the values of every partitioning breakdown add up to its total in each cell", async () => {
      await publishWardFigures(sql, withLoopPairs(), { k: 1 });
      const f = await readFigures(sql, {});
      const partitions = withLoopPairs().filter(
        (d) => d.breakdownOf !== undefined && d.id !== "clients-in-care-by-partner",
      );
      expect(partitions.length).toBe(16);
      for (const d of partitions) {
        for (const total of f.filter((x) => x.indicator === d.breakdownOf)) {
          const sum = f
            .filter((x) => x.indicator === d.id && x.ward === total.ward && x.period === total.period)
            .reduce((s, x) => s + (x.value ?? 0), 0);
          expect(sum, `${d.id} ${total.ward} ${total.period}`).toBe(total.value);
        }
      }
    });

    it("given k = 10, when published, then no breakdown shows a count under 10, and suppressed cells carry a reason", async () => {
      await publishWardFigures(sql, loadCatalogue(), { k: 10 });
      const f = await readFigures(sql, {});
      const breakdowns = f.filter((x) => x.breakdown !== null);
      expect(breakdowns.length).toBeGreaterThan(0);
      for (const x of breakdowns) {
        if (x.status === "SUPPRESSED")
          expect(x.value === null && x.reason !== null, JSON.stringify(x)).toBe(true);
        else if (x.indicator.startsWith("referrals-") || x.indicator.startsWith("clients-in-care-")) {
          expect(x.value === 0 || (x.value ?? 0) >= 10, JSON.stringify(x)).toBe(true);
        }
      }
      // Trajekt's 150 minutes of four clients in Wyckerpoort are not shown, nor anything beside them.
      const cell = f.filter(
        (x) =>
          x.indicator === "contact-minutes-by-partner" && x.ward === "WYCKERPOORT" && x.period === "2025-Q1",
      );
      expect(cell.map((x) => x.breakdownValue)).toContain("TRAJEKT");
      expect(cell.every((x) => x.value === null && x.status === "SUPPRESSED")).toBe(true);
    });
  });
}
