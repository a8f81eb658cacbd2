// A pseudonym-key rotation end to end (ADR 0042): a partner's SDK gets its pseudonyms from the
// gateway (it never holds the key), the platform rotates k1 -> k2, and the client's timeline over
// HTTP still holds every event, those made under k1 and those under k2.
import { randomBytes } from "node:crypto";
import { decodeEvent } from "@bz/contracts";
import { createKafkaEventLog } from "@bz/event-log";
import { buildGateway, hashApiKey, parseApiKeys } from "@bz/gateway";
import { createLogger } from "@bz/observability";
import { createPartnerPublisher } from "@bz/partner-sdk";
import { sampleEventWithBsn, testBsn } from "@bz/partner-sdk/testing";
import { createPseudonymizer, type Pseudonymizer } from "@bz/privacy";
import { createTimelineProjection } from "@bz/projections";
import { freePort, kafkaConnectionAs, uniqueName, useTestDatabase, waitFor } from "@bz/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { startServerPipeline } from "./server-pipeline.ts";

const db = useTestDatabase();
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const apiKey = "trajekt-rotation-key";

describe("pseudonym-key rotation", () => {
  it("new events get the new key's pseudonym, and the client's timeline stays whole across the rotation", async () => {
    const k1 = { id: "k1", secret: randomBytes(32) };
    const k2 = { id: "k2", secret: randomBytes(32) };
    const rotated = createPseudonymizer(k2, [k1]);
    // The projector knows every key, so it files each event under the current pseudonym.
    const pipeline = await startServerPipeline(db.url, {
      pseudonymKeyIds: ["k2", "k1"],
      projections: [createTimelineProjection({ subjectOf: rotated.relink })],
    });
    cleanup.push(() => pipeline.stop());
    const topic = pipeline.topicOf("TRAJEKT");
    const port = await freePort();
    /** The gateway on a fixed port, as a restarted gateway would come back with new keys. */
    const startGateway = async (pseudonymizer: Pseudonymizer) => {
      // It only issues pseudonyms here: a principal without Kafka rights is enough.
      const log = createKafkaEventLog({
        ...kafkaConnectionAs("stranger"),
        clientId: uniqueName("rotation-gw"),
        logger: silent,
      });
      const gateway = await buildGateway({
        log,
        apiKeys: parseApiKeys(`trajekt=${hashApiKey(apiKey)}`),
        pseudonymizer,
        logger: createLogger({ service: "rotation-test", level: "silent" }),
        topicFor: () => topic,
      });
      await gateway.http.listen({ host: "127.0.0.1", port });
      return async () => {
        await gateway.stop();
        await log.close();
      };
    };
    const publisher = () => {
      const sdk = createPartnerPublisher({
        partner: "TRAJEKT",
        ...kafkaConnectionAs("partner-trajekt"),
        topic,
        pseudonymService: { url: `http://127.0.0.1:${port}`, apiKey },
        logger: silent,
      });
      cleanup.push(() => sdk.close());
      return sdk;
    };

    const stopFirst = await startGateway(createPseudonymizer(k1));
    const early = publisher();
    const before = sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT" });
    await early.publish(before);
    await stopFirst();

    // The rotation: the gateway comes back with k2 current and k1 kept for linking.
    const stopSecond = await startGateway(rotated);
    cleanup.push(stopSecond);
    const after = sampleEventWithBsn("CostIncurred", { publisher: "TRAJEKT" });
    await publisher().publish(after);
    // A partner process that still caches the k1 pseudonym: its event joins the same timeline.
    const cached = sampleEventWithBsn("ReferralMade", { publisher: "TRAJEKT" });
    await early.publish(cached);

    // On Kafka: the new SDK's event carries the k2 pseudonym, the others k1; no BSN anywhere.
    const subjects = new Map<string, string>();
    const reader = createKafkaEventLog({
      ...kafkaConnectionAs("admin"),
      clientId: "rotation-reader",
      logger: silent,
    });
    cleanup.push(() => reader.close());
    const consumer = await reader.consume({
      groupId: uniqueName("rotation-reader"),
      topics: [topic],
      handleBatch: async (batch) => {
        for (const record of batch.records) {
          expect(record.value.includes(testBsn)).toBe(false);
          const event = decodeEvent(record.value);
          subjects.set(event.eventId, event.subject);
        }
      },
    });
    await waitFor(() => subjects.size >= 3, { what: "the three events on the topic" });
    await consumer.stop();
    const k1Pseudonym = createPseudonymizer(k1).pseudonymize(testBsn);
    const k2Pseudonym = rotated.pseudonymize(testBsn);
    expect(k2Pseudonym).not.toBe(k1Pseudonym);
    expect(subjects.get(before.eventId)).toBe(k1Pseudonym);
    expect(subjects.get(after.eventId)).toBe(k2Pseudonym);
    expect(subjects.get(cached.eventId)).toBe(k1Pseudonym);

    // The timeline of the client's current pseudonym holds all three.
    const address = await pipeline.api.listen({ host: "127.0.0.1", port: 0 });
    const url = `${address}/v1/clients/${encodeURIComponent(k2Pseudonym)}/timeline`;
    const entries = await waitFor(
      async () => {
        const response = await fetch(url, {
          headers: { authorization: `Bearer ${await pipeline.tokens.staff("TRAJEKT", "trajekt-7")}` },
        });
        const json = (await response.json()) as { entries: { eventId: string }[] };
        return json.entries.length >= 3 ? json.entries : undefined;
      },
      { what: "all three events in the timeline of the client's current pseudonym" },
    );
    expect(entries.map((e) => e.eventId).sort()).toEqual(
      [before.eventId, after.eventId, cached.eventId].sort(),
    );
  });
});
