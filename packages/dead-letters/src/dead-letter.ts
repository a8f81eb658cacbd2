import type { LogRecord } from "@bz/event-log";

/** Header names on a dead-letter record; docs/asyncapi.yaml documents the same names. */
export const deadLetterHeaders = {
  reasonCode: "bz-reason-code",
  error: "bz-error",
  originalTopic: "bz-original-topic",
  originalPartition: "bz-original-partition",
  originalOffset: "bz-original-offset",
  failedAt: "bz-failed-at",
  /** SHA-256 (hex) of the original bytes, on every dead letter. */
  originalSha256: "bz-original-sha256",
  /** Length in bytes of the original value. */
  originalLength: "bz-original-length",
  /** Why the value is not the original: "clear-identifier" (dropped) or "truncated". */
  valueWithheld: "bz-value-withheld",
} as const;

/**
 * Originals larger than this are replaced by their first this-many bytes plus hash and length, so a
 * dead letter always fits the dead-letter topic (Kafka's default message.max.bytes is 1 MiB, and a
 * send carries several). Anything this large failed CONTRACT_OVERSIZED and cannot be replayed anyway.
 */
export const DEAD_LETTER_VALUE_LIMIT = 256 * 1024;

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
  /** SHA-256 (hex) and length of the original bytes, whether or not they are kept. */
  originalSha256: string;
  originalLength: number;
  /** Set when `value` is not the original: "clear-identifier" (empty) or "truncated". */
  valueWithheld: string | null;
  /** The original record's own headers, without the bz- dead-letter ones. */
  headers: Record<string, string>;
  /** Where the dead letter itself sits. */
  deadLetterPartition: number;
  deadLetterOffset: string;
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
    originalSha256: record.headers[deadLetterHeaders.originalSha256] ?? "",
    originalLength: Number(record.headers[deadLetterHeaders.originalLength] ?? record.value.length),
    valueWithheld: record.headers[deadLetterHeaders.valueWithheld] ?? null,
    headers,
    deadLetterPartition: record.partition,
    deadLetterOffset: record.offset,
  };
}
