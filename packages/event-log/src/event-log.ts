/** A record to produce. The key decides the partition (same key, same partition, same order). */
export interface OutgoingRecord {
  key: string;
  value: Buffer;
  headers?: Record<string, string>;
}

/** A record as consumed. */
export interface LogRecord {
  topic: string;
  partition: number;
  /** Offset within the partition, as a decimal string (Kafka offsets are 64-bit). */
  offset: string;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
  /** Time the log appended the record. */
  timestamp: Date;
}

/** A run of records from one partition, in offset order. */
export interface RecordBatch {
  topic: string;
  partition: number;
  records: LogRecord[];
  /**
   * The offset after this batch: one past its last record, or further where the log holds records it
   * never delivers (Kafka's transaction markers). A reader that wants to reach the end compares this
   * with {@link EventLog.endOffsets}.
   */
  nextOffset: string;
}

/**
 * What a handler may return: records to produce together with the commit of its batch's offsets,
 * exactly once however often the batch is retried or the process killed (Kafka: one transaction
 * with the offsets, so read_committed readers see each record once; embedded: written and
 * committed under the partition's lock). The recorder's dead letters travel this way.
 */
export interface BatchOutcome {
  produce: { topic: string; records: OutgoingRecord[] }[];
}

/** The largest record (key, value and headers) the log takes; Kafka's default message.max.bytes. */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** Options of {@link EventLog.consume}. */
export interface ConsumeOptions {
  groupId: string;
  topics: string[];
  /** Where a group without committed offsets starts; default the beginning (unlike kafkajs). */
  fromBeginning?: boolean;
  /**
   * Handles a batch; its offsets are committed only after the returned promise resolves
   * (at-least-once). A throw re-delivers the partition from its committed offset after a backoff
   * (100 ms doubling to 2 s), forever: turn bad records into dead letters instead of throwing.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a handler that returns nothing is the common case
  handleBatch: (batch: RecordBatch) => Promise<void | BatchOutcome>;
  /**
   * How many partitions' batches may be in hand at once (each partition stays in order); default 1.
   * More lets one batch be decoded while another waits on the store. The embedded log always
   * works its partitions independently.
   */
  concurrency?: number;
  /**
   * Called once if the member stops for good on an error it cannot recover from, such as
   * LOG_NOT_AUTHORIZED when the principal may not read a topic; the caller should then exit.
   */
  onFailure?: (error: unknown) => void;
}

/** A running consumer group member. */
export interface LogConsumer {
  /** Stops consuming, committing nothing beyond what was handled; resolves once stopped. */
  stop(): Promise<void>;
}

/** A producer bound to the log. */
export interface LogProducer {
  /** Sends records to one topic; resolves once the log acknowledged all of them durably. */
  send(topic: string, records: OutgoingRecord[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * The event-log port: keyed, partitioned topics with consumer groups and committed offsets,
 * at-least-once. Adapters: Kafka (kafkajs) and embedded (in process, durable on disk).
 */
export interface EventLog {
  /** Creates topics that do not exist yet; an existing topic keeps its partitions. Never implicit. */
  createTopics(topics: { name: string; partitions: number }[]): Promise<void>;
  producer(): Promise<LogProducer>;
  /** Joins the group; resolves once this member takes part (topics must exist: LOG_UNKNOWN_TOPIC). */
  consume(options: ConsumeOptions): Promise<LogConsumer>;
  /** Per partition: the next offset to be written (the high watermark). */
  endOffsets(topic: string): Promise<{ partition: number; offset: string }[]>;
  /** Per partition: the group's committed offset (next to read), or "-1" when none. */
  committedOffsets(groupId: string, topic: string): Promise<{ partition: number; offset: string }[]>;
  /** Stops its consumers (as their `stop()` does), closes producers and connections. */
  close(): Promise<void>;
}
