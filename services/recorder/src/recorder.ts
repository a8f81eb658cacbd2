import type { PartnerTopic } from "@bz/dead-letters";
import { isBzError } from "@bz/errors";
import type { BatchOutcome, EventLog, LogConsumer, LogRecord, RecordBatch } from "@bz/event-log";
import type { EventStore, StreamAppend } from "@bz/event-store";
import type { Logger } from "@bz/observability";
import { coalescedAppender } from "./coalesced-append.ts";
import { toDeadLetter } from "./dead-letter.ts";
import { type Admitted, type RecorderContracts, type Rejection, triage } from "./domain/triage.ts";
import type { RecorderMetrics } from "./recorder-metrics.ts";

export type { RecorderContracts } from "./domain/triage.ts";

/** A partner topic the recorder reads, and where its rejects go. */
/** A topic the recorder reads, with its dead-letter topic (@bz/dead-letters' PartnerTopic). */
export type RecorderTopic = PartnerTopic;

/** Everything a recorder is built from. */
export interface RecorderDeps {
  log: EventLog;
  store: EventStore;
  contracts: RecorderContracts;
  topics: RecorderTopic[];
  groupId: string;
  /** Ids of the pseudonym keys the platform holds (subject and household must use one). */
  pseudonymKeyIds: readonly string[];
  logger: Logger;
  metrics: RecorderMetrics;
  now?: () => Date;
  /** Called once if consuming stops for good (the event log's onFailure), e.g. LOG_NOT_AUTHORIZED. */
  onFailure?: (error: unknown) => void;
}

/** A running recorder. */
export interface Recorder {
  stop(): Promise<void>;
}

function groupByStream(admitted: readonly Admitted<LogRecord>[], now: Date): StreamAppend[] {
  const streams = new Map<string, StreamAppend>();
  for (const event of admitted) {
    let append = streams.get(event.streamId);
    if (append === undefined) {
      append = { streamId: event.streamId, events: [] };
      streams.set(event.streamId, append);
    }
    append.events.push({
      eventId: event.eventId,
      type: event.eventType,
      data: event.data,
      metadata: {
        ward: event.ward,
        topic: event.record.topic,
        partition: event.record.partition,
        offset: event.record.offset,
        recordedAt: now.toISOString(),
        correlationId: event.correlationId,
      },
    });
  }
  return [...streams.values()];
}

/**
 * Starts the recorder: one consumer group over every partner topic. Per batch it triages the
 * records (decode, contract, publisher, identifiers), appends the admitted events to the store,
 * narrowing the batch down when the store refuses one of them, and hands the rejects back to the
 * log as dead letters, produced in one transaction with the batch's offsets: each appears once
 * however often the batch is retried or the recorder killed. Appends are idempotent by event id,
 * so a replayed batch stores nothing twice.
 */
export async function startRecorder(deps: RecorderDeps): Promise<Recorder> {
  const now = deps.now ?? (() => new Date());
  const byTopic = new Map(deps.topics.map((topic) => [topic.topic, topic]));
  const knownKeyIds = new Set(deps.pseudonymKeyIds);
  // Batches of several partitions handled at once share one store append (one statement, one
  // commit) instead of queueing for the store's lock one by one.
  const appendTogether = coalescedAppender((shares) => deps.store.appendBatch(shares));

  /**
   * Appends `admitted`; when the store refuses the batch for something the data causes, halves it
   * until the offending events stand alone, stores the rest and returns the offenders. A retryable
   * error (or one no class names) is thrown: the log redelivers the batch after a backoff.
   */
  const append = async (topic: RecorderTopic, admitted: Admitted<LogRecord>[], at: Date) => {
    const poisoned: Rejection<LogRecord>[] = [];
    const attempt = async (part: Admitted<LogRecord>[]): Promise<void> => {
      if (part.length === 0) return;
      try {
        await appendTogether(groupByStream(part, at));
      } catch (error) {
        if (!isBzError(error) || error.retryable) {
          deps.metrics.storeRetries.inc({ reason: isBzError(error) ? error.code : "UNEXPECTED" });
          throw error;
        }
        const [only] = part;
        if (part.length === 1 && only !== undefined) {
          poisoned.push({
            record: only.record,
            code: error.code,
            message: `event ${only.eventId}: ${error.message}`,
            keepBytes: true,
            correlationId: only.correlationId,
          });
          return;
        }
        const middle = Math.ceil(part.length / 2);
        await attempt(part.slice(0, middle));
        await attempt(part.slice(middle));
      }
    };
    const stopTimer = deps.metrics.appendSeconds.startTimer();
    await attempt(admitted);
    stopTimer();
    if (poisoned.length > 0) {
      deps.logger.warn(
        { partner: topic.partner, poisoned: poisoned.length, of: admitted.length },
        "the event store refused events of a batch; they go to the dead-letter topic, the rest is stored",
      );
    }
    return poisoned;
  };

  const handleBatch = async (batch: RecordBatch): Promise<BatchOutcome | undefined> => {
    const topic = byTopic.get(batch.topic);
    if (topic === undefined)
      throw new Error(`recorder received records of unconfigured topic ${batch.topic}`);
    deps.metrics.received.inc({ partner: topic.partner }, batch.records.length);
    deps.metrics.batchSize.observe(batch.records.length);
    const at = now();
    const sorted = triage(batch.records, {
      topicPartner: topic.partner,
      contracts: deps.contracts,
      knownKeyIds,
    });
    const poisoned = await append(topic, sorted.admitted, at);
    const stored = sorted.admitted.length - poisoned.length;
    if (stored > 0) deps.metrics.accepted.inc({ partner: topic.partner }, stored);
    const rejected = [...sorted.rejected, ...poisoned].sort((a, b) =>
      Number(BigInt(a.record.offset) - BigInt(b.record.offset)),
    );
    if (rejected.length === 0) return undefined;
    for (const rejection of rejected) {
      deps.metrics.rejected.inc({ partner: topic.partner, reason: rejection.code });
      deps.logger.warn(
        {
          partner: topic.partner,
          topic: batch.topic,
          partition: batch.partition,
          offset: rejection.record.offset,
          reason: rejection.code,
          // A record that may hold a clear BSN is logged by position only.
          correlationId: rejection.keepBytes
            ? (rejection.correlationId ?? rejection.record.headers["bz-correlation-id"] ?? null)
            : null,
        },
        "record rejected to the dead-letter topic",
      );
    }
    return {
      produce: [{ topic: topic.deadLetterTopic, records: rejected.map((r) => toDeadLetter(r, at)) }],
    };
  };

  const consumer: LogConsumer = await deps.log.consume({
    groupId: deps.groupId,
    topics: deps.topics.map((topic) => topic.topic),
    fromBeginning: true,
    // Decoding one partition's batch overlaps the store append of another's, and batches that wait
    // for an append go to the store together in the next.
    concurrency: 8,
    handleBatch,
    ...(deps.onFailure === undefined ? {} : { onFailure: deps.onFailure }),
  });
  return {
    async stop() {
      await consumer.stop();
    },
  };
}
