import type { BatchOutcome, OutgoingRecord, RecordBatch } from "./event-log.ts";
import type { EventLogLogger } from "./logger.ts";
import type { OffsetStore } from "./offset-store.ts";
import type { PartitionLog } from "./partition-log.ts";
import { Wakeup, waitForAny } from "./wakeup.ts";

/** What a group needs of the embedded log. */
export interface GroupEnvironment {
  partitions(topic: string): PartitionLog[];
  offsets: OffsetStore;
  logger: EventLogLogger;
  /** Notified when the log closes. */
  closing: Wakeup;
  isClosing(): boolean;
  /** Appends records to a topic (what a handler's {@link BatchOutcome} asks for). */
  produce(topic: string, records: OutgoingRecord[]): Promise<void>;
}

/** One `consume()` call: a member of its group. */
export interface GroupMember {
  topics: string[];
  fromBeginning: boolean;
  // biome-ignore lint/suspicious/noConfusingVoidType: a handler that returns nothing is the common case
  handleBatch: (batch: RecordBatch) => Promise<void | BatchOutcome>;
}

const maxBatchRecords = 500;
const maxBatchBytes = 1024 * 1024;
/** Fallback poll: the append notification should wake a consumer first. */
const idlePollMs = 1_000;
const maxBackoffMs = 2_000;

/**
 * An in-process consumer group. Its members share the partitions of their topics (round-robin over
 * the sorted partitions); one worker per partition hands batches, in offset order, to the member
 * that owns the partition now, so no two members ever handle the same partition at once, and commits
 * the batch's offsets only after the member's handler resolved.
 */
export class EmbeddedGroup {
  readonly groupId: string;
  readonly #env: GroupEnvironment;
  readonly #members: GroupMember[] = [];
  readonly #owners = new Map<string, GroupMember>();
  readonly #workers = new Map<string, Promise<void>>();
  readonly #inFlight = new Map<GroupMember, Set<Promise<unknown>>>();
  readonly #changed = new Wakeup();

  constructor(groupId: string, env: GroupEnvironment) {
    this.groupId = groupId;
    this.#env = env;
  }

  /** Adds a member, rebalances, and starts a worker for every partition that has none. */
  join(member: GroupMember): void {
    this.#members.push(member);
    this.#inFlight.set(member, new Set());
    this.#rebalance();
    for (const topic of member.topics) {
      this.#env.partitions(topic).forEach((_, partition) => {
        const id = `${topic}\u0000${partition}`;
        if (this.#workers.has(id)) return;
        this.#workers.set(id, this.#work(topic, partition));
      });
    }
  }

  /** Removes a member; resolves once the batches it was handling are handled and committed. */
  async leave(member: GroupMember): Promise<void> {
    const index = this.#members.indexOf(member);
    if (index < 0) return;
    this.#members.splice(index, 1);
    this.#rebalance();
    await Promise.allSettled(this.#inFlight.get(member) ?? []);
    this.#inFlight.delete(member);
  }

  /** Resolves once every partition worker ended (they run until the log closes). */
  async stopped(): Promise<void> {
    this.#changed.notify();
    await Promise.all(this.#workers.values());
  }

  #rebalance(): void {
    this.#owners.clear();
    const topics = [...new Set(this.#members.flatMap((member) => member.topics))].sort();
    let next = 0;
    for (const topic of topics) {
      const candidates = this.#members.filter((member) => member.topics.includes(topic));
      this.#env.partitions(topic).forEach((_, partition) => {
        const owner = candidates[next++ % candidates.length];
        if (owner !== undefined) this.#owners.set(`${topic}\u0000${partition}`, owner);
      });
    }
    this.#changed.notify();
  }

  async #work(topic: string, partition: number): Promise<void> {
    const log = this.#env.partitions(topic)[partition];
    if (log === undefined) return;
    const id = `${topic}\u0000${partition}`;
    // Where to (re)start while the group has no committed offset. Resolved once per worker, so a
    // failed first batch is re-read rather than skipped for "the end" (a bug kafkajs once had).
    let initial: number | undefined;
    let position: number | undefined;
    let failures = 0;
    while (!this.#env.isClosing()) {
      const owner = this.#owners.get(id);
      if (owner === undefined) {
        // Idle until a member takes the partition; then start again from the committed offset.
        position = undefined;
        await waitForAny([this.#changed, this.#env.closing], idlePollMs);
        continue;
      }
      const committed = this.#env.offsets.get(this.groupId, topic, partition);
      initial ??= committed ?? (owner.fromBeginning ? 0 : log.endOffset);
      position ??= committed ?? initial;
      const records = await log.read(position, maxBatchRecords, maxBatchBytes);
      if (records.length === 0) {
        await waitForAny([log.appended, this.#changed, this.#env.closing], idlePollMs);
        continue;
      }
      // The owner may have left while we read; its stop() must not see a batch start after it.
      if (this.#owners.get(id) !== owner) continue;
      const first = position;
      const batch: RecordBatch = {
        topic,
        partition,
        nextOffset: String(first + records.length),
        records: records.map((record, index) => ({
          topic,
          partition,
          offset: String(first + index),
          key: record.key,
          value: record.value,
          headers: record.headers,
          timestamp: new Date(record.timestampMs),
        })),
      };
      const handled = (async () => {
        const outcome = await owner.handleBatch(batch);
        // Written just before the commit: a crash between the two (one process, two file writes)
        // repeats them; only Kafka's transactions make the pair atomic.
        for (const { topic: target, records: produced } of outcome?.produce ?? []) {
          if (produced.length > 0) await this.#env.produce(target, produced);
        }
        await this.#env.offsets.commit(this.groupId, topic, partition, first + records.length);
      })();
      const inFlight = this.#inFlight.get(owner);
      inFlight?.add(handled);
      try {
        await handled;
        position = first + records.length;
        failures = 0;
      } catch (error) {
        failures += 1;
        // Re-read from the committed offset, as a Kafka consumer does after a failed batch.
        position = undefined;
        const backoffMs = Math.min(100 * 2 ** (failures - 1), maxBackoffMs);
        this.#env.logger.error(
          { err: error, groupId: this.groupId, topic, partition, offset: String(first), failures, backoffMs },
          "handling a batch failed; it will be delivered again from the committed offset",
        );
        await waitForAny([this.#env.closing], backoffMs);
      } finally {
        inFlight?.delete(handled);
      }
    }
  }
}
