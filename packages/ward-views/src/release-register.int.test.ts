import { applyBatch, migrateCheckpoints } from "@bz/projections";
import { createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue, publishWardFigures, type Release, readReleases, wardProjection } from "./index.ts";
import { storedEvent } from "./testing.ts";

const db = useTestDatabase();

// Clients with one 10-minute contact each per ward and quarter of 2025; Wyckerpoort's Q3 (3) is the only cell under 10.
const clients: Record<string, number[]> = {
  WYCKERPOORT: [12, 11, 3, 14],
  WITTEVROUWENVELD: [15, 12, 13, 16],
  NAZARETH: [11, 12, 14, 10],
  LIMMEL: [13, 14, 12, 11],
};
let position = 0;
const contact = (ward: string, q: number, subject: string) =>
  storedEvent({
    position: ++position,
    type: "ContactDelivered",
    subject,
    ward: ward as "WYCKERPOORT",
    occurredAt: `2025-${String(q * 3 + 2).padStart(2, "0")}-10T10:00:00Z`,
    fields: { minutes: 10 },
  });
const history = Object.entries(clients).flatMap(([ward, perQuarter]) =>
  perQuarter.flatMap((n, q) => Array.from({ length: n }, (_, i) => contact(ward, q, `${ward}-${q}-${i}`))),
);
const released = history.length;
// Ten late contacts in Wyckerpoort's 2025-Q3, recorded after that quarter was released.
const late = Array.from({ length: 10 }, (_, i) => contact("WYCKERPOORT", 2, `late-${i}`));

let sql: SqlClient;
beforeAll(async () => {
  sql = createPostgresClient({ connectionString: db.url });
  await migrateCheckpoints(sql);
  await wardProjection.migrate(sql);
  await applyBatch(sql, wardProjection, history);
});
afterAll(async () => {
  await sql.close();
});

const find = (releases: Release[], indicator: string, ward: string, period: string) =>
  releases.find((r) => r.indicator === indicator && r.ward === ward && r.period === period);

describe("the register of released figures (PostgreSQL)", () => {
  let firstReleasedAt: string | undefined;

  it("given a first publication, then every figure is recorded once with its value or suppression and position, and nothing has changed", async () => {
    await publishWardFigures(sql, loadCatalogue(), { k: 10 });
    const all = await readReleases(sql, { indicator: "contacts" });
    // 2016 to 2025: ten years of five wards (with the district) × five periods (with the year).
    expect(all).toHaveLength(10 * 25);
    const small = find(all, "contacts", "WYCKERPOORT", "2025-Q3");
    expect(small?.released).toMatchObject({ status: "SUPPRESSED", reason: "PRIMARY", value: null });
    expect(small?.released.storePosition).toBe(String(released));
    expect(find(all, "contacts", "DISTRICT", "2025-Q3")?.released).toMatchObject({
      value: 42,
      status: "PUBLISHED",
    });
    firstReleasedAt = small?.released.releasedAt;
    expect(Number.isNaN(Date.parse(firstReleasedAt ?? ""))).toBe(false);
    await publishWardFigures(sql, loadCatalogue(), { k: 10 });
    expect(await readReleases(sql, { changed: true })).toEqual([]);
  });

  it("given late events in a released quarter and the frozen pattern, when published again, then the register lists the changed figures with both values and positions, and nothing hidden is revealed", async () => {
    await applyBatch(sql, wardProjection, late);
    await publishWardFigures(sql, loadCatalogue(), { k: 10, freezeSuppression: true });
    const changed = await readReleases(sql, { changed: true, indicator: "contacts" });
    // Hand-worked: the district's Q3 was 3 + 13 + 14 + 12 = 42, now 52; its year 193, now 203.
    expect(find(changed, "contacts", "DISTRICT", "2025-Q3")).toMatchObject({
      released: { value: 42, status: "PUBLISHED", storePosition: String(released) },
      current: { value: 52, status: "PUBLISHED", storePosition: String(released + 10) },
      change: "CHANGED",
    });
    expect(find(changed, "contacts", "DISTRICT", "2025")).toMatchObject({
      released: { value: 193 },
      current: { value: 203 },
      change: "CHANGED",
    });
    // Limmel's figures did not move, so they are not listed.
    expect(changed.filter((r) => r.ward === "LIMMEL")).toEqual([]);
    // Every figure released as suppressed is still suppressed: the late events reveal nothing.
    const all = await readReleases(sql, {});
    const hiddenThen = all.filter((r) => r.released.status === "SUPPRESSED");
    expect(hiddenThen.length).toBeGreaterThan(0);
    for (const r of hiddenThen) expect(r.current?.status, JSON.stringify(r)).toBe("SUPPRESSED");
    // Recorded once: the first release keeps its time and position.
    const small = find(all, "contacts", "WYCKERPOORT", "2025-Q3");
    expect(small?.released).toMatchObject({ releasedAt: firstReleasedAt, storePosition: String(released) });
    // Now 13 clients, but held as a primary: protected by complementary cells, not only hidden.
    expect(small?.current).toMatchObject({ status: "SUPPRESSED", reason: "PRIMARY" });
    const contacts2025 = all.filter((r) => r.indicator === "contacts" && r.period.startsWith("2025"));
    const hiddenNow = contacts2025.filter((r) => r.current?.status === "SUPPRESSED");
    for (const ward of ["WYCKERPOORT", "WITTEVROUWENVELD", "NAZARETH", "LIMMEL", "DISTRICT"]) {
      expect(hiddenNow.filter((r) => r.ward === ward).length, ward).not.toBe(1);
    }
    for (const period of ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025"]) {
      expect(hiddenNow.filter((r) => r.period === period).length, period).not.toBe(1);
    }
  });

  it("given the same late events without the freeze, then the register flags the formerly hidden cell as revealed", async () => {
    await publishWardFigures(sql, loadCatalogue(), { k: 10 });
    const changed = await readReleases(sql, { changed: true, indicator: "contacts", ward: "WYCKERPOORT" });
    expect(find(changed, "contacts", "WYCKERPOORT", "2025-Q3")).toMatchObject({
      released: { status: "SUPPRESSED", value: null },
      current: { status: "PUBLISHED", value: 13 },
      change: "REVEALED",
    });
  });
});
