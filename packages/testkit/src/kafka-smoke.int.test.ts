// kafkajs 2.2.4 against the project's Kafka 4.1 broker: every protocol feature the platform relies on.

import { createTestTopics, testKafka, uniqueName, waitFor } from "@bz/testkit";
import { describe, expect, it } from "vitest";

describe("kafkajs against the real Kafka 4.1 broker", () => {
  it("produces idempotently, consumes in a group, commits, and reports offsets", async () => {
    const [topic] = await createTestTopics(["smoke.produce"], 3);
    if (topic === undefined) throw new Error("no topic");
    const kafka = testKafka();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const keys = ["a", "b", "c", "d", "e", "f"];
    await producer.send({ topic, acks: -1, messages: keys.map((key) => ({ key, value: `value-${key}` })) });
    await producer.disconnect();

    const groupId = uniqueName("smoke-group");
    const consumer = kafka.consumer({ groupId });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const seen: string[] = [];
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ message, partition }) => {
        seen.push(message.value?.toString() ?? "");
        await consumer.commitOffsets([
          { topic, partition, offset: (BigInt(message.offset) + 1n).toString() },
        ]);
      },
    });
    await waitFor(() => seen.length === keys.length, { what: "the group consuming all six records" });

    const admin = kafka.admin();
    await admin.connect();
    const topicOffsets = await admin.fetchTopicOffsets(topic);
    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    const groups = await admin.describeGroups([groupId]);
    await consumer.disconnect();
    await admin.disconnect();

    expect(seen.sort()).toEqual(keys.map((key) => `value-${key}`));
    const total = topicOffsets.reduce((sum, p) => sum + Number(p.high), 0);
    expect(total).toBe(keys.length);
    const committedTotal = committed[0]?.partitions.reduce((sum, p) => sum + Number(p.offset), 0);
    expect(committedTotal).toBe(keys.length);
    expect(groups.groups[0]?.groupId).toBe(groupId);
  });

  it("commits a transaction with sendOffsets, and an aborted one stays invisible to read_committed", async () => {
    const [input, output] = await createTestTopics(["smoke.tx-in", "smoke.tx-out"], 1);
    if (input === undefined || output === undefined) throw new Error("no topics");
    const kafka = testKafka();
    const groupId = uniqueName("smoke-tx-group");
    const producer = kafka.producer({
      idempotent: true,
      transactionalId: uniqueName("smoke-tx"),
      maxInFlightRequests: 1,
    });
    await producer.connect();

    const aborted = await producer.transaction();
    await aborted.send({ topic: output, messages: [{ key: "k", value: "aborted" }] });
    await aborted.abort();

    const tx = await producer.transaction();
    await tx.send({ topic: output, messages: [{ key: "k", value: "committed" }] });
    await tx.sendOffsets({
      consumerGroupId: groupId,
      topics: [{ topic: input, partitions: [{ partition: 0, offset: "5" }] }],
    });
    await tx.commit();
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: uniqueName("smoke-reader"), readUncommitted: false });
    await consumer.connect();
    await consumer.subscribe({ topic: output, fromBeginning: true });
    const values: string[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => void values.push(message.value?.toString() ?? ""),
    });
    await waitFor(() => values.includes("committed"), {
      what: "the committed transactional record arriving",
    });
    await consumer.disconnect();

    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchOffsets({ groupId, topics: [input] });
    await admin.disconnect();
    expect(values).toEqual(["committed"]);
    expect(offsets[0]?.partitions[0]?.offset).toBe("5");
  });
});
