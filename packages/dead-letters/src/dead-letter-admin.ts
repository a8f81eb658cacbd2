import { randomUUID } from "node:crypto";
import { deadLetterReaderGroupPrefix } from "@bz/contracts";
import type { EventLog } from "@bz/event-log";
import { type DeadLetter, fromDeadLetter } from "./dead-letter.ts";

/**
 * Reads every dead letter currently in `deadLetterTopic`, oldest first per partition, with a
 * throw-away consumer group so that no one's committed offsets move.
 */
export async function readDeadLetters(log: EventLog, deadLetterTopic: string): Promise<DeadLetter[]> {
  const ends = await log.endOffsets(deadLetterTopic);
  const pending = new Map(
    ends.filter((end) => BigInt(end.offset) > 0n).map((end) => [end.partition, BigInt(end.offset)]),
  );
  if (pending.size === 0) return [];
  const letters: DeadLetter[] = [];
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const consumer = await log.consume({
    groupId: `${deadLetterReaderGroupPrefix}${randomUUID()}`,
    topics: [deadLetterTopic],
    fromBeginning: true,
    handleBatch: async (batch) => {
      const end = pending.get(batch.partition);
      if (end === undefined) return;
      for (const record of batch.records) {
        if (BigInt(record.offset) < end) letters.push(fromDeadLetter(record));
      }
      // nextOffset steps over Kafka's transaction markers, which are never delivered as records.
      if (BigInt(batch.nextOffset) >= end) pending.delete(batch.partition);
      if (pending.size === 0) finish();
    },
  });
  await finished;
  await consumer.stop();
  return letters.sort(
    (a, b) =>
      a.deadLetterPartition - b.deadLetterPartition ||
      Number(BigInt(a.deadLetterOffset) - BigInt(b.deadLetterOffset)),
  );
}

/** Dead letters counted per reason code. */
export function countByReason(letters: DeadLetter[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const letter of letters) counts[letter.reasonCode] = (counts[letter.reasonCode] ?? 0) + 1;
  return counts;
}

/**
 * Sends chosen dead letters back to the topics they came from, with their original key, bytes and
 * headers. The recorder then judges them again; events it already holds stay single (idempotent).
 */
export async function replayDeadLetters(
  log: EventLog,
  letters: DeadLetter[],
  onProgress?: (done: number) => void,
): Promise<number> {
  const producer = await log.producer();
  try {
    let done = 0;
    for (const letter of letters) {
      await producer.send(letter.originalTopic, [
        {
          key: letter.key ?? "",
          value: letter.value,
          headers: {
            ...letter.headers,
            "bz-replayed-from": `${letter.deadLetterPartition}:${letter.deadLetterOffset}`,
          },
        },
      ]);
      done += 1;
      onProgress?.(done);
    }
    return done;
  } finally {
    await producer.close();
  }
}
