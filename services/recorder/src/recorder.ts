import { type ErrorCode, isBzError } from "@bz/errors";
import type {
  EventLog,
  LogConsumer,
  LogProducer,
  LogRecord,
  OutgoingRecord,
  RecordBatch,
} from "@bz/event-log";
import type { EventStore, StreamAppend } from "@bz/event-store";
import type { Logger } from "@bz/observability";
import { toDeadLetter } from "./dead-letter.ts";
import { type Accepted, admit } from "./domain/admission.ts";
import type { RecorderMetrics } from "./recorder-metrics.ts";

/** A partner topic the recorder reads, and where its rejects go. */
export interface RecorderTopic {
  /** The Partner symbol that owns the topic, e.g. TRAJEKT. */
  partner: string;
  topic: string;
  deadLetterTopic: string;
}

/** What the recorder needs from the contracts: decoding and the publishing rules. */
export interface RecorderContracts {
  /** Decodes single-object Avro bytes into the event's JSON form; throws a BzError on bad bytes. */
  decode(bytes: Buffer): Record<string, unknown>;
  mayPublish(partner: string, eventType: string): boolean;
  wardOf(buurtCode: string): string | undefined;
}

/** Everything a recorder is built from. */
export interface RecorderDeps {
  log: EventLog;
  store: EventStore;
  contracts: RecorderContracts;
  topics: RecorderTopic[];
  groupId: string;
  logger: Logger;
  metrics: RecorderMetrics;
  now?: () => Date;
}

/** A running recorder. */
export interface Recorder {
  stop(): Promise<void>;
}

interface Outcome {
  accepted: (Accepted & { record: LogRecord })[];
  rejected: OutgoingRecord[];
}

function decide(deps: RecorderDeps, topic: RecorderTopic, records: LogRecord[], now: Date): Outcome {
  const outcome: Outcome = { accepted: [], rejected: [] };
  const reject = (record: LogRecord, code: ErrorCode, message: string, correlationId?: unknown) => {
    outcome.rejected.push(toDeadLetter(record, code, message, now));
    deps.metrics.rejected.inc({ partner: topic.partner, reason: code });
    deps.logger.warn(
      {
        partner: topic.partner,
        topic: record.topic,
        partition: record.partition,
        offset: record.offset,
        reason: code,
        correlationId: correlationId ?? record.headers["bz-correlation-id"] ?? null,
      },
      "record rejected to the dead-letter topic",
    );
  };
  for (const record of records) {
    let data: Record<string, unknown>;
    try {
      data = deps.contracts.decode(record.value);
    } catch (error) {
      if (!isBzError(error)) throw error;
      reject(record, error.code, error.message);
      continue;
    }
    const decision = admit(
      {
        eventId: String(data.eventId),
        eventType: String(data.eventType),
        publisher: String(data.publisher),
        subject: String(data.subject),
        buurtCode: String(data.buurtCode),
        data,
      },
      { topicPartner: topic.partner, mayPublish: deps.contracts.mayPublish, wardOf: deps.contracts.wardOf },
    );
    if (decision.kind === "rejected") {
      reject(record, decision.code, decision.message, data.correlationId);
    } else {
      outcome.accepted.push({ ...decision, record });
      deps.logger.debug(
        {
          partner: topic.partner,
          eventId: decision.eventId,
          eventType: decision.eventType,
          correlationId: data.correlationId,
        },
        "event accepted",
      );
    }
  }
  return outcome;
}

function groupByStream(accepted: Outcome["accepted"], now: Date): StreamAppend[] {
  const streams = new Map<string, StreamAppend>();
  for (const event of accepted) {
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
        correlationId: event.data.correlationId ?? null,
      },
    });
  }
  return [...streams.values()];
}

/**
 * Starts the recorder: one consumer group over every partner topic. Per batch it decodes and
 * checks each record, sends rejects to the partner's dead-letter topic, appends the accepted
 * events to the store in one batch, and only then lets the log commit the offsets. A crash before
 * the commit replays the batch; appends are idempotent by event id, so nothing is counted twice.
 */
export async function startRecorder(deps: RecorderDeps): Promise<Recorder> {
  const now = deps.now ?? (() => new Date());
  const byTopic = new Map(deps.topics.map((topic) => [topic.topic, topic]));
  const producer: LogProducer = await deps.log.producer();
  const handleBatch = async (batch: RecordBatch) => {
    const topic = byTopic.get(batch.topic);
    if (topic === undefined)
      throw new Error(`recorder received records of unconfigured topic ${batch.topic}`);
    deps.metrics.received.inc({ partner: topic.partner }, batch.records.length);
    deps.metrics.batchSize.observe(batch.records.length);
    const at = now();
    const outcome = decide(deps, topic, batch.records, at);
    if (outcome.rejected.length > 0) await producer.send(topic.deadLetterTopic, outcome.rejected);
    if (outcome.accepted.length > 0) {
      const stopTimer = deps.metrics.appendSeconds.startTimer();
      const { written } = await deps.store.appendBatch(groupByStream(outcome.accepted, at));
      stopTimer();
      deps.metrics.accepted.inc({ partner: topic.partner }, outcome.accepted.length);
      deps.logger.debug(
        { partner: topic.partner, partition: batch.partition, accepted: outcome.accepted.length, written },
        "batch recorded",
      );
    }
  };
  let consumer: LogConsumer;
  try {
    consumer = await deps.log.consume({
      groupId: deps.groupId,
      topics: deps.topics.map((topic) => topic.topic),
      fromBeginning: true,
      // Decoding one partition's batch overlaps the store append of another's.
      concurrency: 3,
      handleBatch,
    });
  } catch (error) {
    await producer.close();
    throw error;
  }
  return {
    async stop() {
      await consumer.stop();
      await producer.close();
    },
  };
}
