import type { HttpApp } from "@bz/http";
import { applyBatch, migrateCheckpoints, timelineProjection } from "@bz/projections";
import { createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { grantAnalystView, wardProjection } from "@bz/ward-views";
import { storedEvent } from "@bz/ward-views/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analystApi } from "./query-api-fixture.testing.ts";

const db = useTestDatabase();
let sql: SqlClient;
let api: HttpApp;
const key = "analyst-key-for-tests";
const auth = { authorization: `Bearer ${key}` };

// Clients with one 10-minute contact each, per ward and quarter of 2025: two cells under 10.
const clients: Record<string, number[]> = {
  WYCKERPOORT: [12, 11, 3, 14],
  WITTEVROUWENVELD: [15, 2, 13, 16],
  NAZARETH: [11, 12, 14, 10],
  LIMMEL: [13, 14, 12, 11],
};
const history = Object.entries(clients).flatMap(([ward, perQuarter]) =>
  perQuarter.flatMap((n, q) => Array.from({ length: n }, (_, i) => ({ ward, q, i }))),
);

beforeAll(async () => {
  sql = createPostgresClient({ connectionString: db.url });
  await migrateCheckpoints(sql);
  await wardProjection.migrate(sql);
  await applyBatch(
    sql,
    wardProjection,
    history.map(({ ward, q, i }, n) =>
      storedEvent({
        position: n + 1,
        type: "ContactDelivered",
        subject: `${ward}-${q}-${i}`,
        ward: ward as "WYCKERPOORT",
        occurredAt: `2025-${String(q * 3 + 2).padStart(2, "0")}-10T10:00:00Z`,
        fields: { minutes: 10 },
      }),
    ),
  );
  api = await analystApi(sql, key);
});
afterAll(async () => {
  await api.close();
  await sql.close();
});

describe("analyst API", () => {
  it("refuses a request without a key or with an unknown key (problem+json), and serves an analyst", async () => {
    const none = await api.inject({ url: "/v1/wards" });
    expect(none.statusCode).toBe(401);
    expect(none.headers["content-type"]).toContain("application/problem+json");
    expect(none.json().code).toBe("AUTH_MISSING_CREDENTIALS");
    const wrong = await api.inject({ url: "/v1/wards", headers: { "x-api-key": "guess" } });
    expect(wrong.json().code).toBe("AUTH_INVALID_CREDENTIALS");
    const wards = await api.inject({ url: "/v1/wards", headers: auth });
    expect(wards.json().wards.map((w: { ward: string }) => w.ward)).toEqual([
      "WYCKERPOORT",
      "WITTEVROUWENVELD",
      "NAZARETH",
      "LIMMEL",
      "DISTRICT",
    ]);
  });

  it("lists the catalogue, and names an unknown indicator, ward or period in the error", async () => {
    const catalogue = (await api.inject({ url: "/v1/indicators", headers: auth })).json();
    expect(catalogue.indicators.map((d: { id: string }) => d.id)).toContain("contact-minutes");
    const unknown = await api.inject({ url: "/v1/indicators/nope", headers: auth });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe("WARD_UNKNOWN_INDICATOR");
    const ward = await api.inject({ url: "/v1/wards/AMSTERDAM/indicators", headers: auth });
    expect(ward.statusCode).toBe(404);
    expect(ward.json().detail).toContain("WYCKERPOORT");
    const period = await api.inject({
      url: "/v1/indicators/contacts?from=2025-05-01&to=2025-01-01",
      headers: auth,
    });
    expect(period.statusCode).toBe(400);
    expect(period.json().code).toBe("WARD_INVALID_PERIOD");
  });

  it("answers a ward's figures with the hand-computed values, the small cells suppressed and marked, never 0", async () => {
    const response = await api.inject({
      url: "/v1/wards/WYCKERPOORT/indicators?indicator=contact-minutes&from=2025-01-01&to=2025-12-31",
      headers: auth,
    });
    expect(response.statusCode).toBe(200);
    const figures = response.json().figures as {
      period: string;
      value: number | null;
      status: string;
      reason: string | null;
      storePosition: string;
    }[];
    expect(figures.map((f) => f.period)).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025"]);
    expect(figures[2]).toMatchObject({
      period: "2025-Q3",
      value: null,
      status: "SUPPRESSED",
      reason: "PRIMARY",
    });
    const hand = [120, 110, 30, 140, 400];
    figures.forEach((f, i) => {
      if (f.status === "PUBLISHED") expect(f.value).toBe(hand[i]);
      else expect(f.value).toBeNull();
      expect(f.storePosition).toBe(String(history.length));
    });
    // Hiding Q3 alone would leave it as the year minus the others: something else in the row is hidden.
    expect(figures.filter((f) => f.status === "SUPPRESSED").length).toBeGreaterThan(1);
  });

  it("serves CSV with a header row, ISO dates and the documented marker x for suppressed cells", async () => {
    const response = await api.inject({
      url: "/v1/indicators/contacts?from=2025-01-01&to=2025-12-31",
      headers: { ...auth, accept: "text/csv" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    const [header, ...rows] = response.body.trimEnd().split("\r\n");
    expect(header).toBe(
      "indicator,version,ward,period,period_start,period_end,value,status,reason,store_position,breakdown,breakdown_value",
    );
    expect(rows).toHaveLength(25);
    const cells = rows.map((row) => row.split(","));
    expect(cells.every((c) => c.length === 12 && /^\d{4}-\d{2}-\d{2}$/.test(c[4] ?? ""))).toBe(true);
    expect(cells.every((c) => c[10] === "" && c[11] === "")).toBe(true);
    const witt = cells.find((c) => c[2] === "WITTEVROUWENVELD" && c[3] === "2025-Q2");
    expect(witt?.slice(6, 9)).toEqual(["x", "SUPPRESSED", "PRIMARY"]);
    expect(cells.filter((c) => c[7] === "SUPPRESSED").every((c) => c[6] === "x")).toBe(true);
  });

  it("answers a breakdown as its own indicator id, each figure naming its value, in JSON and as two CSV columns", async () => {
    const response = await api.inject({
      url: "/v1/wards/DISTRICT/indicators?indicator=contacts-by-partner&from=2025-01-01&to=2025-12-31",
      headers: auth,
    });
    expect(response.statusCode).toBe(200);
    const figures = response.json().figures as {
      period: string;
      value: number | null;
      breakdown: string | null;
      breakdownValue: string | null;
    }[];
    // Every contact was Trajekt's: the one value holds the district's totals, 12 + 15 + 11 + 13 = 51 in Q1 ...
    expect(figures.map((f) => [f.breakdown, f.breakdownValue, f.period])).toEqual(
      ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025"].map((p) => ["partner", "TRAJEKT", p]),
    );
    const shown = figures.filter((f) => f.value !== null).map((f) => [f.period, f.value]);
    const hand: Record<string, number> = {
      "2025-Q1": 51,
      "2025-Q2": 39,
      "2025-Q3": 42,
      "2025-Q4": 51,
      "2025": 183,
    };
    expect(shown.length).toBeGreaterThan(0);
    for (const [period, value] of shown) expect(value).toBe(hand[period as string]);
    const csv = await api.inject({
      url: "/v1/indicators/contacts-by-partner?from=2025-01-01&to=2025-03-31",
      headers: { ...auth, accept: "text/csv" },
    });
    const rows = csv.body
      .trimEnd()
      .split("\r\n")
      .slice(1)
      .map((row) => row.split(","));
    expect(rows).toHaveLength(5);
    expect(
      rows.every((c) => c[0] === "contacts-by-partner" && c[10] === "partner" && c[11] === "TRAJEKT"),
    ).toBe(true);
  });

  it("property: whatever queries an analyst combines, a cell is the same in all of them, and hidden in one means hidden in all", async () => {
    const query = fc.record({
      ward: fc.constantFrom("WYCKERPOORT", "WITTEVROUWENVELD", "NAZARETH", "LIMMEL", "DISTRICT", "*"),
      indicator: fc.constantFrom("contacts", "contact-minutes", "clients-in-care", "contacts-by-partner"),
      range: fc.constantFrom(
        ["2025-01-01", "2025-06-30"],
        ["2025-01-01", "2025-12-31"],
        ["2025-04-01", "2025-09-30"],
        ["2025-07-01", "2025-12-31"],
        ["2016-01-01", "2030-12-31"],
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(query, { minLength: 2, maxLength: 6 }), async (queries) => {
        const seen = new Map<string, string>();
        for (const q of queries) {
          const range = `from=${q.range[0]}&to=${q.range[1]}`;
          const url =
            q.ward === "*"
              ? `/v1/indicators/${q.indicator}?${range}`
              : `/v1/wards/${q.ward}/indicators?indicator=${q.indicator}&${range}`;
          const figures = (await apiInject(url)).figures as {
            indicator: string;
            ward: string;
            period: string;
            value: number | null;
            status: string;
            breakdownValue: string | null;
          }[];
          for (const f of figures) {
            const cell = `${f.indicator}|${f.ward}|${f.period}|${f.breakdownValue}`;
            const shown = `${f.status}:${f.value}`;
            expect(seen.get(cell) ?? shown, cell).toBe(shown);
            seen.set(cell, shown);
            if (f.status === "SUPPRESSED") expect(f.value).toBeNull();
          }
        }
      }),
      { seed: 1212, numRuns: 25 },
    );
  });

  it("the SQL view, read with a read-only role, holds the same figures as the API, and that role sees no event store or timeline", async () => {
    await timelineProjection.migrate(sql);
    const role = `bz_ward_reader_${db.name.replace(/[^a-z0-9_]/g, "").slice(-20)}`;
    const login = `${role}_bi`;
    await grantAnalystView(sql, role);
    await sql.query(`create role ${login} login in role ${role}`);
    await sql.query("create schema if not exists event_store");
    await sql.query("create table if not exists event_store.events (global_position bigint)");
    const url = new URL(db.url);
    url.username = login;
    url.password = "";
    const bi = createPostgresClient({ connectionString: url.toString() });
    try {
      const viaApi = (await apiInject("/v1/indicators/contact-minutes?from=2025-01-01&to=2025-12-31"))
        .figures as { ward: string; period: string; value: number | null; status: string }[];
      const { rows } = await bi.query<{ ward: string; period: string; value: number | null; status: string }>(
        `select ward, period, value, status from ward_indicator_figures where indicator = 'contact-minutes'
           and period like '2025%' order by ward, period`,
      );
      const key = (r: { ward: string; period: string }) => `${r.ward}|${r.period}`;
      const sorted = (list: { ward: string; period: string; value: number | null; status: string }[]) =>
        list
          .map((r) => ({ ...r, value: r.value === null ? null : Number(r.value) }))
          .sort((a, b) => key(a).localeCompare(key(b)));
      expect(sorted(rows)).toEqual(
        sorted(viaApi.map(({ ward, period, value, status }) => ({ ward, period, value, status }))),
      );
      for (const table of [
        "ward_figures",
        "ward_activity",
        "timeline_entries",
        "event_store.events",
        "projection_checkpoints",
      ]) {
        await expect(bi.query(`select * from ${table} limit 1`), table).rejects.toThrow(/permission denied/);
      }
    } finally {
      await bi.close();
      await sql.query(`drop owned by ${login}`);
      await sql.query(`drop role ${login}`);
      await sql.query(`drop owned by ${role}`);
      await sql.query(`drop role ${role}`);
    }
  });
});

async function apiInject(url: string) {
  return (await api.inject({ url, headers: auth })).json();
}
