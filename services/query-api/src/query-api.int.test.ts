import type { HttpApp } from "@bz/http";
import { createLogger } from "@bz/observability";
import { applyBatch, migrateCheckpoints, timelineProjection } from "@bz/projections";
import { storedContact } from "@bz/projections/testing";
import { buildQueryApi } from "@bz/query-api";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const db = useTestDatabase();
let sql: SqlClient;
let api: HttpApp;

const event = (position: number, publisher: string) =>
  storedContact({ position, publisher, subject: "k1:client-1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" });

const viewer = (organisation: string, user = "prof-1") => ({
  "x-bz-user": user,
  "x-bz-organisation": organisation,
  "x-bz-purpose": "CARE",
});

beforeAll(async () => {
  sql = createPostgresClient({ connectionString: db.url });
  await migrateCheckpoints(sql);
  await timelineProjection.migrate(sql);
  await applyBatch(sql, timelineProjection, [event(1, "TRAJEKT"), event(2, "METGGZ"), event(3, "TRAJEKT")]);
  api = await buildQueryApi({ readModels: sql, logger: createLogger({ service: "test", level: "silent" }) });
});
afterAll(async () => {
  await api.close();
  await sql.close();
});

describe("query API timeline", () => {
  it("shows a professional their own organisation's events and logs the read with the NEN 7513 fields", async () => {
    const response = await api.inject({
      url: "/v1/clients/k1:client-1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/timeline",
      headers: { ...viewer("TRAJEKT"), "x-bz-on-behalf-of": "prof-lead", "user-agent": "ecd/1.0" },
    });
    expect(response.statusCode).toBe(200);
    const entries = response.json().entries as { eventId: string; publisher: string }[];
    expect(entries.map((e) => e.publisher)).toEqual(["TRAJEKT", "TRAJEKT"]);

    const log = (
      await api.inject({
        url: "/v1/clients/k1:client-1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/access-log",
        headers: viewer("TRAJEKT"),
      })
    ).json();
    // The newest entry is this look at the log itself; the one before it is the timeline read.
    const last = log.entries.at(-2);
    expect(last).toMatchObject({
      action: "read",
      userId: "prof-1",
      onBehalfOf: "prof-lead",
      organisation: "TRAJEKT",
      purpose: "CARE",
      emergency: false,
      objects: { kind: "ClientTimeline", ids: entries.map((e) => e.eventId) },
    });
    expect(last.accessPoint).toContain("ecd/1.0");
    expect(last.legalBasis.length).toBeGreaterThan(5);
    expect(last.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not show another partner's events (no consent is modelled yet), and still logs the read", async () => {
    const readLog = async () =>
      (
        await api.inject({
          url: "/v1/clients/k1:client-1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/access-log",
          headers: viewer("TRAJEKT"),
        })
      ).json().entries;
    const before = (await readLog()).length;
    const response = await api.inject({
      url: "/v1/clients/k1:client-1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/timeline",
      headers: viewer("ENVIDA"),
    });
    expect(response.json().entries).toEqual([]);
    const after = await readLog();
    expect(after).toHaveLength(before + 2);
    expect(after.at(-2)).toMatchObject({
      organisation: "ENVIDA",
      objects: { kind: "ClientTimeline", ids: [] },
    });
  });

  it("logs who reads a client's access log, and refuses an anonymous look at it", async () => {
    const anonymous = await api.inject({
      url: "/v1/clients/k1:client-2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/access-log",
    });
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.headers["content-type"]).toContain("application/problem+json");
    const response = await api.inject({
      url: "/v1/clients/k1:client-2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/access-log",
      headers: { ...viewer("TRAJEKT"), "x-bz-purpose": "CLIENT_ACCESS_REQUEST" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().subject).toBe("k1:client-2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    expect(response.json().entries.at(-1)).toMatchObject({
      userId: "prof-1",
      organisation: "TRAJEKT",
      purpose: "CLIENT_ACCESS_REQUEST",
      objects: { kind: "ClientAccessLog", ids: [] },
    });
  });

  it("answers an empty, logged timeline on a fresh database, before any projector ran", async () => {
    const fresh = await createPgliteClient();
    try {
      const early = await buildQueryApi({
        readModels: fresh,
        logger: createLogger({ service: "test", level: "silent" }),
      });
      const response = await early.inject({
        url: "/v1/clients/k1:nobodyaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/timeline",
        headers: viewer("TRAJEKT"),
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().entries).toEqual([]);
      const { rows } = await fresh.query<{ n: number }>(
        "select count(*)::int as n from access_log.entries where subject = 'k1:nobodyaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'",
      );
      expect(rows[0]?.n).toBe(1);
      await early.close();
    } finally {
      await fresh.close();
    }
  });

  it("refuses a BSN typed into the URL with 400 before anything reads or access-logs it", async () => {
    const response = await api.inject({ url: "/v1/clients/123456782/timeline", headers: viewer("TRAJEKT") });
    expect(response.statusCode).toBe(400);
    expect(response.json()["invalid-params"]).toEqual([
      { name: "params.subject", reason: expect.stringContaining("looks like a BSN") },
    ]);
    const { rows } = await sql.query<{ n: number }>(
      "select count(*)::int as n from access_log.entries where subject like '%123456782%'",
    );
    expect(rows[0]?.n).toBe(0);
  });

  it("answers a read without identity with problem+json naming the missing headers", async () => {
    const response = await api.inject({
      url: "/v1/clients/k1:client-1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/timeline",
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const names = response.json()["invalid-params"].map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(["headers.x-bz-user", "headers.x-bz-organisation"]));
  });

  it("fails closed: when the access log cannot be written, no data is returned", async () => {
    await sql.exec("alter table access_log.entries rename to entries_away");
    try {
      const response = await api.inject({
        url: "/v1/clients/k1:client-1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/timeline",
        headers: viewer("TRAJEKT"),
      });
      expect(response.statusCode).toBe(503);
      expect(response.json().code).toBe("ACCESS_LOG_UNAVAILABLE");
      expect(response.body).not.toContain("00000000-0000-4000-8000-000000000001");
    } finally {
      await sql.exec("alter table access_log.entries_away rename to entries");
    }
  });
});
