import { setTimeout as sleep } from "node:timers/promises";
import { Consumer, type Message, type MessagesStream } from "@platformatic/kafka";
import type { ConsumeOptions, LogConsumer, LogRecord, OutgoingRecord } from "../event-log.ts";
import type { EventLogLogger } from "../logger.ts";
import { translatingPlatformaticErrors } from "./errors.ts";

const maxBackoffMs = 2_000;
/** Records held in memory across all partitions before the fetch loop pauses. */
const maxBuffered = 20_000;

interface PartitionState {
  topic: string;
  partition: number;
  /** Fetched, not yet handed to the handler, in offset order. */
  waiting: LogRecord[];
  /** The next offset this member expects; lower offsets (a refetch after a rejoin) are dropped. */
  next: bigint | undefined;
  leaderEpoch: number;
  busy: boolean;
}

/** What {@link consumeWithPlatformatic} needs from the event log. */
export interface PlatformaticConsumeContext {
  base: { clientId: string; bootstrapBrokers: string[]; retries: number };
  brokers: string[];
  logger: EventLogLogger;
  options: ConsumeOptions;
  sessionTimeoutMs: number;
  /**
   * Produces the records a handler returns (dead letters) before its batch's commit. Not atomic
   * with the commit, as in the embedded log: a kill between the two can repeat them (ADR 0022).
   */
  produce(topic: string, records: OutgoingRecord[]): Promise<void>;
}

/**
 * Joins the group and hands each partition's waiting records to `handleBatch` as one batch (the
 * batch is whatever arrived while the previous one was handled), at most `concurrency` partitions at
 * once, each partition in order. The batch's offsets are committed after the handler resolved.
 *
 * A failed batch is re-delivered from the committed offset: the library's message stream has no
 * seek that is safe against a fetch in flight, so this member closes its stream, lets the batches
 * in hand finish and commit, backs off (100 ms doubling to 2 s) and opens a new stream at the
 * committed offsets. Records fetched but not handled are simply fetched again.
 */
