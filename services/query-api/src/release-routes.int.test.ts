import type { HttpApp } from "@bz/http";
import { applyBatch, migrateCheckpoints } from "@bz/projections";
import { createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { wardProjection } from "@bz/ward-views";
import { storedEvent } from "@bz/ward-views/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analystApi } from "./query-api-fixture.testing.ts";

const db = useTestDatabase();
let sql: SqlClient;
let api: HttpApp;
const key = "analyst-key-for-releases";
const auth = { authorization: `Bearer ${key}` };
const contact = (position: number, subject: string, minutes: number, occurredAt: string) =>
  storedEvent({ position, type: "ContactDelivered", subject, occurredAt, fields: { minutes } });

beforeAll(async () => {
  sql = createPostgresClient({ connectionString: db.url });
  await migrateCheckpoints(sql);
  await wardProjection.migrate(sql);
  // Wyckerpoort 2025-Q1: 30 + 15 minutes; 2025-Q2: 20 minutes.
  await applyBatch(sql, wardProjection, [
    contact(1, "s1", 30, "2025-01-05T10:00:00Z"),
    contact(2, "s2", 15, "2025-02-05T10:00:00Z"),
    contact(3, "s3", 20, "2025-05-05T10:00:00Z"),
  ]);
  api = await analystApi(sql, key, { publication: { k: 1, p: 0 } });
});
afterAll(async () => {
  await api.close();
  await sql.close();
});

describe("GET /v1/releases", () => {
  it("given a late contact in a released quarter, when asked for changed figures, then it lists the released and current values with their positions", async () => {
    const first = await api.inject({ url: "/v1/releases?changed=true", headers: auth });
    expect(first.statusCode).toBe(200);
    expect(first.json().releases).toEqual([]);
    const all = (
      await api.inject({ url: "/v1/releases?indicator=contact-minutes&ward=wyckerpoort", headers: auth })
    ).json();
    expect(all.releases.find((r: { period: string }) => r.period === "2025-Q1")).toMatchObject({
      released: { value: 45, status: "PUBLISHED", storePosition: "3" },
      current: { value: 45 },
      change: "UNCHANGED",
    });
    // A contact of 10 minutes on 20 March arrives after 2025-Q1 was released.
    await applyBatch(sql, wardProjection, [contact(4, "s4", 10, "2025-03-20T10:00:00Z")]);
    const changed = (
      await api.inject({
        url: "/v1/releases?changed=true&indicator=contact-minutes&ward=WYCKERPOORT",
        headers: auth,
      })
    ).json().releases;
    expect(changed.map((r: { period: string }) => r.period)).toEqual(["2025-Q1", "2025"]);
    expect(changed[0]).toMatchObject({
      indicator: "contact-minutes",
      version: 1,
      released: { value: 45, storePosition: "3" },
      current: { value: 55, storePosition: "4", status: "PUBLISHED" },
      change: "CHANGED",
    });
    expect(changed[1]).toMatchObject({ released: { value: 65 }, current: { value: 75 } });
  });

  it("names a bad parameter in problem+json, and refuses a caller without a key", async () => {
    const bad = await api.inject({ url: "/v1/releases?changed=maybe", headers: auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toContain("application/problem+json");
    expect(JSON.stringify(bad.json())).toContain("changed");
    const indicator = await api.inject({ url: "/v1/releases?indicator=nope", headers: auth });
    expect(indicator.json().code).toBe("WARD_UNKNOWN_INDICATOR");
    expect((await api.inject({ url: "/v1/releases" })).statusCode).toBe(401);
  });
});
