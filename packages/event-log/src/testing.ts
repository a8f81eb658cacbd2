import { randomBytes } from "node:crypto";
import { isBzError } from "@bz/errors";
import { waitFor } from "@bz/testkit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Recording, record } from "./contract-recorder.ts";
import { type EventLog, type LogRecord, MAX_RECORD_BYTES, type OutgoingRecord } from "./event-log.ts";
import { partitionForKey } from "./partitioner.ts";

/** What the contract suite needs from an adapter's test file, made fresh for every test. */
export interface EventLogContractEnvironment {
  log: EventLog;
  /** A topic name no other test uses, derived from `base`. */
  topicName(base: string): string;
  /** Closes `log` and removes whatever the environment made (topics, folders). */
  cleanup(): Promise<void>;
}

/** Options of {@link runEventLogContract}. */
export interface EventLogContractOptions {
  /** Deadline of each wait for records or offsets; default 60 s (Kafka group joins take seconds). */
  timeoutMs?: number;
}

/**
 * The behaviour every event-log adapter must show, as a vitest suite: keyed partitioning with
 * Kafka's default partitioner, consumer groups, commits only after a batch was handled,
 * resumption from committed offsets, offsets reporting, and 1,000 records exactly once in order.
 */
export function runEventLogContract(
  name: string,
  makeLog: () => Promise<EventLogContractEnvironment>,
  options: EventLogContractOptions = {},
): void {
  const timeoutMs = options.timeoutMs ?? 60_000;

  describe(`event log contract: ${name}`, () => {
    let env: EventLogContractEnvironment;
    const recordings: Recording[] = [];

    beforeEach(async () => {
      env = await makeLog();
    });
    afterEach(async () => {
      await Promise.all(recordings.splice(0).map((recording) => recording.consumer.stop()));
      await env.cleanup();
    });

    const topic = async (base: string, partitions: number) => {
      const name = env.topicName(base);
      await env.log.createTopics([{ name, partitions }]);
      return name;
    };
    const consume = async (...args: Parameters<typeof record>) => {
      const recording = await record(...args);
      recordings.push(recording);
      return recording;
    };
    const send = async (topicName: string, records: OutgoingRecord[]) => {
      const producer = await env.log.producer();
      try {
        await producer.send(topicName, records);
      } finally {
        await producer.close();
      }
    };
    const handled = (recording: Recording, count: number, what: string) =>
      waitFor(() => recording.records.length >= count, { what, timeoutMs });
    const total = (offsets: { offset: string }[]) =>
      offsets.reduce((sum, { offset }) => sum + Number(offset), 0);

    it("delivers every record to a group with key, value and headers intact, and reports offsets", async () => {
      const name = await topic("contract.roundtrip", 3);
      await env.log.createTopics([{ name, partitions: 3 }]); // again: creation is idempotent
      expect(await env.log.endOffsets(name)).toEqual(
        [0, 1, 2].map((partition) => ({ partition, offset: "0" })),
      );
      const sent: OutgoingRecord[] = Array.from({ length: 30 }, (_, i) => ({
        key: `cliënt-${i % 10}`,
        value: randomBytes(1 + (i % 7)),
        headers: { "event-id": `event-${i}`, "content-type": "avro/binary", "x-wijk": "Wyckerpoort" },
      }));
      await send(name, sent);
      const groupId = env.topicName("contract.group");
      expect(total(await env.log.committedOffsets(groupId, name))).toBe(-3);

      const recording = await consume(env.log, { groupId, topics: [name] });
      await handled(recording, sent.length, "the group receiving all 30 records");

      expect(recording.violations).toEqual([]);
      expect([...recording.deliveries.values()].every((count) => count === 1)).toBe(true);
      const received = [...recording.records].sort((a, b) => eventNumber(a) - eventNumber(b));
      expect(received).toHaveLength(sent.length);
      received.forEach((got, i) => {
        const want = sent[i];
        expect(got.topic).toBe(name);
        expect(got.key).toBe(want?.key);
        expect(got.value.equals(want?.value ?? Buffer.alloc(0))).toBe(true);
        expect(got.headers).toEqual(want?.headers);
        expect(Math.abs(got.timestamp.getTime() - Date.now())).toBeLessThan(5 * 60_000);
      });

      const ends = await env.log.endOffsets(name);
      expect(ends.map(({ partition }) => partition)).toEqual([0, 1, 2]);
      for (const { partition, offset } of ends) {
        expect(Number(offset)).toBe(recording.records.filter((r) => r.partition === partition).length);
      }
      // The commit follows the handler's promise, so wait for it rather than assume it.
      await waitFor(async () => total(await env.log.committedOffsets(groupId, name)) === sent.length, {
        what: "the group committing all 30 offsets",
        timeoutMs,
      });
      expect(await env.log.committedOffsets(groupId, name)).toEqual(ends);
    });

    it("puts a key's records in Kafka's default partition for the key, in the order they were sent", async () => {
      const name = await topic("contract.keys", 3);
      const keys = ["a", "pseudonym-1f3c", "Nazareth/ë", "Limmel", "x".repeat(37)];
      const sends = Array.from({ length: 6 }, (_, round) =>
        keys.map((key, k) => ({ key, value: Buffer.from(`${key}|${round * keys.length + k}`) })),
      );
      for (const batch of sends) await send(name, batch);
      const recording = await consume(env.log, { groupId: env.topicName("contract.group"), topics: [name] });
      await handled(recording, keys.length * sends.length, "the group receiving every keyed record");

      expect(recording.violations).toEqual([]);
      for (const key of keys) {
        const ofKey = recording.records.filter((r) => r.key === key);
        expect(new Set(ofKey.map((r) => r.partition))).toEqual(new Set([partitionForKey(key, 3)]));
        const order = ofKey.map((r) => Number(r.value.toString().split("|")[1]));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(order).toHaveLength(sends.length);
      }
    });

    it("gives two groups every record each", async () => {
      const name = await topic("contract.groups", 2);
      await send(name, keyed(20));
      const [first, second] = await Promise.all([
        consume(env.log, { groupId: env.topicName("contract.group-a"), topics: [name] }),
        consume(env.log, { groupId: env.topicName("contract.group-b"), topics: [name] }),
      ]);
      await handled(first, 20, "group A receiving all 20 records");
      await handled(second, 20, "group B receiving all 20 records");
      expect(first.records.map(textOf).sort()).toEqual(second.records.map(textOf).sort());
      expect(new Set(first.records.map(textOf)).size).toBe(20);
    });

    it("commits only after the handler resolved: a failed batch comes again, nothing is skipped", async () => {
      const name = await topic("contract.retry", 2);
      await send(name, keyed(12));
      const groupId = env.topicName("contract.group");
      const failedBatches: string[] = [];
      const committedEarly: string[] = [];
      const recording = await consume(env.log, {
        groupId,
        topics: [name],
        before: async (batch) => {
          const first = batch.records[0]?.offset ?? "?";
          // While a batch is in hand, its offsets are not committed yet.
          const committed = await env.log.committedOffsets(groupId, name);
          const atPartition = committed.find((c) => c.partition === batch.partition)?.offset ?? "-1";
          if (BigInt(atPartition) > BigInt(first)) committedEarly.push(`${batch.partition}:${first}`);
          if (failedBatches.length === 0) {
            failedBatches.push(`${batch.partition}:${first}`);
            throw new Error("handler failure the contract suite injects once");
          }
        },
      });
      await handled(recording, 12, "all 12 records handled despite one failed batch");
      await waitFor(async () => total(await env.log.committedOffsets(groupId, name)) === 12, {
        what: "the group committing all 12 offsets after the retry",
        timeoutMs,
      });

      expect(failedBatches).toHaveLength(1);
      expect(committedEarly).toEqual([]);
      expect(recording.batches.length).toBeGreaterThan(1);
      const redelivered = recording.batches
        .slice(1)
        .some((b) => `${b.partition}:${b.records[0]?.offset}` === failedBatches[0]);
      expect(redelivered).toBe(true);
      expect(recording.violations).toEqual([]);
      expect(recording.records).toHaveLength(12);
      expect([...recording.deliveries.values()].every((count) => count === 1)).toBe(true);
    });

    it("refuses a record too large for the log with LOG_RECORD_TOO_LARGE, not retryable, and keeps flowing", async () => {
      const name = await topic("contract.poison", 1);
      const huge = { key: "poison", value: Buffer.alloc(MAX_RECORD_BYTES + 1024, 0x61) };
      const refused = await send(name, [huge]).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(
        isBzError(refused, "LOG_RECORD_TOO_LARGE"),
        `expected LOG_RECORD_TOO_LARGE, got ${String(refused)}`,
      ).toBe(true);
      expect(isBzError(refused) && refused.retryable).toBe(false);
      await send(name, keyed(3));
      const recording = await consume(env.log, { groupId: env.topicName("contract.group"), topics: [name] });
      await handled(recording, 3, "the three records sent after the refused one");
      expect(recording.records.map((r) => r.value.length)).not.toContain(huge.value.length);
    });

    it("produces a handler's records once with its batch's commit, however often the batch failed before", async () => {
      const name = await topic("contract.with-commit", 2);
      const out = await topic("contract.with-commit.out", 2);
      await send(name, keyed(10));
      const groupId = env.topicName("contract.group");
      let failures = 0;
      const recording = await consume(env.log, {
        groupId,
        topics: [name],
        before: () => {
          if (failures < 2) {
            failures += 1;
            throw new Error("handler failure the contract suite injects twice");
          }
        },
        produce: (batch) => ({
          produce: [
            {
              topic: out,
              records: batch.records.map((r) => ({
                key: r.key ?? "",
                value: Buffer.from(`out|${r.partition}|${r.offset}`),
              })),
            },
          ],
        }),
      });
      await handled(recording, 10, "all 10 records handled");
      await waitFor(async () => total(await env.log.committedOffsets(groupId, name)) === 10, {
        what: "the group committing all 10 offsets with the produced records",
        timeoutMs,
      });
      const reader = await consume(env.log, { groupId: env.topicName("contract.reader"), topics: [out] });
      await handled(reader, 10, "the 10 produced records");
      const produced = reader.records.map(textOf).sort();
      expect(new Set(produced).size).toBe(10);
      expect(produced).toHaveLength(10);
    });

    it("lets a new consumer in the group resume at the committed offsets, without loss or repeats", async () => {
      const name = await topic("contract.resume", 2);
      const groupId = env.topicName("contract.group");
      const records = keyed(20);
      await send(name, records.slice(0, 10));
      const first = await consume(env.log, { groupId, topics: [name] });
      await handled(first, 10, "the first consumer receiving the first 10 records");
      await waitFor(async () => total(await env.log.committedOffsets(groupId, name)) === 10, {
        what: "the first consumer committing 10 offsets",
        timeoutMs,
      });
      await first.consumer.stop();
      await send(name, records.slice(10));

      const second = await consume(env.log, { groupId, topics: [name] });
      await handled(second, 10, "the second consumer receiving the 10 records sent after the stop");
      await waitFor(async () => total(await env.log.committedOffsets(groupId, name)) === 20, {
        what: "the second consumer committing all 20 offsets",
        timeoutMs,
      });
      expect(first.records.map(textOf).sort()).toEqual(records.slice(0, 10).map(textOfOutgoing).sort());
      expect(second.records.map(textOf).sort()).toEqual(records.slice(10).map(textOfOutgoing).sort());
    });

    it("shares a group's partitions between its consumers, one consumer per partition", async () => {
      const name = await topic("contract.share", 4);
      const groupId = env.topicName("contract.group");
      const first = await consume(env.log, { groupId, topics: [name] });
      const second = await consume(env.log, { groupId, topics: [name] });
      await send(name, keyed(40));
      await waitFor(() => first.records.length + second.records.length >= 40, {
        what: "the two consumers together receiving all 40 records",
        timeoutMs,
      });
      const partitionsOf = (r: Recording) => new Set(r.records.map((x) => x.partition));
      expect(partitionsOf(first).size).toBeGreaterThan(0);
      expect(partitionsOf(second).size).toBeGreaterThan(0);
      expect([...partitionsOf(first)].filter((p) => partitionsOf(second).has(p))).toEqual([]);
      expect(new Set([...first.records, ...second.records].map(textOf)).size).toBe(40);
    });

    it("delivers 1,000 records exactly once per offset, in per-partition order", async () => {
      const name = await topic("contract.thousand", 3);
      const records = keyed(1_000, 50);
      for (let i = 0; i < records.length; i += 250) await send(name, records.slice(i, i + 250));
      const recording = await consume(env.log, { groupId: env.topicName("contract.group"), topics: [name] });
      await handled(recording, 1_000, "the group receiving all 1,000 records");

      expect(recording.violations).toEqual([]);
      expect(recording.records).toHaveLength(1_000);
      expect(recording.deliveries.size).toBe(1_000);
      expect(new Set(recording.records.map(textOf)).size).toBe(1_000);
      const ends = await env.log.endOffsets(name);
      expect(total(ends)).toBe(1_000);
      for (const key of ["key-0", "key-17", "key-49"]) {
        const order = recording.records
          .filter((r) => r.key === key)
          .map((r) => Number(textOf(r).split("|")[1]));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    });

    it("accepts overlapping sends from one producer (concurrent requests) and delivers each once", async () => {
      const name = await topic("contract.overlap", 3);
      const producer = await env.log.producer();
      try {
        // 20 sends in flight at once, as a gateway does under load; each key's sends are ordered.
        const all = keyed(400, 10);
        await Promise.all(
          Array.from({ length: 20 }, (_, i) => producer.send(name, all.slice(i * 20, i * 20 + 20))),
        );
      } finally {
        await producer.close();
      }
      const recording = await consume(env.log, { groupId: env.topicName("contract.group"), topics: [name] });
      await handled(recording, 400, "the group receiving all 400 records of the overlapping sends");
      expect(recording.violations).toEqual([]);
      expect(new Set(recording.records.map(textOf)).size).toBe(400);
      expect(total(await env.log.endOffsets(name))).toBe(400);
    });

    it("keeps each partition in order and each record once when partitions are handled concurrently", async () => {
      const name = await topic("contract.concurrent", 3);
      const records = keyed(600, 30);
      for (let i = 0; i < records.length; i += 200) await send(name, records.slice(i, i + 200));
      let inHand = 0;
      let mostInHand = 0;
      const recording = await consume(env.log, {
        groupId: env.topicName("contract.group"),
        topics: [name],
        concurrency: 3,
        before: async () => {
          inHand += 1;
          mostInHand = Math.max(mostInHand, inHand);
          await new Promise((resolve) => setTimeout(resolve, 20));
          inHand -= 1;
        },
      });
      await handled(recording, 600, "the group receiving all 600 records");
      expect(recording.violations).toEqual([]);
      expect(new Set(recording.records.map(textOf)).size).toBe(600);
      expect(mostInHand).toBeGreaterThanOrEqual(1);
      expect(mostInHand).toBeLessThanOrEqual(3);
    });

    it("refuses to send to or consume from a topic that was never created, with LOG_UNKNOWN_TOPIC", async () => {
      const missing = env.topicName("contract.missing");
      const producer = await env.log.producer();
      try {
        const sendError = await producer
          .send(missing, [{ key: "k", value: Buffer.from("v") }])
          .catch((e: unknown) => e);
        expect(isBzError(sendError, "LOG_UNKNOWN_TOPIC")).toBe(true);
      } finally {
        await producer.close();
      }
      const consumeError = await env.log
        .consume({ groupId: env.topicName("contract.group"), topics: [missing], handleBatch: async () => {} })
        .catch((e: unknown) => e);
      expect(isBzError(consumeError, "LOG_UNKNOWN_TOPIC")).toBe(true);
    });

    it("rejects an illegal topic name with LOG_INVALID_TOPIC", async () => {
      const error = await env.log
        .createTopics([{ name: "care/../etc", partitions: 1 }])
        .catch((e: unknown) => e);
      expect(isBzError(error, "LOG_INVALID_TOPIC")).toBe(true);
    });
  });
}

/** `count` records over `keys` keys; each value is `<key>|<sequence number>`. */
function keyed(count: number, keys = 7): OutgoingRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `key-${i % keys}`,
    value: Buffer.from(`key-${i % keys}|${i}`),
  }));
}

function textOf(record: LogRecord): string {
  return record.value.toString();
}

function textOfOutgoing(record: OutgoingRecord): string {
  return record.value.toString();
}

function eventNumber(record: LogRecord): number {
  return Number(record.headers["event-id"]?.slice("event-".length));
}
