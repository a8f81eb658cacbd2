import type { HttpApp } from "@bz/http";
import { applyBatch, migrateCheckpoints } from "@bz/projections";
import { createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { laggedRelation, loadCatalogue, publishWardFigures, wardProjection } from "@bz/ward-views";
import { storedEvent } from "@bz/ward-views/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analystApi } from "./query-api-fixture.testing.ts";

const db = useTestDatabase();
let sql: SqlClient;
let api: HttpApp;
const key = "analyst-key-for-waterbed";
const auth = { authorization: `Bearer ${key}` };

// Wyckerpoort, in €100: social-domain (Wmo) costs 2024-Q1..Q4 1, 3, 2, 4 (none in 2025-Q1), and
// mental-health costs (Zvw at Mondriaan) 2024-Q1..2025-Q1 5, 2, 6, 4, 8: twice social a quarter later.
// Each cell is paid for two clients, half each, except 2024-Q3's social cost: one client.
const social = [1, 3, 2, 4];
const mentalHealth = [5, 2, 6, 4, 8];
const quarterStart = (q: number) => `${2024 + Math.floor(q / 4)}-${String((q % 4) * 3 + 2).padStart(2, "0")}`;

function history() {
  let position = 0;
  const cost = (q: number, euros100: number, side: "social" | "mh") => {
    const clients = side === "social" && q === 2 ? 1 : 2;
    return Array.from({ length: clients }, (_, c) =>
      storedEvent({
        position: ++position,
        type: "CostIncurred",
        subject: `${side}-${q}-${c}`,
        publisher: side === "social" ? "TRAJEKT" : "MONDRIAAN",
        financingDomain: side === "social" ? "WMO" : "ZVW",
        occurredAt: `${quarterStart(q)}-15T10:00:00Z`,
        fields: {
          amountCents: (euros100 * 10_000) / clients,
          periodStart: `${quarterStart(q)}-01`,
          periodEnd: `${quarterStart(q)}-28`,
        },
      }),
    );
  };
  return [
    ...social.flatMap((v, q) => cost(q, v, "social")),
    ...mentalHealth.flatMap((v, q) => cost(q, v, "mh")),
  ];
}

beforeAll(async () => {
  sql = createPostgresClient({ connectionString: db.url });
  await migrateCheckpoints(sql);
  await wardProjection.migrate(sql);
  await applyBatch(sql, wardProjection, history());
  api = await analystApi(sql, key, { publication: { k: 1, p: 0 } });
});
afterAll(async () => {
  await api.close();
  await sql.close();
});

const range = "from=2024-01-01&to=2025-03-31";

describe("the waterbed view", () => {
  it("given mental-health costs twice the social costs a quarter later, when asked, then lag 1 correlates exactly and lag 0 is the hand-worked value", async () => {
    const response = await api.inject({ url: `/v1/wards/wyckerpoort/waterbed?${range}`, headers: auth });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.quarters.map((q: { period: string }) => q.period)).toEqual([
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
      "2025-Q1",
    ]);
    expect(body.quarters[2].socialDomain).toMatchObject({ value: 20_000, status: "PUBLISHED" });
    expect(body.quarters[4]).toMatchObject({ socialDomain: { value: 0 }, mentalHealth: { value: 80_000 } });
    const [lag0, lag1, lag2, lag3, lag4] = body.relations;
    expect(lag1).toEqual({ lag: 1, pairs: 4, correlation: 1, changePairs: 3, changeCorrelation: 1 });
    // Lag 0 (in €100): social 1, 3, 2, 4, 0 against 5, 2, 6, 4, 8; means 2 and 5; Σdxdy = −11,
    // Σdx² = 10, Σdy² = 20: r = −11 / √200.
    expect(lag0.pairs).toBe(5);
    expect(lag0.correlation).toBeCloseTo(-11 / Math.sqrt(200), 12);
    expect([lag2.pairs, lag3.pairs, lag4.pairs]).toEqual([3, 2, 1]);
    // Lag 3: two pairs only, too few for a correlation.
    expect(lag3.correlation).toBeNull();
    // A ward without costs: every quarter published as 0, no variance, no correlation.
    const nazareth = (
      await api.inject({ url: `/v1/wards/NAZARETH/waterbed?${range}`, headers: auth })
    ).json();
    expect(nazareth.relations.every((r: { correlation: unknown }) => r.correlation === null)).toBe(true);
  });

  it("answers CSV with one row per lag, and names a bad ward or lag in problem+json", async () => {
    const csv = await api.inject({
      url: `/v1/wards/WYCKERPOORT/waterbed?${range}&maxLag=1`,
      headers: { ...auth, accept: "text/csv" },
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const [header, row0, row1, rest] = csv.body.split("\r\n");
    expect(header).toBe("ward,lag,pairs,correlation,change_pairs,change_correlation");
    expect(row1).toBe("WYCKERPOORT,1,4,1,3,1");
    expect(rest).toBe("");
    const [w, lag0, pairs, r, changePairs, changeR] = (row0 ?? "").split(",");
    expect([w, lag0, pairs, changePairs]).toEqual(["WYCKERPOORT", "0", "5", "4"]);
    expect(Number(r)).toBeCloseTo(-11 / Math.sqrt(200), 12);
    // Changes at lag 0: social 2, −1, 2, −4 against mental health −3, 4, −2, 4; Σdxdy = −29.25,
    // Σdx² = 24.75, Σdy² = 42.75.
    expect(Number(changeR)).toBeCloseTo(-29.25 / Math.sqrt(24.75 * 42.75), 12);
    const ward = await api.inject({ url: "/v1/wards/ROTTERDAM/waterbed", headers: auth });
    expect(ward.statusCode).toBe(404);
    expect(ward.headers["content-type"]).toContain("application/problem+json");
    expect(ward.json().detail).toContain("ROTTERDAM");
    const lag = await api.inject({ url: "/v1/wards/WYCKERPOORT/waterbed?maxLag=20", headers: auth });
    expect(lag.statusCode).toBe(400);
    expect(JSON.stringify(lag.json())).toContain("maxLag");
    const docs = (await api.inject({ url: "/docs" })).json();
    expect(Object.keys(docs.paths)).toContain("/v1/wards/{ward}/waterbed");
  });

  it("given a suppressed quarter (one client, k = 2), when asked, then the relation uses only the figures the API publishes", async () => {
    await publishWardFigures(sql, loadCatalogue(), { k: 2, p: 0 });
    const body = (await api.inject({ url: `/v1/wards/WYCKERPOORT/waterbed?${range}`, headers: auth })).json();
    expect(body.quarters[2].socialDomain).toMatchObject({ status: "SUPPRESSED", value: null });
    const figures = async (indicator: string) =>
      (
        await api.inject({
          url: `/v1/wards/WYCKERPOORT/indicators?indicator=${indicator}&${range}`,
          headers: auth,
        })
      )
        .json()
        .figures.filter((f: { period: string }) => f.period.includes("-Q"));
    const expected = laggedRelation(
      await figures("costs-social-domain"),
      await figures("costs-mental-health-zvw"),
    );
    expect(body.relations).toEqual(expected);
    // 2024-Q3 is out of lag 1: at most (1, 2), (3, 6), (4, 8) remain, still exactly correlated.
    expect(body.relations[1].pairs).toBeLessThanOrEqual(3);
    expect(
      body.relations[1].correlation === null || Math.abs(body.relations[1].correlation - 1) < 1e-12,
    ).toBe(true);
  });
});
