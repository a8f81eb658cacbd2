import { isBzError } from "@bz/errors";
import { createKafkaEventLog, partitionForKey } from "@bz/event-log";
import { runEventLogContract } from "@bz/event-log/testing";
import { createTestTopics, freePort, kafkaConnectionAs, testKafka, uniqueName, waitFor } from "@bz/testkit";
import { Partitioners } from "kafkajs";
import { describe, expect, it } from "vitest";

// The adapter's own suite creates topics and groups of every name: it runs as the super user `admin`
// over the SASL listener (what each principal may do is @bz/kafka-access's ACL test).
runEventLogContract("kafka", async () => {
  const log = createKafkaEventLog({
    ...kafkaConnectionAs("admin"),
    clientId: uniqueName("bz-event-log-test"),
  });
  const topics: string[] = [];
  return {
    log,
    topicName(base) {
      const name = uniqueName(base);
      topics.push(name);
      return name;
    },
    async cleanup() {
      await log.close();
      const admin = testKafka("bz-event-log-cleanup").admin();
      await admin.connect();
      try {
        const existing = new Set(await admin.listTopics());
        await admin.deleteTopics({ topics: topics.filter((topic) => existing.has(topic)) });
      } finally {
        await admin.disconnect();
      }
    },
  };
});

describe("Kafka event log", () => {
  it("places keys where kafkajs' DefaultPartitioner and the broker put them, as the embedded log does", async () => {
    const [topic] = await createTestTopics(["event-log.partitioner"], 3);
    if (topic === undefined) throw new Error("no topic");
    const keys = Array.from({ length: 60 }, (_, i) => `pseudonym-${i}-${"ë".repeat(i % 4)}`);
    const producer = testKafka().producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    // Plain kafkajs, not the adapter: the broker's answer tells which partition each key went to.
    const results = await producer.send({
      topic,
      acks: -1,
      messages: keys.map((key) => ({ key, value: key })),
    });
    await producer.disconnect();
    const admin = testKafka().admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    expect(results.map((r) => r.partition).sort()).toEqual([0, 1, 2]);

    const consumer = testKafka().consumer({ groupId: uniqueName("event-log.partitioner") });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const placed = new Map<string, number>();
    await consumer.run({
      eachMessage: async ({ message, partition }) => void placed.set(String(message.key), partition),
    });
    const total = ends.reduce((sum, { high }) => sum + Number(high), 0);
    await waitFor(() => placed.size === total, { what: "reading back all 60 keyed records" });
    await consumer.disconnect();

    for (const key of keys) expect(placed.get(key), key).toBe(partitionForKey(key, 3));
  });

  it("reports an unreachable broker as LOG_UNAVAILABLE, retryable", async () => {
    const port = await freePort();
    const log = createKafkaEventLog({
      brokers: [`127.0.0.1:${port}`],
      clientId: "bz-unreachable",
      retries: 1,
    });
    try {
      const topicError = await log.endOffsets("care.nobody.v1").catch((error: unknown) => error);
      expect(isBzError(topicError, "LOG_UNAVAILABLE")).toBe(true);
      expect((topicError as { retryable: boolean }).retryable).toBe(true);
      const producerError = await log.producer().catch((error: unknown) => error);
      expect(isBzError(producerError, "LOG_UNAVAILABLE")).toBe(true);
    } finally {
      await log.close();
    }
  });
});
