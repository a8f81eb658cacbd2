import { BzError } from "@bz/errors";
import { Admin, compatibilityPartitioner, Producer } from "@platformatic/kafka";
import type { EventLog, LogProducer } from "../event-log.ts";
import { type EventLogLogger, stderrLogger } from "../logger.ts";
import { createSendQueue } from "../send-queue.ts";
import { checkTopic } from "../topic-name.ts";
import { isTopicAlreadyThere, isUnknownTopic, translatingPlatformaticErrors } from "./errors.ts";
import { consumeWithPlatformatic } from "./platformatic-consumer.ts";

/** Options of {@link createPlatformaticEventLog}; the same as the kafkajs adapter's. */
export interface PlatformaticEventLogOptions {
  /** Bootstrap servers, `host:port`. */
  brokers: string[];
  clientId: string;
  /** pino-like logger for the adapter's warnings and errors; default stderr JSON. */
  logger?: EventLogLogger;
  /** How often a request is retried (250 ms doubling up to 10 s) before it fails; default 8. */
  retries?: number;
  /** How long the group waits for a silent member before giving its partitions to others; default 10 s. */
  sessionTimeoutMs?: number;
}

/**
 * The event log on Apache Kafka through @platformatic/kafka (maintained, pure JavaScript). Same
 * guarantees as the kafkajs adapter: idempotent producers with acks=all and Kafka's Java
 * partitioner; consumers commit a batch's offsets only after its handler resolved.
 */
