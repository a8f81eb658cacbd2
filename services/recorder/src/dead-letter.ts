import { createHash } from "node:crypto";
import { DEAD_LETTER_VALUE_LIMIT, deadLetterHeaders } from "@bz/dead-letters";
import type { LogRecord, OutgoingRecord } from "@bz/event-log";
import type { Rejection } from "./domain/triage.ts";

/**
 * The dead-letter record for a record the recorder cannot accept: the original key, bytes and
 * headers, plus why and where it failed, so it can be replayed after a fix. A record that may hold
 * a clear BSN keeps none of them (only the reason, the offsets and a hash); an original too large
 * for the topic keeps its first {@link DEAD_LETTER_VALUE_LIMIT} bytes.
 */
export function toDeadLetter(rejection: Rejection<LogRecord>, failedAt: Date): OutgoingRecord {
  const { record } = rejection;
  const withheld = !rejection.keepBytes
    ? "clear-identifier"
    : record.value.length > DEAD_LETTER_VALUE_LIMIT
      ? "truncated"
      : null;
  const value =
    withheld === "clear-identifier"
      ? Buffer.alloc(0)
      : withheld === "truncated"
        ? record.value.subarray(0, DEAD_LETTER_VALUE_LIMIT)
        : record.value;
  return {
    // Without the original key the dead letter is keyed by where it came from, so one original's
    // letters still land in one partition.
    key: rejection.keepBytes ? (record.key ?? "") : `${record.topic}/${record.partition}`,
    value,
    headers: {
      ...(rejection.keepBytes ? record.headers : {}),
      [deadLetterHeaders.reasonCode]: rejection.code,
      [deadLetterHeaders.error]: rejection.message.slice(0, 2000),
      [deadLetterHeaders.originalTopic]: record.topic,
      [deadLetterHeaders.originalPartition]: String(record.partition),
      [deadLetterHeaders.originalOffset]: record.offset,
      [deadLetterHeaders.failedAt]: failedAt.toISOString(),
      [deadLetterHeaders.originalSha256]: createHash("sha256").update(record.value).digest("hex"),
      [deadLetterHeaders.originalLength]: String(record.value.length),
      ...(withheld === null ? {} : { [deadLetterHeaders.valueWithheld]: withheld }),
    },
  };
}

/** The bytes a dead letter puts on the wire, near enough to split sends by size. */
export function deadLetterSize(letter: OutgoingRecord): number {
  let size = letter.key.length + letter.value.length + 64;
  for (const [name, value] of Object.entries(letter.headers ?? {})) size += name.length + value.length + 8;
  return size;
}
