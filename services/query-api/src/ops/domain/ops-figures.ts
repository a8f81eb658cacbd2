/** Per partition: the next offset to be written, or a group's committed offset ("-1" when none). */
export interface PartitionOffset {
  partition: number;
  offset: string;
}

/** How far a consumer group is behind on one partition. */
export interface PartitionLag {
  partition: number;
  end: number;
  committed: number;
  lag: number;
}

/**
 * Lag per partition: end offset minus the group's committed offset. A partition the group has
 * not committed yet counts from 0 (the recorder starts from the beginning).
 */
export function partitionLag(ends: PartitionOffset[], committed: PartitionOffset[]): PartitionLag[] {
  const done = new Map(committed.map((entry) => [entry.partition, Math.max(0, Number(entry.offset))]));
  return ends
    .map((end) => {
      const endOffset = Number(end.offset);
      const at = Math.min(done.get(end.partition) ?? 0, endOffset);
      return { partition: end.partition, end: endOffset, committed: at, lag: endOffset - at };
    })
    .sort((a, b) => a.partition - b.partition);
}

/** Running totals per key at one moment (milliseconds since the epoch, passed in). */
export interface Sample {
  at: number;
  totals: Record<string, number>;
}

/**
 * Per key, the rate per second between the oldest sample inside `windowMs` before `current` and
 * `current`; null while there is no earlier sample to compare with (the first look).
 */
export function ratesPerSecond(
  history: Sample[],
  current: Sample,
  windowMs: number,
): Record<string, number | null> {
  const base = history.find((sample) => sample.at < current.at && current.at - sample.at <= windowMs);
  const rates: Record<string, number | null> = {};
  for (const [key, total] of Object.entries(current.totals)) {
    const before = base?.totals[key];
    rates[key] =
      base === undefined || before === undefined
        ? null
        : Math.max(0, total - before) / ((current.at - base.at) / 1000);
  }
  return rates;
}

/** Keeps the samples that may still serve as a base within `windowMs` of `now`, oldest first. */
export function keepWindow(history: Sample[], now: number, windowMs: number): Sample[] {
  return history.filter((sample) => now - sample.at <= windowMs);
}

/** Where a projection stands against the event store's last position. */
export interface ProjectionStanding {
  name: string;
  checkpoint: number | null;
  head: number | null;
  /** Events still to apply; null when the head is unknown. */
  lag: number | null;
  updatedAt: string | null;
}

/** Lag of each projection: the store's last global position minus the projection's checkpoint. */
export function projectionStandings(
  checkpoints: { name: string; position: number; updatedAt: string }[],
  head: number | null,
): ProjectionStanding[] {
  return checkpoints.map((checkpoint) => ({
    name: checkpoint.name,
    checkpoint: checkpoint.position,
    head,
    lag: head === null ? null : Math.max(0, head - checkpoint.position),
    updatedAt: checkpoint.updatedAt,
  }));
}

/** A dead letter as the ops page shows it: why and where, never the record's key or bytes. */
export interface DeadLetterSample {
  partition: number;
  offset: string;
  error: string;
  originalTopic: string;
  originalPartition: number;
  originalOffset: string;
  failedAt: string;
}

/** Dead letters of one partner grouped by reason code, with the newest few as samples. */
export interface DeadLetterGroup {
  partner: string;
  reason: string;
  count: number;
  samples: DeadLetterSample[];
}

/** Groups one partner's dead letters by reason (most first), keeping the newest `sampleSize` of each. */
export function groupDeadLetters(
  partner: string,
  letters: (DeadLetterSample & { reason: string })[],
  sampleSize: number,
): DeadLetterGroup[] {
  const groups = new Map<string, DeadLetterGroup>();
  for (const { reason, ...sample } of letters) {
    let group = groups.get(reason);
    if (group === undefined) {
      group = { partner, reason, count: 0, samples: [] };
      groups.set(reason, group);
    }
    group.count += 1;
    group.samples.push(sample);
  }
  return [...groups.values()]
    .map((group) => ({
      ...group,
      samples: group.samples
        .sort((a, b) => b.failedAt.localeCompare(a.failedAt) || b.offset.localeCompare(a.offset))
        .slice(0, sampleSize),
    }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