export function createPlatformaticEventLog(options: PlatformaticEventLogOptions): EventLog {
  const { brokers, clientId } = options;
  const retries = options.retries ?? 8;
  const retryDelay = (_client: unknown, _operation: string, attempt: number) =>
    Math.min(250 * 2 ** Math.max(0, attempt - 1), 10_000);
  const logger =
    options.logger ?? stderrLogger({ component: "event-log", adapter: "platformatic-kafka", clientId });
  const base = { clientId, bootstrapBrokers: brokers, retries, retryDelay };
  let admin: Admin | undefined;
  const producers = new Set<Producer>();
  const consumers = new Set<{ stop(): Promise<void> }>();
  let closed = false;

  const assertOpen = (what: string) => {
    if (closed) throw new BzError("LOG_CLOSED", `${what}: the Kafka event log ${clientId} is closed`);
  };
  const sharedAdmin = (): Admin => {
    admin ??= new Admin(base);
    return admin;
  };
  /**
   * Fails at once with the library's unknown-topic error when a topic does not exist: its own
   * retries would otherwise wait out the whole backoff (a minute) for a topic that never comes.
   * Other failures are left to the operation's own retries.
   */
  const assertTopicsExist = async (client: Admin | Producer, names: string[]) => {
    try {
      await client.metadata({ topics: names, forceUpdate: true, retries: 0 });
    } catch (error) {
      if (isUnknownTopic(error)) throw error;
    }
  };
  const partitionsOf = async (topic: string): Promise<number> => {
    const metadata = await sharedAdmin().metadata({ topics: [topic], forceUpdate: true });
    const found = metadata.topics.get(topic);
    if (found === undefined) throw new BzError("LOG_UNKNOWN_TOPIC", `topic ${topic} does not exist on Kafka`);
    return found.partitionsCount;
  };

  return {
    async createTopics(topics) {
      assertOpen("createTopics");
      for (const { name, partitions } of topics) checkTopic(name, partitions);
      for (const { name, partitions } of topics) {
        await translatingPlatformaticErrors(`create topic ${name}`, brokers, async () => {
          try {
            // replicas -1: the broker's default replication factor.
            await sharedAdmin().createTopics({ topics: [name], partitions, replicas: -1 });
          } catch (error) {
            if (!isTopicAlreadyThere(error)) throw error;
          }
        });
      }
      // Wait for leaders, as kafkajs' waitForLeaders does, so a send right after succeeds.
      for (const { name } of topics) {
        await translatingPlatformaticErrors(`wait for leaders of ${name}`, brokers, async () => {
          for (let attempt = 0; attempt < 50; attempt++) {
            const metadata = await sharedAdmin().metadata({ topics: [name], forceUpdate: true });
            const found = metadata.topics.get(name);
            if (found?.partitions.every((p) => p.leader >= 0)) return;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        });
      }
    },

    async producer(): Promise<LogProducer> {
      assertOpen("producer");
      const producer = new Producer({
        ...base,
        // The idempotent producer retries for ever unless told a number above 1; bounded, so a
        // broker that stays down ends in LOG_UNAVAILABLE (a retried send may then duplicate
        // records, which at-least-once consumers tolerate).
        retries: Math.max(2, retries),
        idempotent: true,
        acks: -1,
        // A misspelt topic must fail (LOG_UNKNOWN_TOPIC), not silently become a new topic.
        autocreateTopics: false,
        // Kafka's Java rule (murmur2 masked to 31 bits), the same as kafkajs' DefaultPartitioner
        // and the embedded log; the library's default keeps the sign bit and differs.
        partitioner: compatibilityPartitioner,
      });
      // Connections are lazy; connect now so an unreachable broker fails here, as with kafkajs.
      await translatingPlatformaticErrors("connect producer", brokers, () =>
        producer.metadata({ topics: [] }).then(() => undefined),
      ).catch(async (error: unknown) => {
        await producer.close().catch(() => undefined);
        throw error;
      });
      producers.add(producer);
      const knownTopics = new Set<string>();
      // One request at a time per producer, merging overlapping sends (as the kafkajs adapter does):
      // in-order retries of the idempotent producer, and fewer, bigger requests.
      const queue = createSendQueue((batch) =>
        translatingPlatformaticErrors(
          `send records to ${batch.map((b) => b.topic).join(", ")}`,
          brokers,
          async () => {
            const unseen = batch.map((b) => b.topic).filter((topic) => !knownTopics.has(topic));
            if (unseen.length > 0) {
              await assertTopicsExist(producer, unseen);
              for (const topic of unseen) knownTopics.add(topic);
            }
            await producer.send({
              messages: batch.flatMap(({ topic, records }) =>
                records.map((record) => ({
                  topic,
                  key: Buffer.from(record.key, "utf8"),
                  value: record.value,
                  ...(record.headers === undefined
                    ? {}
                    : {
                        headers: new Map(
                          Object.entries(record.headers).map(([name, value]) => [
                            Buffer.from(name, "utf8"),
                            Buffer.from(value, "utf8"),
                          ]),
                        ),
                      }),
                })),
              ),
            });
          },
        ),
      );
      return {
        async send(topic, records) {
          if (records.length === 0) return;
          checkTopic(topic);
          await queue.send(topic, records);
        },
        async close() {
          producers.delete(producer);
          await producer.close();
        },
      };
    },

    async consume(consumeOptions) {
      assertOpen(`consume in group ${consumeOptions.groupId}`);
      await translatingPlatformaticErrors(`join consumer group ${consumeOptions.groupId}`, brokers, () =>
        assertTopicsExist(sharedAdmin(), consumeOptions.topics),
      );
      const consumer = await consumeWithPlatformatic({
        base,
        brokers,
        logger,
        options: consumeOptions,
        sessionTimeoutMs: options.sessionTimeoutMs ?? 10_000,
        produce: async (topic, records) => {
          const producer = await this.producer();
          try {
            await producer.send(topic, records);
          } finally {
            await producer.close();
          }
        },
      });
      const tracked = {
        async stop() {
          consumers.delete(tracked);
          await consumer.stop();
        },
      };
      consumers.add(tracked);
      return tracked;
    },

    async endOffsets(topic) {
      assertOpen(`endOffsets of ${topic}`);
      return translatingPlatformaticErrors(`read end offsets of ${topic}`, brokers, async () => {
        const count = await partitionsOf(topic);
        const listed = await sharedAdmin().listOffsets({
          topics: [
            {
              name: topic,
              partitions: Array.from({ length: count }, (_, partitionIndex) => ({
                partitionIndex,
                timestamp: -1n, // latest: the high watermark
              })),
            },
          ],
        });
        return (listed.find((t) => t.name === topic)?.partitions ?? [])
          .map(({ partitionIndex, offset }) => ({ partition: partitionIndex, offset: offset.toString() }))
          .sort((a, b) => a.partition - b.partition);
      });
    },

    async committedOffsets(groupId, topic) {
      assertOpen(`committedOffsets of ${groupId}`);
      return translatingPlatformaticErrors(`read offsets of group ${groupId}`, brokers, async () => {
        const count = await partitionsOf(topic);
        const [group] = await sharedAdmin().listConsumerGroupOffsets({ groups: [groupId] });
        const committed = new Map(
          (group?.topics.find((t) => t.name === topic)?.partitions ?? []).map((p) => [
            p.partitionIndex,
            p.committedOffset,
          ]),
        );
        return Array.from({ length: count }, (_, partition) => ({
          partition,
          offset: (committed.get(partition) ?? -1n).toString(),
        }));
      });
    },

    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...consumers].map((consumer) => consumer.stop()));
      await Promise.all([...producers].map((producer) => producer.close()));
      await admin?.close();
    },
  };
}
