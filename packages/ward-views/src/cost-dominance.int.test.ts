import { applyBatch, migrateCheckpoints } from "@bz/projections";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue, publishWardFigures, readFigures, wardProjection } from "./index.ts";
import { type buurtOf, storedEvent } from "./testing.ts";

const db = useTestDatabase();
const wards = [
  "WYCKERPOORT",
  "WITTEVROUWENVELD",
  "NAZARETH",
  "LIMMEL",
] as const satisfies (keyof typeof buurtOf)[];

/**
 * 2025: three clients per ward, each with a Wmo cost of €100 in every quarter, except that
 * Wyckerpoort's first client costs €10,000 in Q1. That cell has 3 clients (= k) and a total of
 * 1,000,000 + 10,000 + 10,000 cents: the rest beside the two largest is 10,000 < 10% of 1,000,000.
 */
function dominantHistory() {
  let position = 0;
  return wards.flatMap((ward) =>
    [0, 1, 2].flatMap((c) =>
      [1, 2, 3, 4].map((q) =>
        storedEvent({
          position: ++position,
          type: "CostIncurred",
          subject: `${ward}-${c}`,
          ward,
          occurredAt: `2025-${String(q * 3 - 1).padStart(2, "0")}-15T10:00:00Z`,
          fields: {
            amountCents: ward === "WYCKERPOORT" && c === 0 && q === 1 ? 1_000_000 : 10_000,
            periodStart: `2025-${String(q * 3 - 1).padStart(2, "0")}-01`,
            periodEnd: `2025-${String(q * 3 - 1).padStart(2, "0")}-28`,
          },
        }),
      ),
    ),
  );
}

for (const dialect of ["pglite", "postgres"] as const) {
  describe(`the p% rule on cost figures (${dialect})`, () => {
    let sql: SqlClient;
    beforeAll(async () => {
      sql =
        dialect === "postgres"
          ? createPostgresClient({ connectionString: db.url })
          : await createPgliteClient();
      await migrateCheckpoints(sql);
      await wardProjection.migrate(sql);
      await applyBatch(sql, wardProjection, dominantHistory());
    });
    afterAll(async () => {
      await sql.close();
    });

    const costs = async () =>
      readFigures(sql, { indicator: "costs-wmo", from: "2025-01-01", to: "2025-12-31" });
    const cell = (figures: Awaited<ReturnType<typeof costs>>, ward: string, period: string) =>
      figures.find((f) => f.ward === ward && f.period === period);

    it("given one client paying 96% of a cell of k clients, when published with p = 0, then every cell shows its sum", async () => {
      await publishWardFigures(sql, loadCatalogue(), { k: 3, p: 0 });
      const f = await costs();
      expect(cell(f, "WYCKERPOORT", "2025-Q1")?.value).toBe(1_020_000);
      expect(cell(f, "WYCKERPOORT", "2025")?.value).toBe(1_020_000 + 3 * 30_000);
      expect(f.every((figure) => figure.status === "PUBLISHED")).toBe(true);
    });

    it("given the same history, when published with p = 10, then the dominated cell is a primary although it has k clients, and complementary cells hide it", async () => {
      await publishWardFigures(sql, loadCatalogue(), { k: 3 });
      const f = await costs();
      const dominated = cell(f, "WYCKERPOORT", "2025-Q1");
      expect(dominated).toMatchObject({ status: "SUPPRESSED", reason: "PRIMARY", value: null });
      // Wyckerpoort's year: 1,110,000 with largest 1,030,000 and second 40,000; the rest 40,000 < 103,000.
      expect(cell(f, "WYCKERPOORT", "2025")).toMatchObject({ status: "SUPPRESSED", reason: "PRIMARY" });
      // Another ward's quarter: 30,000 split 10,000 three ways passes (rest 10,000 ≥ 1,000).
      expect(cell(f, "NAZARETH", "2025-Q2")?.reason).not.toBe("PRIMARY");
      // No row or column of the table has exactly one hidden cell, so no subtraction recovers it.
      const hidden = f.filter((figure) => figure.status === "SUPPRESSED");
      expect(hidden.length).toBeGreaterThan(2);
      for (const ward of [...wards, "DISTRICT"]) {
        expect(hidden.filter((h) => h.ward === ward).length).not.toBe(1);
      }
      for (const period of ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025"]) {
        expect(hidden.filter((h) => h.period === period).length).not.toBe(1);
      }
      // The clients-in-care counts of the same cells (3 each, k = 3) are untouched by the rule.
      const clients = await readFigures(sql, { indicator: "clients-in-care", ward: "WYCKERPOORT" });
      expect(clients.find((c) => c.period === "2025-Q1")).toMatchObject({ status: "PUBLISHED", value: 3 });
    });
  });
}
