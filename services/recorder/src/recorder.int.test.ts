import { type CareEvent, encodeEvent, type Partner } from "@bz/contracts";
import { createKafkaEventLog, type EventLog } from "@bz/event-log";
import { createPostgresEventStore, type EventStore } from "@bz/event-store";
import { createLogger } from "@bz/observability";
import {
  buildRecorderService,
  fromDeadLetter,
  partnerTopics,
  type RecorderService,
  type RecorderTopic,
} from "@bz/recorder";
import { createCareSimulation } from "@bz/simulation";
import { kafkaBrokers, uniqueName, useTestDatabase, waitFor } from "@bz/testkit";
import { afterEach, describe, expect, it } from "vitest";

const db = useTestDatabase();
const logger = createLogger({ service: "recorder-test", level: "silent" });
const opened: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of opened.splice(0).reverse()) await item.stop();
});

function testTopics(): RecorderTopic[] {
  return partnerTopics(`.${uniqueName("t").slice(2)}`);
}

async function start(topics: RecorderTopic[]) {
  const log = createKafkaEventLog({ brokers: kafkaBrokers(), clientId: "recorder-test" });
  const store = await createPostgresEventStore({ connectionString: db.url });
  const groupId = uniqueName("bz-recorder");
  const service: RecorderService = await buildRecorderService({
    log,
    store,
    topics,
    groupId,
    logger,
    partitions: 3,
  });
  const producer = await log.producer();
  opened.push({
    stop: async () => {
      await producer.close();
      await service.stop();
      await log.close();
      await store.close();
    },
  });
  const send = (topic: string, events: { key: string; value: Buffer }[]) => producer.send(topic, events);
  /** True once the recorder committed every record produced so far: nothing is left to land. */
  const caughtUp = async () => {
    for (const { topic } of topics) {
      const ends = await log.endOffsets(topic);
      const committed = await log.committedOffsets(groupId, topic);
      for (const end of ends) {
        const done = committed.find((c) => c.partition === end.partition)?.offset ?? "-1";
        if (end.offset !== "0" && done !== end.offset) return false;
      }
    }
    return true;
  };
  return { log, store, service, send, caughtUp };
}

async function allEvents(store: EventStore) {
  return store.readAll({ maxCount: 100_000 });
}

async function deadLetters(log: EventLog, topic: string, expected: number) {
  const letters: ReturnType<typeof fromDeadLetter>[] = [];
  const consumer = await log.consume({
    groupId: uniqueName("dlq-reader"),
    topics: [topic],
    fromBeginning: true,
    handleBatch: async (batch) => void letters.push(...batch.records.map(fromDeadLetter)),
  });
  await waitFor(() => letters.length >= expected, { what: `${expected} dead letters on ${topic}` });
  await consumer.stop();
  return letters;
}

const simulation = createCareSimulation({ seed: 11, clients: 40, pseudonymize: (bsn) => `t:${bsn}` });
const at = new Date("2026-11-02T10:00:00.000Z");
const encoded = (event: CareEvent) => ({ key: event.subject, value: encodeEvent(event) });

describe("recorder against the real broker and PostgreSQL", () => {
  it("records a batch from each partner exactly once, duplicates and resends included", async () => {
    const topics = testTopics();
    const { store, send, caughtUp } = await start(topics);
    const sent: CareEvent[] = [];
    for (const topic of topics) {
      const events = Array.from({ length: 20 }, () => simulation.nextEvent(at, topic.partner as Partner));
      sent.push(...events);
      await send(topic.topic, events.map(encoded));
      // A partner retrying after a timeout sends some events again.
      await send(topic.topic, events.slice(0, 5).map(encoded));
    }
    await waitFor(caughtUp, { what: "the recorder committing every partner topic to its end" });
    const stored = await allEvents(store);
    expect(stored).toHaveLength(sent.length);
    expect(new Set(stored.map((e) => e.eventId))).toEqual(new Set(sent.map((e) => e.eventId)));
    const publishers = new Set(stored.map((e) => e.data.publisher));
    expect(publishers.size).toBe(topics.length);
    const first = stored[0];
    expect(first?.streamId).toBe(`client-${first?.data.subject}`);
    expect(first?.metadata.ward).toMatch(/^(WYCKERPOORT|WITTEVROUWENVELD|NAZARETH|LIMMEL)$/);
  });

  it("sends each bad record to the dead-letter topic with its reason, and records the good ones behind it", async () => {
    const topics = testTopics();
    const trajekt = topics.find((t) => t.partner === "TRAJEKT");
    if (trajekt === undefined) throw new Error("no trajekt topic");
    const { log, store, send } = await start(topics);
    const good = () => simulation.nextEvent(at, "TRAJEKT");
    const first = good();
    const last = good();
    const valid = encodeEvent(good());
    const unknownFingerprint = Buffer.concat([
      valid.subarray(0, 2),
      Buffer.alloc(8, 0xab),
      valid.subarray(10),
    ]);
    const wrongPublisher = encodeEvent(simulation.nextEvent(at, "ENVIDA"));
    const forbidden = encodeEvent({
      ...simulation.nextEvent(at, "ENVIDA"),
      publisher: "TRAJEKT",
    } as CareEvent);
    const truncated = valid.subarray(0, valid.length - 20);
    const key = first.subject;
    // All in one partition (one key), bad ones between the good ones.
    await send(trajekt.topic, [
      { key, value: encodeEvent(first) },
      { key, value: Buffer.from('{"not":"avro"}') },
      { key, value: unknownFingerprint },
      { key, value: wrongPublisher },
      { key, value: forbidden },
      { key, value: truncated },
      { key, value: Buffer.concat([valid.subarray(0, 10), Buffer.alloc(300 * 1024)]) },
      { key, value: encodeEvent({ ...last, subject: key }) },
    ]);
    const letters = await deadLetters(log, trajekt.deadLetterTopic, 6);
    expect(letters.map((l) => l.reasonCode)).toEqual([
      "CONTRACT_BAD_MARKER",
      "CONTRACT_UNKNOWN_FINGERPRINT",
      "INGEST_WRONG_PUBLISHER",
      "INGEST_FORBIDDEN_TYPE",
      "CONTRACT_TRUNCATED",
      "CONTRACT_OVERSIZED",
    ]);
    expect(letters.every((l) => l.originalTopic === trajekt.topic && l.error.length > 10)).toBe(true);
    expect(letters.map((l) => Number(l.originalOffset))).toEqual([1, 2, 3, 4, 5, 6]);
    // The database is shared by the file's tests: look only at what came from this test's topic.
    const fromTopic = async () => (await allEvents(store)).filter((e) => e.metadata.topic === trajekt.topic);
    await waitFor(async () => (await fromTopic()).length >= 2, { what: "the two good events recorded" });
    expect((await fromTopic()).map((e) => e.eventId)).toEqual([first.eventId, last.eventId]);
  });
});
