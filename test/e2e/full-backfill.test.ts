// Issue 10's "done when": the full default scenario, 2016-01 to now (about 300,000 events), through
// the partners' own paths (the partner SDK to Kafka, the HTTP gateway for the scenario's
// `overGateway` partners) and the real recorder into the PostgreSQL event store. No partner holds
// the pseudonym key: the SDK partners get subject and household pseudonyms from the gateway's
// POST /v1/pseudonyms, the HTTP partners send BSN and household key in clear (ADR 0061). Every event
// stored once, none dead-lettered, per-partner counts as generated, every event type present, every
// pseudonym the platform's, no clear BSN.
// The time it takes is printed (benchmark G8 measures the same path); nothing asserts a time.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { eventTypes, type Partner, partners } from "@bz/contracts";
import { buildGateway, hashApiKey, parseApiKeys } from "@bz/gateway";
import { createLogger } from "@bz/observability";
import { createPartnerPublisher } from "@bz/partner-sdk";
import { createPseudonymizer } from "@bz/privacy";
import { loadScenario, seededRandom, simulateHistory } from "@bz/simulation";
import { backfill, gatewayPath, householdKeysOf, type PartnerPath, sdkPath } from "@bz/simulator";
import { createPostgresClient } from "@bz/sql";
import { kafkaConnectionAs, useTestDatabase, waitFor } from "@bz/testkit";
import { describe, expect, it } from "vitest";
import { startServerPipeline } from "./server-pipeline.ts";

const db = useTestDatabase();

