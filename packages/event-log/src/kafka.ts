import { BzError, isBzError } from "@bz/errors";
import {
  type Admin,
  type ISocketFactory,
  Kafka,
  logLevel,
  Partitioners,
  type Producer,
  type SASLOptions,
} from "kafkajs";
import type { EventLog, LogProducer, OutgoingRecord } from "./event-log.ts";
import { consumeFromKafka } from "./kafka-consumer.ts";
import { createDenialTracker, translatingKafkaErrors } from "./kafka-errors.ts";
import { kafkaLogCreator } from "./kafka-logging.ts";
import { type EventLogLogger, stderrLogger } from "./logger.ts";
import { createSendQueue } from "./send-queue.ts";
import { checkTopic } from "./topic-name.ts";

/** SASL credentials of a principal (ADR 0040: SCRAM-SHA-512 on the platform's broker). */
export interface KafkaSasl {
  mechanism: "scram-sha-512" | "scram-sha-256" | "plain";
  username: string;
  password: string;
}

/** TLS to the brokers: `true` trusts the system's CAs; `ca` adds PEM certificates to trust. */
export type KafkaTls = boolean | { ca: string[] };

/** Options of {@link createKafkaEventLog}. */
export interface KafkaEventLogOptions {
  /** Bootstrap servers, `host:port`. */
  brokers: string[];
  clientId: string;
  /** pino-like logger for kafkajs' warnings and errors and the adapter's own; default stderr JSON. */
  logger?: EventLogLogger;
  /**
   * How often a request is retried (exponential backoff, 300 ms doubling up to 30 s) before the
   * operation fails with LOG_UNAVAILABLE; default 8, about a minute and a half.
   */
  retries?: number;
  /**
   * How long the group waits for a silent member (e.g. a killed process) before giving its
   * partitions to others; default 10 s (kafkajs' own default is 30 s). The broker allows 6-1800 s.
   */
  sessionTimeoutMs?: number;
  /** Authenticate as this principal (SASL); default none (the loopback PLAINTEXT listener). */
  sasl?: KafkaSasl;
  /** Connect over TLS; default plaintext. */
  tls?: KafkaTls;
  /**
   * How connections to the brokers are opened (kafkajs' socket factory); default plain `net` or
   * `tls` sockets. Fault tests pass one that cuts connections at a chosen moment.
   */
  socketFactory?: ISocketFactory;
}

/**
 * The event log on Apache Kafka through kafkajs. Producers are idempotent with acks=all and one
 * request in flight (per-partition order survives retries); consumers commit a batch's offsets only
 * after its handler resolved. Connections open lazily, on first use.
 */
