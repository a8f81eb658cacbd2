import { createHash } from "node:crypto";
import type { LogRecord, OutgoingRecord } from "@bz/event-log";
import type { Rejection } from "./domain/triage.ts";

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