describe("simulator backfill of the four wards, 2016 to now", () => {
  it("stores every event of the default scenario exactly once, none dead-lettered, no clear BSN", async () => {
    const started = performance.now();
    // No projector work: this measures the way into the store (the projections have their own G7).
    const pipeline = await startServerPipeline(db.url, { projections: [] });
    // The platform's key lives in the gateway only; the simulation runs on a throwaway key whose
    // pseudonyms stand for BSNs and address keys inside this process and never reach Kafka.
    const pseudonymizer = createPseudonymizer({ id: "k1", secret: randomBytes(32) });
    const local = createPseudonymizer({ id: "sim", secret: randomBytes(32) });
    const scenario = loadScenario();
    const apiKeys = new Map(partners.map((p) => [p.id, `bz_${randomBytes(16).toString("hex")}`]));
    const gateway = await buildGateway({
      log: pipeline.log,
      logFor: (partner) => pipeline.gatewayLogFor(partner),
      apiKeys: parseApiKeys([...apiKeys].map(([id, k]) => `${id}=${hashApiKey(k)}`).join(",")),
      pseudonymizer,
      logger: createLogger({ service: "e2e-gateway", level: "silent" }),
      topicFor: (partner) => pipeline.topicOf(partner),
    });
    const gatewayUrl = await gateway.http.listen({ host: "127.0.0.1", port: 0 });
    const viaGateway = new Set<Partner>(scenario.partners.overGateway);
    const publishers = partners
      .filter((p) => !viaGateway.has(p.id))
      .map((p) => ({
        id: p.id,
        publisher: createPartnerPublisher({
          partner: p.id,
          ...kafkaConnectionAs(`partner-${p.slug}`),
          pseudonymService: { url: gatewayUrl, apiKey: apiKeys.get(p.id) ?? "" },
          topic: pipeline.topicOf(p.id),
        }),
      }));
    const sql = createPostgresClient({ connectionString: db.url });
    try {
      const history = simulateHistory({
        scenario,
        random: seededRandom(scenario.seed),
        from: Date.UTC(2016, 0, 1),
        to: Date.now(),
        identity: {
          pseudonymize: (bsn) => local.pseudonymize(bsn),
          pseudonymizeHousehold: (k) => local.pseudonymizeHousehold(k),
        },
      });
      const simulated = performance.now();
      const bsns = new Map(history.population.residents.map((r) => [r.subject, r.bsn]));
      const generated: Record<string, number> = {};
      for (const e of history.events) generated[e.publisher] = (generated[e.publisher] ?? 0) + 1;
      const pathOf = (partner: Partner): PartnerPath => {
        if (viaGateway.has(partner)) return gatewayPath(gatewayUrl, apiKeys.get(partner) ?? "", partner);
        const sdk = publishers.find((p) => p.id === partner)?.publisher;
        if (sdk === undefined) throw new Error(`no publisher for ${partner}`);
        return sdkPath(sdk);
      };
      const householdKeys = householdKeysOf(history.population);
      const result = await backfill({
        householdKeyOf: (household) => householdKeys.get(household),
        events: history.events,
        bsnOf: (s) => {
          const bsn = bsns.get(s);
          if (bsn === undefined) throw new Error("an event names a subject outside the population");
          return bsn;
        },
        pathOf,
      });
      const sent = performance.now();
      expect(result.sent).toBe(history.events.length);
      expect(result.byPartner).toEqual(generated);
      expect(viaGateway.size).toBeGreaterThan(0);
      expect(Object.keys(generated).length).toBe(partners.length);

      const count = async () =>
        Number((await sql.query<{ n: string }>("select count(*) as n from event_store.events")).rows[0]?.n);
      await waitFor(async () => (await count()) >= history.events.length, {
        what: `the recorder storing all ${history.events.length} backfilled events`,
        timeoutMs: 900_000,
        intervalMs: 1_000,
      });
      const stored = performance.now();
      const totals = (
        await sql.query<{ n: string; ids: string }>(
          "select count(*) as n, count(distinct event_id) as ids from event_store.events",
        )
      ).rows[0];
      expect(Number(totals?.n)).toBe(history.events.length);
      expect(Number(totals?.ids)).toBe(history.events.length);
      // The stored ids are the generated ones (same count, and every generated id is among them).
      const storedIds = new Set(
        (await sql.query<{ id: string }>("select event_id::text as id from event_store.events")).rows.map(
          (r) => r.id,
        ),
      );
      expect(history.events.filter((e) => !storedIds.has(e.eventId)).map((e) => e.eventId)).toEqual([]);

      const byPartner = Object.fromEntries(
        (
          await sql.query<{ partner: string; n: string }>(
            "select data->>'publisher' as partner, count(*) as n from event_store.events group by 1",
          )
        ).rows.map((r) => [r.partner, Number(r.n)]),
      );
      expect(byPartner).toEqual(generated);
      const types = (
        await sql.query<{ type: string }>("select distinct type from event_store.events order by 1")
      ).rows.map((r) => r.type);
      expect(types).toEqual([...eventTypes].sort());

      // Every subject and household is the platform's pseudonym of a resident's BSN or an address key.
      const platformSubjects = new Set(
        history.population.residents.map((r) => pseudonymizer.pseudonymize(r.bsn)),
      );
      const platformHouseholds = new Set(
        [...householdKeys.values()].map((k) => pseudonymizer.pseudonymizeHousehold(k)),
      );
      const identifiers = (
        await sql.query<{ subject: string; household: string | null }>(
          "select distinct data->>'subject' as subject, data->>'household' as household from event_store.events",
        )
      ).rows;
      expect(identifiers.filter((r) => !platformSubjects.has(r.subject)).length).toBe(0);
      expect(
        identifiers.filter((r) => r.household !== null && !platformHouseholds.has(r.household)).length,
      ).toBe(0);
      const withHousehold = history.events.filter(
        (e) => typeof (e as { household?: unknown }).household === "string",
      );
      const storedWithHousehold = Number(
        (
          await sql.query<{ n: string }>(
            "select count(*) as n from event_store.events where data->>'household' is not null",
          )
        ).rows[0]?.n,
      );
      expect(storedWithHousehold).toBe(withHousehold.length);
      expect(withHousehold.length).toBeGreaterThan(0);

      // No resident's BSN anywhere in a stored event: every nine-digit run is compared with them.
      const clear = new Set(history.population.residents.map((r) => r.bsn));
      const runs = (
        await sql.query<{ run: string }>(
          "select distinct (regexp_matches(data::text || metadata::text, '[0-9]{9,}', 'g'))[1] as run from event_store.events",
        )
      ).rows.map((r) => r.run);
      expect(runs.filter((run) => [...clear].some((bsn) => run.includes(bsn)))).toEqual([]);

      // None dead-lettered: every dead-letter topic is empty.
      for (const topic of pipeline.topics) {
        const ends = await pipeline.log.endOffsets(topic.deadLetterTopic);
        expect({
          topic: topic.deadLetterTopic,
          letters: ends.reduce((s, e) => s + Number(e.offset), 0),
        }).toEqual({ topic: topic.deadLetterTopic, letters: 0 });
      }
      const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
      console.log(
        `full backfill: ${history.events.length} events; simulate ${seconds(started, simulated)} s, send ${seconds(simulated, sent)} s (${Math.round(history.events.length / ((sent - simulated) / 1000))} events/s), stored ${seconds(simulated, stored)} s after the first send; total ${seconds(started, performance.now())} s`,
      );
    } finally {
      await sql.close();
      for (const p of publishers) await p.publisher.close();
      await gateway.stop();
      await pipeline.stop();
    }
  }, 1_200_000);
});
