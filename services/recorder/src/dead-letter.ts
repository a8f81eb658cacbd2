import type { ErrorCode } from "@bz/errors";
import type { LogRecord, OutgoingRecord } from "@bz/event-log";

/** Header names on a dead-letter record; docs/asyncapi.yaml documents the same names. */
export const deadLetterHeaders = {
  reasonCode: "bz-reason-code",
  error: "bz-error",
  originalTopic: "bz-original-topic",
  originalPartition: "bz-original-partition",
  originalOffset: "bz-original-offset",
  failedAt: "bz-failed-at",
} as const;

/** Why and where a record failed, as read back from a dead-letter record. */
export interface DeadLetter {
  reasonCode: string;
  error: string;
  originalTopic: string;
  originalPartition: number;
  originalOffset: string;
  failedAt: string;
  key: string | null;
  value: Buffer;
  /** The original record's own headers, without the bz- dead-letter ones. */
  headers: Record<string, string>;
  /** Where the dead letter itself sits. */
  deadLetterPartition: number;
  deadLetterOffset: string;
}

/**
 * The dead-letter record for a record the recorder cannot accept: the original key, bytes and
 * headers unchanged, plus why and where it failed, so it can be replayed after a fix.
 */
export function toDeadLetter(
  record: LogRecord,
  code: ErrorCode,
  message: string,
  failedAt: Date,
): OutgoingRecord {
  return {
    key: record.key ?? "",
    value: record.value,
    headers: {
      ...record.headers,
      [deadLetterHeaders.reasonCode]: code,
      [deadLetterHeaders.error]: message.slice(0, 2000),
      [deadLetterHeaders.originalTopic]: record.topic,
      [deadLetterHeaders.originalPartition]: String(record.partition),
      [deadLetterHeaders.originalOffset]: record.offset,
      [deadLetterHeaders.failedAt]: failedAt.toISOString(),
    },
  };
}

/** Reads a dead-letter record back. */
export function fromDeadLetter(record: LogRecord): DeadLetter {
  const own = new Set<string>(Object.values(deadLetterHeaders));
  const headers = Object.fromEntries(Object.entries(record.headers).filter(([name]) => !own.has(name)));
  return {
    reasonCode: record.headers[deadLetterHeaders.reasonCode] ?? "UNKNOWN",
    error: record.headers[deadLetterHeaders.error] ?? "",
    originalTopic: record.headers[deadLetterHeaders.originalTopic] ?? "",
    originalPartition: Number(record.headers[deadLetterHeaders.originalPartition] ?? -1),
    originalOffset: record.headers[deadLetterHeaders.originalOffset] ?? "",
    failedAt: record.headers[deadLetterHeaders.failedAt] ?? "",
    key: record.key,
    value: record.value,
    headers,
    deadLetterPartition: record.partition,
    deadLetterOffset: record.offset,
  };
}
