// The backfill end to end: a month of the four wards' history through the partners' own paths
// (the partner SDK to Kafka for most, the HTTP gateway for the partners the scenario sends over it,
// Xonar among them), recorded by the recorder into the PostgreSQL event store.
import { randomBytes } from "node:crypto";
import { partners, topicFor } from "@bz/contracts";
import { createPostgresEventStore } from "@bz/event-store";
import { buildGateway, hashApiKey, parseApiKeys } from "@bz/gateway";
import { createLogger } from "@bz/observability";
import { createPartnerPublisher } from "@bz/partner-sdk";
import { createPseudonymizer } from "@bz/privacy";
import { loadScenario, seededRandom, simulateHistory } from "@bz/simulation";
import { backfill, gatewayPath, type PartnerPath } from "@bz/simulator";
import { kafkaConnectionAs, useTestDatabase, waitFor } from "@bz/testkit";
import { describe, expect, it } from "vitest";
import { startServerPipeline } from "./server-pipeline.ts";

const db = useTestDatabase();

describe("simulator backfill", () => {
  it("writes a month of history through the SDK and the gateway into the store, Xonar included, once", async () => {
    const pipeline = await startServerPipeline(db.url);
    const key = { id: "k1", secret: randomBytes(32) };
    const pseudonymizer = createPseudonymizer(key);
    const scenario = loadScenario();
    const topicOf = (partner: string) => pipeline.topicOf(partner);
    const apiKeys = new Map(partners.map((p) => [p.id, `bz_${randomBytes(16).toString("hex")}`]));
    const gateway = await buildGateway({
      log: pipeline.log,
      logFor: (partner) => pipeline.gatewayLogFor(partner),
      apiKeys: parseApiKeys([...apiKeys].map(([id, k]) => `${id}=${hashApiKey(k)}`).join(",")),
      pseudonymizer,
      logger: createLogger({ service: "e2e-gateway", level: "silent" }),
      topicFor: topicOf,
    });
    const gatewayUrl = await gateway.http.listen({ host: "127.0.0.1", port: 0 });
    const publishers = partners.map((p) => ({
      id: p.id,
      publisher: createPartnerPublisher({
        partner: p.id,
        ...kafkaConnectionAs(`partner-${p.slug}`),
        pseudonymizer,
        topic: topicOf(p.id),
      }),
    }));
    const store = await createPostgresEventStore({ connectionString: db.url });
    try {
      const history = simulateHistory({
        scenario,
        random: seededRandom(31),
        from: Date.UTC(2025, 2, 1),
        to: Date.UTC(2025, 3, 1),
        identity: {
          pseudonymize: (bsn) => pseudonymizer.pseudonymize(bsn),
          pseudonymizeHousehold: (k) => pseudonymizer.pseudonymizeHousehold(k),
        },
      });
      const bsns = new Map(history.population.residents.map((r) => [r.subject, r.bsn]));
      const viaGateway = new Set(scenario.partners.overGateway);
      expect(viaGateway.has("XONAR")).toBe(true);
      const used = new Set<string>();
      const pathOf = (partner: (typeof partners)[number]["id"]): PartnerPath => {
        used.add(`${partner}:${viaGateway.has(partner) ? "gateway" : "sdk"}`);
        if (viaGateway.has(partner)) return gatewayPath(gatewayUrl, apiKeys.get(partner) ?? "", partner);
        const sdk = publishers.find((p) => p.id === partner)?.publisher;
        if (sdk === undefined) throw new Error(`no publisher for ${partner}`);
        return { publish: async (events) => void (await sdk.publish(events)) };
      };
      const options = {
        events: history.events,
        bsnOf: (s: string) => bsns.get(s) ?? "",
        pathOf,
        batchSize: 200,
      };
      const result = await backfill(options);
      expect(result.sent).toBe(history.events.length);
      expect(used).toContain("XONAR:gateway");
      expect([...used].some((u) => u.endsWith(":sdk"))).toBe(true);
      expect(result.byPartner.XONAR ?? 0).toBeGreaterThan(0);

      const expected = new Set(history.events.map((e) => e.eventId));
      await waitFor(async () => (await store.readAll({ maxCount: 1_000_000 })).length >= expected.size, {
        what: `the recorder storing all ${expected.size} backfilled events`,
        timeoutMs: 120_000,
      });
      // A second run (an operator rerunning a failed backfill) stores nothing twice.
      await backfill(options);
      const stored = await store.readAll({ maxCount: 1_000_000 });
      expect(new Set(stored.map((e) => e.eventId))).toEqual(expected);
      expect(stored.length).toBe(expected.size);
      const xonar = stored.filter((e) => e.data.publisher === "XONAR");
      expect(xonar.length).toBeGreaterThan(0);
      expect(topicFor("XONAR")).toBe("care.xonar.v1");
      const subjects = new Set(history.events.map((e) => e.subject));
      for (const e of stored) expect(subjects.has(String(e.data.subject))).toBe(true);
    } finally {
      await store.close();
      for (const p of publishers) await p.publisher.close();
      await gateway.stop();
      await pipeline.stop();
    }
  });
});
