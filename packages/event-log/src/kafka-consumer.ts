import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import {
  type Admin,
  type Batch,
  type Consumer,
  type IHeaders,
  type Kafka,
  Partitioners,
  type Producer,
} from "kafkajs";
import type { BatchOutcome, ConsumeOptions, LogConsumer, LogRecord, RecordBatch } from "./event-log.ts";
import { translateKafkaError, translatingKafkaErrors } from "./kafka-errors.ts";
import type { EventLogLogger } from "./logger.ts";
import { splitBySize } from "./send-queue.ts";

const maxBackoffMs = 2_000;

/**
 * Joins `options.groupId` and hands each fetched (topic, partition) batch to `handleBatch`.
 *
 * Offsets are committed explicitly after the handler resolved. When it throws, the error is NOT
 * passed on to kafkajs: a throw out of eachBatch makes kafkajs retry and, after its retries, crash
 * and restart the consumer, which re-resolves a partition without committed offset to the log end
 * when fromBeginning is false and so skips records (kafkajs issue #238), and stalls every other
 * partition meanwhile. Instead the batch's offset is left unresolved, so kafkajs' next fetch of the
 * partition starts again at the last committed offset, after a short backoff.
 */
export async function consumeFromKafka(
  kafka: Kafka,
  brokers: string[],
  logger: EventLogLogger,
  options: ConsumeOptions,
  sessionTimeoutMs: number,
  /** The event log's shared admin client (reads the group's committed offsets). */
  connectedAdmin: () => Promise<Admin>,
): Promise<LogConsumer> {
  const { groupId, topics, handleBatch } = options;
  const consumer: Consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    sessionTimeout: sessionTimeoutMs,
    // A short fetch wait keeps stop() quick; an idle consumer then polls about once a second.
    maxWaitTimeInMs: 1_000,
  });
  const failures = new Map<string, number>();
  let stopping = false;

  // Records a handler returns are produced in one transaction with its batch's offsets. One
  // transactional producer per member, created on first use; its transactions run one at a time.
  // The id is new per member: a killed member's open transaction is aborted by the broker after
  // transactionTimeout, and its records were never visible to read_committed readers.
  const transactionalId = `${groupId}-${randomUUID()}`;
  let transactional: Promise<Producer> | undefined;
  let transactionTail: Promise<unknown> = Promise.resolve();
  // Partitions whose last transaction failed with an unknown outcome: the broker may have committed
  // it although the answer never came (a cut connection during EndTxn). Their next batch first asks
  // the broker how far the group got, so records are not produced a second time.
  const uncertain = new Set<string>();
  const transactionalProducer = (): Promise<Producer> => {
    if (transactional === undefined) {
      const producer = kafka.producer({
        transactionalId,
        transactionTimeout: 10_000,
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      transactional = producer.connect().then(
        () => producer,
        (error: unknown) => {
          transactional = undefined;
          throw error;
        },
      );
    }
    return transactional;
  };
  const commitWithRecords = (batch: Batch, outcome: BatchOutcome, next: string): Promise<void> => {
    const run = transactionTail.then(async () => {
      const producer = await transactionalProducer();
      const transaction = await producer.transaction();
      try {
        for (const { topic, records } of outcome.produce) {
          for (const run of splitBySize(records)) {
            await transaction.send({
              topic,
              acks: -1,
              messages: run.map((record) => ({
                key: record.key,
                value: record.value,
                ...(record.headers === undefined ? {} : { headers: record.headers }),
              })),
            });
          }
        }
        await transaction.sendOffsets({
          consumerGroupId: groupId,
          topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }],
        });
        await transaction.commit();
      } catch (error) {
        await transaction.abort().catch(() => undefined);
        // kafkajs' transaction state is unusable after a failed commit (it stays "committing"), and
        // whether the broker committed is unknown: start over with a new producer of the same
        // transactional id, whose InitProducerId makes the broker finish or abort the old one.
        transactional = undefined;
        await producer.disconnect().catch(() => undefined);
        throw error;
      }
    });
    transactionTail = run.catch(() => undefined);
    return translatingKafkaErrors(
      `commit batch of ${batch.topic}:${batch.partition} with its records`,
      brokers,
      () => run,
      1,
    );
  };

  /**
   * After a transaction of unknown outcome: settles it (a new producer of the same transactional id
   * fences the old one; the broker completes or aborts its transaction before answering), then reads
   * the group's committed offset of the partition, which now says whether that transaction landed.
   */
  const settledCommittedOffset = async (topic: string, partition: number): Promise<bigint> => {
    const producer = await transactionalProducer();
    const probe = await producer.transaction();
    await probe.abort();
    const [entry] = await (await connectedAdmin()).fetchOffsets({ groupId, topics: [topic] });
    const offset = entry?.partitions.find((p) => p.partition === partition)?.offset ?? "-1";
    return BigInt(offset);
  };

  consumer.on(consumer.events.CRASH, ({ payload }) => {
    const error = translateKafkaError(
      payload.error,
      `consume ${topics.join(", ")} in group ${groupId}`,
      brokers,
    );
    logger.error(
      { err: error, groupId, restart: payload.restart },
      payload.restart
        ? "the Kafka consumer crashed and restarts from the committed offsets"
        : "the Kafka consumer crashed and does not restart; restart the process",
    );
    if (!payload.restart) options.onFailure?.(error);
  });

  await translatingKafkaErrors(`join consumer group ${groupId}`, brokers, async () => {
    await consumer.connect();
    try {
      await consumer.subscribe({ topics, fromBeginning: options.fromBeginning ?? true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: options.concurrency ?? 1,
        eachBatch: async ({
          batch,
          resolveOffset,
          commitOffsetsIfNecessary,
          heartbeat,
          isRunning,
          isStale,
        }) => {
          if (batch.messages.length === 0 || !isRunning() || isStale()) return;
          const id = `${batch.topic}:${batch.partition}`;
          const next = (BigInt(batch.lastOffset()) + 1n).toString();
          let committed = false;
          let committing = false;
          try {
            let records = toRecordBatch(batch, next);
            if (uncertain.has(id)) {
              const landed = await settledCommittedOffset(batch.topic, batch.partition);
              uncertain.delete(id);
              // What the earlier transaction committed is done: hand on only what lies beyond it.
              records = { ...records, records: records.records.filter((r) => BigInt(r.offset) >= landed) };
              if (records.records.length < batch.messages.length) {
                logger.warn(
                  {
                    groupId,
                    topic: batch.topic,
                    partition: batch.partition,
                    committedOffset: String(landed),
                  },
                  "a transaction whose answer was lost had committed; its records are not produced again",
                );
                resolveOffset((landed - 1n).toString());
              }
              if (records.records.length === 0) {
                failures.delete(id);
                await heartbeat();
                return;
              }
            }
            const outcome = await handleBatch(records);
            if (outcome?.produce.some((p) => p.records.length > 0)) {
              committing = true;
              await commitWithRecords(batch, outcome, next);
              committed = true;
            }
          } catch (error) {
            if (committing) uncertain.add(id);
            const count = (failures.get(id) ?? 0) + 1;
            failures.set(id, count);
            const backoffMs = Math.min(100 * 2 ** (count - 1), maxBackoffMs);
            logger.error(
              {
                err: error,
                groupId,
                topic: batch.topic,
                partition: batch.partition,
                offset: batch.firstOffset(),
                failures: count,
                backoffMs,
              },
              "handling a batch failed; it will be delivered again from the committed offset",
            );
            // Backoff far below the session timeout, so the member stays in the group meanwhile.
            if (!stopping) await sleep(backoffMs);
            await heartbeat();
            return;
          }
          failures.delete(id);
          // Commit first, then resolve: if the commit fails (say, a rebalance), nothing in memory
          // has moved past the committed offset, and the records come again.
          if (!committed) {
            await commitOffsetsIfNecessary({
              topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }],
            });
          }
          resolveOffset(batch.lastOffset());
          await heartbeat();
        },
      });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
  });

  return {
    async stop() {
      stopping = true;
      // disconnect() waits for the batch in hand to finish (and commit), then leaves the group.
      await consumer.disconnect();
      const producer = await transactional?.catch(() => undefined);
      await producer?.disconnect().catch(() => undefined);
    },
  };
}

function toRecordBatch(batch: Batch, nextOffset: string): RecordBatch {
  return {
    topic: batch.topic,
    partition: batch.partition,
    nextOffset,
    records: batch.messages.map(
      (message): LogRecord => ({
        topic: batch.topic,
        partition: batch.partition,
        offset: message.offset,
        key: message.key === null || message.key === undefined ? null : message.key.toString("utf8"),
        value: message.value ?? Buffer.alloc(0),
        headers: toHeaders(message.headers),
        timestamp: new Date(Number(message.timestamp)),
      }),
    ),
  };
}

/** kafkajs hands header values as Buffers (or arrays of them for repeated names); the port has strings. */
function toHeaders(headers: IHeaders | undefined): Record<string, string> {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) entries.push([name, first.toString()]);
  }
  return Object.fromEntries(entries);
}
