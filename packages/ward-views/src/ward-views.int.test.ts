import { applyBatch, migrateCheckpoints } from "@bz/projections";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Figure, loadCatalogue, publishWardFigures, readFigures, wardProjection } from "./index.ts";
import { knownHistory, storedEvent } from "./testing.ts";

const db = useTestDatabase();
const history = knownHistory();

function figureValue(
  figures: Figure[],
  indicator: string,
  ward: string,
  period: string,
): number | null | undefined {
  return figures.find((f) => f.indicator === indicator && f.ward === ward && f.period === period)?.value;
}

for (const dialect of ["pglite", "postgres"] as const) {
  describe(`ward views on ${dialect}`, () => {
    let sql: SqlClient;
    beforeAll(async () => {
      sql =
        dialect === "postgres"
          ? createPostgresClient({ connectionString: db.url })
          : await createPgliteClient();
      await migrateCheckpoints(sql);
      await wardProjection.migrate(sql);
      // Two batches, the second redelivered: nothing may be counted twice.
      await applyBatch(sql, wardProjection, history.slice(0, 10));
      await applyBatch(sql, wardProjection, history);
    });
    afterAll(async () => {
      await sql.close();
    });

    it("given the known history, k = 1 and p = 0, when published, then each indicator equals the figure worked out by hand", async () => {
      // p = 0 turns the p% rule off: every cost cell here has one or two clients and would be dominated.
      const published = await publishWardFigures(sql, loadCatalogue(), { k: 1, p: 0 });
      expect(published.storePosition).toBe(BigInt(history.length));
      const f = await readFigures(sql, {});
      const v = (indicator: string, ward: string, period: string) => figureValue(f, indicator, ward, period);
      // Clients in care: s3 counts in Nazareth (last Q1 event there); s5 objected and is left out.
      expect(v("clients-in-care", "WYCKERPOORT", "2025-Q1")).toBe(2);
      expect(v("clients-in-care", "NAZARETH", "2025-Q1")).toBe(1);
      expect(v("clients-in-care", "LIMMEL", "2025-Q1")).toBe(1);
      expect(v("clients-in-care", "DISTRICT", "2025-Q1")).toBe(4);
      expect(v("clients-in-care", "WYCKERPOORT", "2025-Q2")).toBe(1);
      expect(v("clients-in-care", "DISTRICT", "2025")).toBe(5);
      // Contacts and minutes: s1 30 + 15, s2 45, s3 60 in Wyckerpoort; s3 25 in Nazareth; s4 20 in Limmel.
      expect(v("contacts", "WYCKERPOORT", "2025-Q1")).toBe(4);
      expect(v("contact-minutes", "WYCKERPOORT", "2025-Q1")).toBe(150);
      expect(v("contact-minutes", "NAZARETH", "2025-Q1")).toBe(25);
      expect(v("contact-minutes", "DISTRICT", "2025-Q1")).toBe(195);
      expect(v("contact-minutes", "LIMMEL", "2025-Q3")).toBe(60);
      expect(v("contact-minutes", "DISTRICT", "2025")).toBe(255);
      // Costs and the waterbed pair (s5's 99900 is left out).
      expect(v("costs-wmo", "WYCKERPOORT", "2025-Q1")).toBe(10000);
      expect(v("costs-mental-health-zvw", "WYCKERPOORT", "2025-Q1")).toBe(50000);
      expect(v("costs-social-domain", "DISTRICT", "2025-Q1")).toBe(12000);
      expect(v("costs-wmo", "LIMMEL", "2025-Q2")).toBe(3000);
      // Referral loop: r1 accepted after 10 days and completed, r2 rejected, r3 unanswered.
      expect(v("referrals-made", "WYCKERPOORT", "2025-Q1")).toBe(2);
      expect(v("referrals-accepted", "WYCKERPOORT", "2025-Q1")).toBe(1);
      expect(v("referrals-rejected", "WYCKERPOORT", "2025-Q1")).toBe(1);
      expect(v("referrals-unanswered", "LIMMEL", "2025-Q1")).toBe(1);
      expect(v("referrals-made", "DISTRICT", "2025")).toBe(3);
      expect(v("referrals-completed", "WYCKERPOORT", "2025-Q1")).toBe(1);
      expect(v("referral-days-to-acceptance", "WYCKERPOORT", "2025-Q1")).toBeCloseTo(10);
      // Positive Health: (5 + 6) / 2 in Q1, s1's 7 in Q2; change of s1 from 5 to 7 counts where he was last assessed.
      expect(v("positive-health-meaning", "WYCKERPOORT", "2025-Q1")).toBeCloseTo(5.5);
      expect(v("positive-health-meaning", "WYCKERPOORT", "2025")).toBeCloseTo(6);
      expect(v("positive-health-change", "WYCKERPOORT", "2025-Q2")).toBeCloseTo(2);
      expect(v("positive-health-meaning", "LIMMEL", "2025-Q1")).toBeNull();
      // Stacked care and the coordinator: h2's costs 3000 the year before, 7000 after.
      expect(v("stacked-care-households", "LIMMEL", "2025-Q3")).toBe(1);
      expect(v("coordinated-households", "LIMMEL", "2025-Q3")).toBe(1);
      expect(v("coordinated-household-costs-before", "LIMMEL", "2025-Q3")).toBe(3000);
      expect(v("coordinated-household-costs-after", "LIMMEL", "2025-Q3")).toBe(7000);
      // Every figure names its definition version and the store position.
      expect(
        f.every((figure) => figure.version === 1 && figure.storePosition === String(history.length)),
      ).toBe(true);
    });

    it("given the same history and k = 10, when published, then no count under 10 and no cell behind one is shown", async () => {
      await publishWardFigures(sql, loadCatalogue(), { k: 10 });
      const f = await readFigures(sql, {});
      const suppressed = f.filter((figure) => figure.status === "SUPPRESSED");
      expect(suppressed.length).toBeGreaterThan(0);
      expect(suppressed.every((figure) => figure.value === null && figure.reason !== null)).toBe(true);
      // Every count-like figure still shown is 0 or at least 10 people behind it.
      for (const figure of f.filter((x) => x.status === "PUBLISHED")) {
        if (["clients-in-care", "referrals-made", "coordinated-households"].includes(figure.indicator)) {
          expect(figure.value === 0 || (figure.value ?? 0) >= 10, JSON.stringify(figure)).toBe(true);
        }
      }
      expect(figureValue(f, "contact-minutes", "WYCKERPOORT", "2025-Q1")).toBeNull();
    });

    it("given the client withdraws the objection, when published again, then their figures count again", async () => {
      await applyBatch(sql, wardProjection, [
        storedEvent({
          position: history.length + 1,
          type: "ObjectionWithdrawn",
          subject: "s5",
          occurredAt: "2025-03-10T10:00:00Z",
          fields: { objectionId: "o5", scope: "ANALYTICS" },
        }),
      ]);
      await publishWardFigures(sql, loadCatalogue(), { k: 1 });
      const f = await readFigures(sql, {
        ward: "WYCKERPOORT",
        indicator: "contact-minutes",
        from: "2025-01-01",
        to: "2025-03-31",
      });
      expect(f.map((figure) => [figure.period, figure.value])).toEqual([["2025-Q1", 190]]);
    });
  });
}
