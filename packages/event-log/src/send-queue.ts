import type { OutgoingRecord } from "./event-log.ts";

/** Records for one topic, as handed to a flush. */
export interface TopicRecords {
  topic: string;
  records: OutgoingRecord[];
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
      const batch = pending;
      pending = [];
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
