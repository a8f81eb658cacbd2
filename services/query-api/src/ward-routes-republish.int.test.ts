import type { HttpApp } from "@bz/http";
import { applyBatch, migrateCheckpoints } from "@bz/projections";
import { createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase, waitFor } from "@bz/testkit";
import { wardProjection } from "@bz/ward-views";
import { storedEvent } from "@bz/ward-views/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analystApi } from "./query-api-fixture.testing.ts";

const db = useTestDatabase();
let sql: SqlClient;
let api: HttpApp;
const key = "analyst-key-for-republishing";
const contact = (position: number, subject: string, minutes: number, occurredAt: string) =>
  storedEvent({ position, type: "ContactDelivered", subject, occurredAt, fields: { minutes } });

beforeAll(async () => {
  sql = createPostgresClient({ connectionString: db.url });
  await migrateCheckpoints(sql);
  await wardProjection.migrate(sql);
  await applyBatch(sql, wardProjection, [contact(1, "s1", 30, "2025-01-05T10:00:00Z")]);
  api = await analystApi(sql, key, { publication: { k: 1, p: 0 }, serveWhileRepublishing: true });
});
afterAll(async () => {
  await api?.close();
  await sql?.close();
});

async function minutes(): Promise<{ value: number | null; storePosition: string }> {
  const response = await api.inject({
    url: "/v1/wards/DISTRICT/indicators?indicator=contact-minutes",
    headers: { authorization: `Bearer ${key}` },
  });
  expect(response.statusCode).toBe(200);
  const figures = response.json().figures as {
    period: string;
    value: number | null;
    storePosition: string;
  }[];
  const year = figures.find((f) => f.period === "2025");
  if (year === undefined) throw new Error("no 2025 figure");
  return year;
}

describe("republishing while serving", () => {
  it("answers the figures published so far, with their position, until the republication is done", async () => {
    expect(await minutes()).toMatchObject({ value: 30, storePosition: "1" });
    await applyBatch(sql, wardProjection, [contact(2, "s2", 15, "2025-02-05T10:00:00Z")]);
    // Another connection holds the publication's lock in a transaction until released.
    const holder = createPostgresClient({ connectionString: db.url });
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked: () => void = () => undefined;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holding = holder.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(hashtext('bz-ward-figures-publish'))");
      locked();
      await released;
    });
    try {
      await isLocked;
      // The republication has started and waits for the lock: the answer is the earlier one.
      expect(await minutes()).toMatchObject({ value: 30, storePosition: "1" });
      release();
      await holding;
      const next = await waitFor(
        async () => {
          const figure = await minutes();
          return figure.storePosition === "2" ? figure : undefined;
        },
        { what: "the republished figures at position 2" },
      );
      expect(next.value).toBe(45);
    } finally {
      release();
      await holder.close();
    }
  });
});
