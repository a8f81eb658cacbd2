import { randomBytes } from "node:crypto";
import { decodeEvent } from "@bz/contracts";
import { createKafkaEventLog, type LogRecord } from "@bz/event-log";
import { grantTestAccess } from "@bz/kafka-access/testing";
import { createPartnerPublisher, type PartnerPublisher } from "@bz/partner-sdk";
import { sampleEventWithBsn, testBsn } from "@bz/partner-sdk/testing";
import { createPseudonymizer } from "@bz/privacy";
import { createNamedTopics, kafkaConnectionAs, waitFor } from "@bz/testkit";
import { afterAll, describe, expect, it } from "vitest";

// The SDK publishes as its partner's own principal, with the rights provisioning gives it (its
// topic only); the records are read back as the recorder, the only reader of partner topics.
const topicSuffix = `.${randomBytes(4).toString("hex")}`;
const recorderGroup = `bz-recorder${topicSuffix}`;
await grantTestAccess({ topicSuffix, recorderGroup });
const [topic = ""] = await createNamedTopics([`care.trajekt.v1${topicSuffix}`], 2);
const pseudonymizer = createPseudonymizer({ id: "k1", secret: randomBytes(32) });
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const publisher: PartnerPublisher = createPartnerPublisher({
  partner: "TRAJEKT",
  ...kafkaConnectionAs("partner-trajekt"),
  pseudonymizer,
  topic,
  logger: silent,
});
const reader = createKafkaEventLog({
  ...kafkaConnectionAs("recorder"),
  clientId: "sdk-test-reader",
  logger: silent,
});
afterAll(async () => {
  await publisher.close();
  await reader.close();
});

/** Every record on the topic so far, once at least `count` arrived. */
async function readTopic(count: number): Promise<LogRecord[]> {
  const records: LogRecord[] = [];
  const consumer = await reader.consume({
    groupId: recorderGroup,
    topics: [topic],
    fromBeginning: true,
    handleBatch: async (batch) => void records.push(...batch.records),
  });
  try {
    await waitFor(() => records.length >= count, { what: `${count} records on ${topic}` });
  } finally {
    await consumer.stop();
  }
  return records;
}

describe("createPartnerPublisher against the real broker", () => {
  it("publishes pseudonymised events keyed by pseudonym; a bad BSN or a forbidden type sends nothing", async () => {
    const events = [
      sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT" }),
      sampleEventWithBsn("CostIncurred", { publisher: "TRAJEKT", bsn: "123456782" }),
    ];
    const result = await publisher.publish(events);
    expect(result.eventIds).toEqual(events.map((e) => e.eventId));

    const badBsn = { ...sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT" }), bsn: "123456789" };
    await expect(publisher.publish([events[0], badBsn] as typeof events)).rejects.toMatchObject({
      code: "PRIVACY_INVALID_BSN",
    });
    const forbidden = sampleEventWithBsn("HomeCareVisitDelivered", { publisher: "TRAJEKT" });
    await expect(publisher.publish(forbidden)).rejects.toMatchObject({ code: "INGEST_FORBIDDEN_TYPE" });
    // A marker after the refused ones: once it is read, anything the refusals had sent would be too.
    const marker = sampleEventWithBsn("ReferralMade", { publisher: "TRAJEKT" });
    await publisher.publish(marker);

    const records = await readTopic(3);
    const decoded = records.map((r) => ({ key: r.key, headers: r.headers, event: decodeEvent(r.value) }));
    expect(decoded.map((d) => d.event.eventId).sort()).toEqual([...result.eventIds, marker.eventId].sort());
    for (const { key, headers, event } of decoded) {
      expect(key).toBe(event.subject);
      expect(headers).toEqual({ "bz-event-type": event.eventType, "bz-correlation-id": event.correlationId });
    }
    const cost = decoded.find((d) => d.event.eventType === "CostIncurred");
    expect(cost?.event.subject).toBe(pseudonymizer.pseudonymize("123456782"));
    const bytes = Buffer.concat(records.flatMap((r) => [Buffer.from(r.key ?? ""), r.value]));
    expect(bytes.includes(testBsn)).toBe(false);
    expect(bytes.includes("123456782")).toBe(false);
  });
});