export async function consumeWithPlatformatic(context: PlatformaticConsumeContext): Promise<LogConsumer> {
  const { base, brokers, logger, options, sessionTimeoutMs } = context;
  const { groupId, topics, handleBatch } = options;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const consumer = new Consumer({
    ...base,
    groupId,
    sessionTimeout: sessionTimeoutMs,
    heartbeatInterval: Math.min(1_000, Math.floor(sessionTimeoutMs / 3)),
    autocommit: false,
    // A short fetch wait keeps stop() quick.
    maxWaitTime: 500,
  });

  const states = new Map<string, PartitionState>();
  let stream: MessagesStream<Buffer, Buffer, Buffer, Buffer> | undefined;
  let epoch = 0;
  let buffered = 0;
  let inHand = 0;
  let stopping = false;
  let restarting = false;
  let failures = 0;
  let idle: (() => void)[] = [];

  const whenNothingInHand = () =>
    inHand === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve));

  const open = async () => {
    const current = ++epoch;
    const opened = await consumer.consume({
      topics,
      mode: "committed",
      fallbackMode: (options.fromBeginning ?? true) ? "earliest" : "latest",
      autocommit: false,
      maxWaitTime: 500,
      sessionTimeout: sessionTimeoutMs,
      heartbeatInterval: Math.min(1_000, Math.floor(sessionTimeoutMs / 3)),
    });
    stream = opened;
    opened.on("data", (message: Message<Buffer, Buffer, Buffer, Buffer>) => {
      if (current === epoch && !stopping && !restarting) accept(message);
    });
    opened.on("error", (error: Error) => {
      if (current !== epoch || stopping) return;
      logger.error(
        { err: error, groupId },
        "the Kafka consumer stream failed; reopening it at the committed offsets",
      );
      void restart();
    });
  };

  const owns = (topic: string, partition: number) =>
    (consumer.assignments ?? []).some((a) => a.topic === topic && a.partitions.includes(partition));

  const accept = (message: Message<Buffer, Buffer, Buffer, Buffer>) => {
    // A fetch answered after a rebalance may still carry partitions this member no longer owns.
    if (!owns(message.topic, message.partition)) return;
    const key = `${message.topic}:${message.partition}`;
    let state = states.get(key);
    if (state === undefined) {
      state = {
        topic: message.topic,
        partition: message.partition,
        waiting: [],
        next: undefined,
        leaderEpoch: message.leaderEpoch,
        busy: false,
      };
      states.set(key, state);
    }
    if (state.next !== undefined && message.offset < state.next) return;
    state.next = message.offset + 1n;
    state.leaderEpoch = message.leaderEpoch;
    state.waiting.push(toLogRecord(message));
    buffered += 1;
    if (buffered >= maxBuffered) stream?.pause();
    scheduleSoon();
  };

  // The stream emits a fetch response's records one 'data' event at a time; handing out batches
  // on the next turn lets the whole response gather first, so a batch is what is waiting.
  let soon = false;
  const scheduleSoon = () => {
    if (soon) return;
    soon = true;
    setImmediate(() => {
      soon = false;
      schedule();
    });
  };

  const schedule = () => {
    if (stopping || restarting) return;
    for (const state of states.values()) {
      if (inHand >= concurrency) return;
      if (!state.busy && state.waiting.length > 0) void dispatch(state);
    }
  };

  const dispatch = async (state: PartitionState) => {
    state.busy = true;
    inHand += 1;
    const records = state.waiting;
    state.waiting = [];
    buffered -= records.length;
    if (buffered < maxBuffered / 2 && stream?.isPaused()) stream.resume();
    const last = records[records.length - 1];
    let failed: unknown;
    try {
      const nextOffset = last === undefined ? "0" : String(BigInt(last.offset) + 1n);
      const outcome = await handleBatch({
        topic: state.topic,
        partition: state.partition,
        records,
        nextOffset,
      });
      for (const { topic, records: produced } of outcome?.produce ?? []) {
        if (produced.length > 0) await context.produce(topic, produced);
      }
      if (last !== undefined) {
        await consumer.commit({
          offsets: [
            {
              topic: state.topic,
              partition: state.partition,
              offset: BigInt(last.offset) + 1n,
              leaderEpoch: state.leaderEpoch,
            },
          ],
        });
      }
      failures = 0;
    } catch (error) {
      failed = error;
    } finally {
      state.busy = false;
      inHand -= 1;
      if (inHand === 0) {
        const waiting = idle;
        idle = [];
        for (const resolve of waiting) resolve();
      }
    }
    if (failed !== undefined) {
      failures += 1;
      logger.error(
        {
          err: failed,
          groupId,
          topic: state.topic,
          partition: state.partition,
          offset: records[0]?.offset,
          failures,
        },
        "handling a batch failed; it will be delivered again from the committed offset",
      );
      void restart();
      return;
    }
    schedule();
  };

  const restart = async () => {
    if (restarting || stopping) return;
    restarting = true;
    epoch += 1; // the old stream's records are ignored from here on
    const old = stream;
    stream = undefined;
    states.clear();
    buffered = 0;
    await old?.close().catch(() => undefined);
    await whenNothingInHand();
    if (!stopping) await sleep(Math.min(100 * 2 ** Math.max(0, failures - 1), maxBackoffMs));
    while (!stopping) {
      try {
        await open();
        break;
      } catch (error) {
        logger.error({ err: error, groupId }, "reopening the Kafka consumer stream failed; trying again");
        await sleep(maxBackoffMs);
      }
    }
    restarting = false;
    schedule();
  };

  try {
    await translatingPlatformaticErrors(`join consumer group ${groupId}`, brokers, open);
  } catch (error) {
    await consumer.close(true).catch(() => undefined);
    throw error;
  }

  consumer.on("consumer:group:join", ({ assignments }) => {
    // Partitions taken away by a rebalance: drop what was fetched for them but not handed out.
    const owned = new Set((assignments ?? []).flatMap((a) => a.partitions.map((p) => `${a.topic}:${p}`)));
    for (const [key, state] of states) {
      if (owned.has(key) || state.busy) continue;
      buffered -= state.waiting.length;
      states.delete(key);
    }
  });

  return {
    async stop() {
      if (stopping) return;
      stopping = true;
      epoch += 1;
      await stream?.close().catch(() => undefined);
      stream = undefined;
      // The batches in hand finish and commit, then the member leaves the group.
      await whenNothingInHand();
      await consumer.close();
    },
  };
}

function toLogRecord(message: Message<Buffer, Buffer, Buffer, Buffer>): LogRecord {
  const headers: Record<string, string> = {};
  for (const [name, value] of message.headers) {
    const key = name.toString("utf8");
    // The first value of a repeated header name wins, as in the kafkajs adapter.
    if (!(key in headers)) headers[key] = value.toString("utf8");
  }
  return {
    topic: message.topic,
    partition: message.partition,
    offset: message.offset.toString(),
    key: message.key === undefined || message.key === null ? null : message.key.toString("utf8"),
    value: message.value ?? Buffer.alloc(0),
    headers,
    timestamp: new Date(Number(message.timestamp)),
  };
}
