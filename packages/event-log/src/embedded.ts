import { mkdir, readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { BzError } from "@bz/errors";
import { writeFileAtomically } from "./atomic-file.ts";
import { EmbeddedGroup, type GroupMember } from "./embedded-group.ts";
import {
  type ConsumeOptions,
  type EventLog,
  type LogConsumer,
  type LogProducer,
  MAX_RECORD_BYTES,
  type OutgoingRecord,
} from "./event-log.ts";
import { type EventLogLogger, stderrLogger } from "./logger.ts";
import { OffsetStore } from "./offset-store.ts";
import { PartitionLog } from "./partition-log.ts";
import { partitionForKey } from "./partitioner.ts";
import { recordsSize } from "./send-queue.ts";
import { checkTopic } from "./topic-name.ts";
import { Wakeup } from "./wakeup.ts";

/** Options of {@link createEmbeddedEventLog}. */
export interface EmbeddedEventLogOptions {
  /** Folder that holds the log; created when missing, reopened with its data after a restart. */
  dataDir: string;
  /** pino-like logger; by default warnings and errors go to stderr as JSON lines. */
  logger?: EventLogLogger;
}

// One process, one writer per folder: two logs appending to the same segments would corrupt them.
const openDataDirs = new Set<string>();

/**
 * The event log in this process, durable in `dataDir`, with Kafka's semantics: partitions chosen by
 * Kafka's key hash, per-partition order, consumer groups sharing partitions, committed offsets,
 * at-least-once delivery. Layout: `topics/<topic>/<partition>.log`, `groups/<group>.json`.
 */
export async function createEmbeddedEventLog(options: EmbeddedEventLogOptions): Promise<EventLog> {
  const dataDir = resolve(options.dataDir);
  if (openDataDirs.has(dataDir)) {
    throw new BzError(
      "LOG_UNAVAILABLE",
      `the embedded event log in ${dataDir} is already open in this process`,
      {
        details: { dataDir },
      },
    );
  }
  const logger = options.logger ?? stderrLogger({ component: "event-log", adapter: "embedded" });
  const topicsDir = join(dataDir, "topics");
  await mkdir(topicsDir, { recursive: true });
  const topics = new Map<string, PartitionLog[]>();
  for (const name of await readdir(topicsDir)) {
    const meta = await readTopicMeta(join(topicsDir, name));
    if (meta === undefined) continue; // a creation that crashed before its metadata was written
    topics.set(name, await openPartitions(join(topicsDir, name), meta.partitions, logger));
  }
  const offsets = await OffsetStore.open(join(dataDir, "groups"));
  openDataDirs.add(dataDir);

  const closing = new Wakeup();
  let closed = false;
  const groups = new Map<string, EmbeddedGroup>();
  let creating: Promise<void> = Promise.resolve();
  const env = {
    partitions: (topic: string) => topics.get(topic) ?? [],
    offsets,
    logger,
    closing,
    isClosing: () => closed,
    produce: (topic: string, records: OutgoingRecord[]) => produce(topic, records),
  };

  const assertOpen = (what: string) => {
    if (closed) throw new BzError("LOG_CLOSED", `${what}: the embedded event log in ${dataDir} is closed`);
  };
  const partitionsOf = (topic: string): PartitionLog[] => {
    const partitions = topics.get(topic);
    if (partitions === undefined) {
      throw new BzError("LOG_UNKNOWN_TOPIC", `topic ${topic} does not exist in ${dataDir}; create it first`, {
        details: { topic },
      });
    }
    return partitions;
  };

  /** Appends records to their partitions; refuses the whole send when one record is too large, as Kafka does. */
  async function produce(topic: string, records: OutgoingRecord[]): Promise<void> {
    assertOpen(`send to ${topic}`);
    const partitions = partitionsOf(topic);
    for (const record of records) {
      const size = recordsSize([record]);
      if (size > MAX_RECORD_BYTES) {
        throw new BzError(
          "LOG_RECORD_TOO_LARGE",
          `send to ${topic}: a record of about ${size} bytes exceeds the log's ${MAX_RECORD_BYTES}; send smaller records`,
          { details: { topic, size } },
        );
      }
    }
    const timestampMs = Date.now();
    const byPartition = new Map<number, OutgoingRecord[]>();
    for (const record of records) {
      const partition = partitionForKey(record.key, partitions.length);
      byPartition.set(partition, [...(byPartition.get(partition) ?? []), record]);
    }
    await Promise.all(
      [...byPartition].map(([partition, batch]) =>
        partitions[partition]?.append(
          batch.map((record) => ({
            key: record.key,
            value: record.value,
            headers: record.headers ?? {},
            timestampMs,
          })),
        ),
      ),
    );
  }

  async function createTopic(name: string, partitions: number): Promise<void> {
    if (topics.has(name)) return; // as with Kafka's TOPIC_ALREADY_EXISTS: keep the existing topic
    const dir = join(topicsDir, name);
    await mkdir(dir, { recursive: true });
    const logs = await openPartitions(dir, partitions, logger);
    // The metadata file is written last and atomically: it is what makes the topic exist on reopen.
    await writeFileAtomically(join(dir, "topic.json"), JSON.stringify({ partitions }));
    topics.set(name, logs);
  }

  return {
    async createTopics(requested) {
      assertOpen("createTopics");
      for (const { name, partitions } of requested) checkTopic(name, partitions);
      // Serialized: two concurrent calls for one topic must not open its segments twice.
      const done = creating.then(async () => {
        for (const { name, partitions } of requested) await createTopic(name, partitions);
      });
      creating = done.catch(() => undefined);
      await done;
    },

    async producer(): Promise<LogProducer> {
      assertOpen("producer");
      let producerClosed = false;
      return {
        async send(topic: string, records: OutgoingRecord[]) {
          if (producerClosed) throw new BzError("LOG_CLOSED", `send to ${topic}: the producer is closed`);
          await produce(topic, records);
        },
        async close() {
          producerClosed = true;
        },
      };
    },

    async consume(options: ConsumeOptions): Promise<LogConsumer> {
      assertOpen(`consume in group ${options.groupId}`);
      for (const topic of options.topics) partitionsOf(topic);
      const member: GroupMember = {
        topics: [...options.topics],
        fromBeginning: options.fromBeginning ?? true,
        handleBatch: options.handleBatch,
      };
      let group = groups.get(options.groupId);
      if (group === undefined) {
        group = new EmbeddedGroup(options.groupId, env);
        groups.set(options.groupId, group);
      }
      group.join(member);
      const joined = group;
      return { stop: () => joined.leave(member) };
    },

    async endOffsets(topic) {
      assertOpen(`endOffsets of ${topic}`);
      return partitionsOf(topic).map((log, partition) => ({ partition, offset: String(log.endOffset) }));
    },

    async committedOffsets(groupId, topic) {
      assertOpen(`committedOffsets of ${groupId}`);
      return partitionsOf(topic).map((_, partition) => ({
        partition,
        offset: String(offsets.get(groupId, topic, partition) ?? -1),
      }));
    },

    async close() {
      if (closed) return;
      closed = true;
      closing.notify();
      await Promise.all([...groups.values()].map((group) => group.stopped()));
      await offsets.flush();
      await creating;
      await Promise.all([...topics.values()].flat().map((log) => log.close()));
      openDataDirs.delete(dataDir);
    },
  };
}

async function readTopicMeta(dir: string): Promise<{ partitions: number } | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, "topic.json"), "utf8")) as { partitions: number };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function openPartitions(dir: string, count: number, logger: EventLogLogger): Promise<PartitionLog[]> {
  return Promise.all(
    Array.from({ length: count }, (_, partition) => PartitionLog.open(join(dir, `${partition}.log`), logger)),
  );
}
