// Server mode, all real: partners post events with clear BSNs to the gateway; the gateway, Kafka,
// the recorder, the PostgreSQL event store, the projector and the query API do their work. Then every
// stored byte is searched for the BSNs: every row of every table in the database, and (when this run
// started the broker) every file of the broker's log.
import { randomInt } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildGateway, hashApiKey, parseApiKeys } from "@bz/gateway";
import { createLogger } from "@bz/observability";
import { sampleEventWithBsn } from "@bz/partner-sdk/testing";
import { createPseudonymizer } from "@bz/privacy";
import { kafkaDataDir, useTestDatabase, waitFor } from "@bz/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { startServerPipeline } from "./server-pipeline.ts";

const db = useTestDatabase();
const logger = createLogger({ service: "bsn-e2e", level: "silent" });
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/**
 * BSNs of this run only: other tests put well-known test BSNs on the shared broker on purpose (a
 * partner sending a clear BSN, refused by the recorder), so this test posts fresh ones and searches
 * every file for exactly those.
 */
function randomBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + randomInt(9) : randomInt(10)));
    const sum = digits.reduce((total, digit, i) => total + (9 - i) * digit, 0);
    const check = sum % 11;
    if (check < 10) return [...digits, check].join("");
  }
}
const bsns = [randomBsn(), randomBsn(), randomBsn(), randomBsn()];
/** A nine-digit number that fails the elfproef (the last digit off by one), refused at the gateway. */
const invalidBsn = (() => {
  const valid = randomBsn();
  return `${valid.slice(0, 8)}${(Number(valid[8]) + 1) % 10}`;
})();

describe("the clear BSN in server mode", () => {
  it("is in no table row and no broker file after a full run", async () => {
    const pipeline = await startServerPipeline(db.url);
    cleanup.push(() => pipeline.stop());
    const { api, log, readModels } = pipeline;
    const pseudonymizer = createPseudonymizer({ id: "k1", secret: Buffer.alloc(32, 3) });
    const gateway = await buildGateway({
      log,
      logFor: (partner) => pipeline.gatewayLogFor(partner),
      apiKeys: parseApiKeys(`trajekt=${hashApiKey("trajekt-key")}`),
      pseudonymizer,
      logger,
      topicFor: (partner) => pipeline.topicOf(partner),
    });
    cleanup.push(() => gateway.stop());

    const events = bsns.map((bsn) => sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT", bsn }));
    const posted = await gateway.http.inject({
      method: "POST",
      url: "/v1/events",
      headers: { authorization: "Bearer trajekt-key" },
      payload: { events },
    });
    expect(posted.statusCode).toBe(202);
    // A refused request with a BSN that fails the elfproef stores nothing either.
    const refused = await gateway.http.inject({
      method: "POST",
      url: "/v1/events",
      headers: { authorization: "Bearer trajekt-key" },
      payload: sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT", bsn: invalidBsn }),
    });
    expect(refused.statusCode).toBe(400);

    for (const event of events) {
      const subject = pseudonymizer.pseudonymize(event.bsn);
      await waitFor(
        async () => {
          const response = await api.inject({
            url: `/v1/clients/${encodeURIComponent(subject)}/timeline`,
            headers: { authorization: `Bearer ${await pipeline.tokens.staff("TRAJEKT", "prof-1")}` },
          });
          if (response.statusCode === 404) return false;
          return (response.json() as { entries: { eventId: string }[] }).entries.some(
            (e) => e.eventId === event.eventId,
          );
        },
        { what: `event ${event.eventId} in its client's timeline` },
      );
    }

    // Every row of every table, as text.
    const { rows: tables } = await readModels.query<{ name: string }>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
    );
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["event_store.events", "public.timeline_entries", "access_log.entries"]),
    );
    let rowsSeen = 0;
    for (const { name } of tables) {
      const { rows } = await readModels.query<{ row: string }>(`select t::text as row from ${name} t`);
      rowsSeen += rows.length;
      for (const { row } of rows) for (const bsn of [...bsns, invalidBsn]) expect(row).not.toContain(bsn);
    }
    expect(rowsSeen).toBeGreaterThanOrEqual(events.length * 2);

    // Every file of the broker's log, when this run started the broker.
    const brokerDir = kafkaDataDir();
    if (brokerDir !== undefined) {
      const files = readdirSync(join(brokerDir, "data"), { recursive: true, withFileTypes: true }).filter(
        (f) => f.isFile(),
      );
      // Other test files delete their topics meanwhile: a file that vanished holds nothing of ours.
      const contents = files.flatMap((f) => {
        try {
          return [readFileSync(join(f.parentPath, f.name))];
        } catch (error) {
          if ((error as { code?: string }).code === "ENOENT") return [];
          throw error;
        }
      });
      expect(contents.some((bytes) => bytes.includes(Buffer.from(events[0]?.eventId ?? "-")))).toBe(true);
      for (const bsn of [...bsns, invalidBsn]) {
        expect(contents.filter((bytes) => bytes.includes(Buffer.from(bsn)))).toHaveLength(0);
      }
    }
  });
});
