import type { OutgoingRecord } from "./event-log.ts";

/** Records for one topic, as handed to a flush. */
export interface TopicRecords {
  topic: string;
  records: OutgoingRecord[];
}

/** Queued sends merge into one request only while their records stay under this size. */
export const MERGED_SEND_BYTES = 512 * 1024;

/** The size of records on the wire, near enough for splitting: key, value, headers. */
export function recordsSize(records: readonly OutgoingRecord[]): number {
  let size = 0;
  for (const record of records) {
    size += record.key.length + record.value.length + 32;
    for (const [name, value] of Object.entries(record.headers ?? {})) size += name.length + value.length + 8;
  }
  return size;
}

/**
 * Splits records into runs each under `limit` bytes (a record larger than `limit` goes alone), in
 * order, so that no one request exceeds what the broker takes.
 */
export function splitBySize(
  records: readonly OutgoingRecord[],
  limit = MERGED_SEND_BYTES,
): OutgoingRecord[][] {
  const runs: OutgoingRecord[][] = [];
  let run: OutgoingRecord[] = [];
  let size = 0;
  for (const record of records) {
    const next = recordsSize([record]);
    if (run.length > 0 && size + next > limit) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(record);
    size += next;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Serialises sends through one flush at a time, merging the sends that queued up meanwhile into the
 * next flush (group commit). kafkajs' idempotent producer mis-numbers its sequence when two sends
 * overlap (OUT_OF_ORDER_SEQUENCE_NUMBER), and one request carrying many sends is cheaper anyway.
 * Each caller's promise settles with the flush that carried its records; order per topic is kept.
 */
export function createSendQueue(flush: (batch: TopicRecords[]) => Promise<void>) {
  let pending: { topic: string; records: OutgoingRecord[]; resolve(): void; reject(error: unknown): void }[] =
    [];
  let running = false;
  const drain = async () => {
    running = true;
    while (pending.length > 0) {
      // Merge queued sends up to a size a broker takes in one request (Kafka's default
      // message.max.bytes caps a partition's records in one request at 1 MiB); the rest wait.
      let size = 0;
      let take = 0;
      while (take < pending.length) {
        const next = recordsSize(pending[take]?.records ?? []);
        if (take > 0 && size + next > MERGED_SEND_BYTES) break;
        size += next;
        take += 1;
      }
      const batch = pending.slice(0, take);
      pending = pending.slice(take);
      const byTopic = new Map<string, OutgoingRecord[]>();
      for (const { topic, records } of batch) byTopic.set(topic, [...(byTopic.get(topic) ?? []), ...records]);
      try {
        await flush([...byTopic].map(([topic, records]) => ({ topic, records })));
        for (const item of batch) item.resolve();
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    running = false;
  };
  return {
    send(topic: string, records: OutgoingRecord[]): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        pending.push({ topic, records, resolve, reject });
        if (!running) void drain();
      });
    },
  };
}