export function createKafkaEventLog(options: KafkaEventLogOptions): EventLog {
  const { brokers, clientId } = options;
  const retries = options.retries ?? 8;
  const logger = options.logger ?? stderrLogger({ component: "event-log", adapter: "kafka", clientId });
  const denials = createDenialTracker();
  const kafka = new Kafka({
    clientId,
    brokers,
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(logger, denials),
    retry: { retries },
    ...(options.sasl === undefined ? {} : { sasl: options.sasl as SASLOptions }),
    ...(options.tls === undefined ? {} : { ssl: options.tls }),
    ...(options.socketFactory === undefined ? {} : { socketFactory: options.socketFactory }),
  });
  /** Runs a kafkajs operation and turns its errors into the port's (see kafka-errors.ts). */
  const guarded = <T>(action: string, operation: () => Promise<T>) =>
    translatingKafkaErrors(action, brokers, operation, 8, denials);
  let admin: Promise<Admin> | undefined;
  const producers = new Set<Producer>();
  const consumers = new Set<{ stop(): Promise<void> }>();
  let closed = false;

  const assertOpen = (what: string) => {
    if (closed) throw new BzError("LOG_CLOSED", `${what}: the Kafka event log ${clientId} is closed`);
  };

  /** One shared admin client; a failed connect is forgotten, so the next call tries again. */
  const connectedAdmin = (): Promise<Admin> => {
    if (admin === undefined) {
      const client = kafka.admin();
      admin = client.connect().then(
        () => client,
        (error: unknown) => {
          admin = undefined;
          throw error;
        },
      );
    }
    return admin;
  };

  return {
    async createTopics(topics) {
      assertOpen("createTopics");
      for (const { name, partitions } of topics) checkTopic(name, partitions);
      await guarded("create topics", async () => {
        // Resolves false (not an error) when every topic already exists: creation is idempotent.
        await (await connectedAdmin()).createTopics({
          topics: topics.map(({ name, partitions }) => ({ topic: name, numPartitions: partitions })),
          waitForLeaders: true,
        });
      });
    },

    async producer(): Promise<LogProducer> {
      assertOpen("producer");
      const producer = kafka.producer({
        // A misspelt topic must fail (LOG_UNKNOWN_TOPIC), not silently become a new topic.
        allowAutoTopicCreation: false,
        idempotent: true,
        maxInFlightRequests: 1,
        // Bounded, unlike kafkajs' default for idempotent producers (forever): a send to a broker that
        // stays down must end in LOG_UNAVAILABLE. A retried send may then duplicate records, which
        // at-least-once consumers already tolerate.
        retry: { retries },
        // Explicit, so the key → partition rule is Kafka's Java one on purpose (and kafkajs stays
        // quiet about its v2 partitioner change).
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await guarded("connect producer", () => producer.connect());
      producers.add(producer);
      const queue = createSendQueue((batch) =>
        guarded(`send records to ${batch.map((b) => b.topic).join(", ")}`, async () => {
          await producer.sendBatch({
            acks: -1,
            topicMessages: batch.map(({ topic, records }) => ({
              topic,
              messages: records.map((record: OutgoingRecord) => ({
                key: record.key,
                value: record.value,
                ...(record.headers === undefined ? {} : { headers: record.headers }),
              })),
            })),
          });
        }),
      );
      return {
        async send(topic: string, records: OutgoingRecord[]) {
          if (records.length === 0) return;
          await queue.send(topic, records);
        },
        async close() {
          producers.delete(producer);
          await producer.disconnect();
        },
      };
    },

    async consume(consumeOptions) {
      assertOpen(`consume in group ${consumeOptions.groupId}`);
      // A principal without the right to the group is told so here, not by a consumer that
      // crashes later: describing the group needs the same Describe right that joining it does.
      // Only a refusal counts; anything else (a coordinator still loading) is the consumer's to
      // retry, as it always was.
      const refused = await guarded(`join consumer group ${consumeOptions.groupId}`, async () => {
        await (await connectedAdmin()).describeGroups([consumeOptions.groupId]);
      }).then(
        () => undefined,
        (error: unknown) => (isBzError(error, "LOG_NOT_AUTHORIZED") ? error : undefined),
      );
      if (refused !== undefined) throw refused;
      const consumer = await consumeFromKafka(
        kafka,
        brokers,
        logger,
        consumeOptions,
        options.sessionTimeoutMs ?? 10_000,
        connectedAdmin,
      );
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
      const offsets = await guarded(`read end offsets of ${topic}`, async () =>
        (await connectedAdmin()).fetchTopicOffsets(topic),
      );
      return offsets
        .map(({ partition, high }) => ({ partition, offset: high }))
        .sort((a, b) => a.partition - b.partition);
    },

    async committedOffsets(groupId, topic) {
      assertOpen(`committedOffsets of ${groupId}`);
      const offsets = await guarded(`read offsets of group ${groupId}`, async () =>
        (await connectedAdmin()).fetchOffsets({ groupId, topics: [topic] }),
      );
      return (offsets.find((entry) => entry.topic === topic)?.partitions ?? [])
        .map(({ partition, offset }) => ({ partition, offset }))
        .sort((a, b) => a.partition - b.partition);
    },

    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...consumers].map((consumer) => consumer.stop()));
      await Promise.all([...producers].map((producer) => producer.disconnect()));
      const connected = await admin?.catch(() => undefined);
      await connected?.disconnect();
    },
  };
}
