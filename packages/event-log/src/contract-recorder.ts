import type {
  BatchOutcome,
  ConsumeOptions,
  EventLog,
  LogConsumer,
  LogRecord,
  RecordBatch,
} from "./event-log.ts";

/** What a recording consumer saw, for the contract suite's assertions. */
export interface Recording {
  consumer: LogConsumer;
  /** Every record of every batch whose handler resolved, in delivery order. */
  records: LogRecord[];
  /** Every batch handed to the handler, including the ones it failed. */
  batches: RecordBatch[];
  /** Records handled successfully per `partition:offset`; a value above 1 is a re-delivery. */
  deliveries: Map<string, number>;
  /** Problems seen inside the handler (order, batch shape); the test expects none. */
  violations: string[];
}

/** Options of {@link record}: the consume options minus the handler, plus a hook run before it succeeds. */
export interface RecordOptions extends Omit<ConsumeOptions, "handleBatch"> {
  /** Runs first for every batch; a throw fails the batch (it must then be delivered again). */
  before?: (batch: RecordBatch) => Promise<void> | void;
  /** What the handler returns once it succeeded: records to produce with the batch's commit. */
  produce?: (batch: RecordBatch) => BatchOutcome | undefined;
}

/** Starts a consumer that records what it is given and checks each batch's shape as it arrives. */
export async function record(log: EventLog, options: RecordOptions): Promise<Recording> {
  const { before, produce, ...consumeOptions } = options;
  const records: LogRecord[] = [];
  const batches: RecordBatch[] = [];
  const deliveries = new Map<string, number>();
  const violations: string[] = [];
  const lastOffset = new Map<string, bigint>();
  const consumer = await log.consume({
    ...consumeOptions,
    handleBatch: async (batch) => {
      batches.push(batch);
      checkBatchShape(batch, violations);
      await before?.(batch);
      for (const record of batch.records) {
        const id = `${record.topic}:${record.partition}`;
        const offset = BigInt(record.offset);
        const last = lastOffset.get(id);
        // Successfully handled records of one partition must come in increasing offset order.
        if (last !== undefined && offset <= last) {
          violations.push(`${id}: offset ${offset} handled after ${last}`);
        }
        lastOffset.set(id, offset);
        const key = `${record.partition}:${record.offset}`;
        deliveries.set(key, (deliveries.get(key) ?? 0) + 1);
        records.push(record);
      }
      return produce?.(batch);
    },
  });
  return { consumer, records, batches, deliveries, violations };
}

function checkBatchShape(batch: RecordBatch, violations: string[]): void {
  if (batch.records.length === 0) violations.push(`empty batch for ${batch.topic}:${batch.partition}`);
  let previous: bigint | undefined;
  for (const record of batch.records) {
    if (record.topic !== batch.topic || record.partition !== batch.partition) {
      violations.push(
        `record of ${record.topic}:${record.partition} in batch of ${batch.topic}:${batch.partition}`,
      );
    }
    const offset = BigInt(record.offset);
    if (previous !== undefined && offset !== previous + 1n) {
      violations.push(`batch ${batch.topic}:${batch.partition} jumps from offset ${previous} to ${offset}`);
    }
    previous = offset;
  }
}
