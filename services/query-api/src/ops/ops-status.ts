import type { SqlClient } from "@bz/sql";
import {
  type DeadLetterGroup,
  groupDeadLetters,
  keepWindow,
  type PartitionLag,
  type ProjectionStanding,
  partitionLag,
  projectionStandings,
  ratesPerSecond,
  type Sample,
} from "./domain/ops-figures.ts";
import type { DeadLetterView, OpsSources } from "./ops-sources.ts";

/** One look at the pipelines, as GET /v1/ops/status answers and the stream pushes. */
export interface OpsStatus {
  at: string;
  partners: {
    partner: string;
    topic: string;
    /** Records in the partner topic (sum of end offsets). */
    received: number;
    /** Records the recorder has committed. */
    recorded: number;
    lag: number;
    receivedPerSecond: number | null;
    recordedPerSecond: number | null;
    deadLetters: number;
  }[];
  partitions: (PartitionLag & { partner: string; topic: string })[];
  deadLetters: DeadLetterGroup[];
  projections: ProjectionStanding[];
  components: { name: string; status: "up" | "down" }[];
}

const rateWindowMs = 60_000;
const samplesPerReason = 3;

/** Reads the ops status; keeps recent samples for rates and re-reads a dead-letter topic only when it grew. */
export interface OpsStatusReader {
  status(): Promise<OpsStatus>;
}

async function readCheckpoints(sql: SqlClient) {
  const { rows } = await sql.query<{ name: string; position: string; updated_at: string | Date }>(
    "select projection as name, position::text as position, updated_at from projection_checkpoints order by projection",
  );
  return rows.map((row) => ({
    name: row.name,
    position: Number(row.position),
    updatedAt: new Date(row.updated_at).toISOString(),
  }));
}

/** Builds the reader over `sources`. */
export function createOpsStatusReader(sources: OpsSources): OpsStatusReader {
  const now = sources.now ?? Date.now;
  let received: Sample[] = [];
  let recorded: Sample[] = [];
  const letterCache = new Map<string, { ends: string; letters: DeadLetterView[] }>();
  let inFlight: { at: number; status: Promise<OpsStatus> } | undefined;

  const lettersOf = async (topic: string): Promise<DeadLetterView[]> => {
    const endList = await sources.offsets.endOffsets(topic);
    const ends = JSON.stringify(endList);
    const cached = letterCache.get(topic);
    if (cached?.ends === ends) return cached.letters;
    const empty = endList.every((end) => end.offset === "0");
    const letters = empty ? [] : await sources.deadLetters.read(topic);
    letterCache.set(topic, { ends, letters });
    return letters;
  };

  const compute = async (): Promise<OpsStatus> => {
    const at = now();
    const perTopic = await Promise.all(
      sources.topics.map(async (topic) => {
        const [ends, committed, letters] = await Promise.all([
          sources.offsets.endOffsets(topic.topic),
          sources.offsets.committedOffsets(sources.recorderGroup, topic.topic),
          lettersOf(topic.deadLetterTopic),
        ]);
        return { topic, lags: partitionLag(ends, committed), letters };
      }),
    );
    const receivedNow: Sample = { at, totals: {} };
    const recordedNow: Sample = { at, totals: {} };
    for (const { topic, lags } of perTopic) {
      receivedNow.totals[topic.partner] = lags.reduce((sum, lag) => sum + lag.end, 0);
      recordedNow.totals[topic.partner] = lags.reduce((sum, lag) => sum + lag.committed, 0);
    }
    const receivedRates = ratesPerSecond(received, receivedNow, rateWindowMs);
    const recordedRates = ratesPerSecond(recorded, recordedNow, rateWindowMs);
    received = [...keepWindow(received, at, rateWindowMs), receivedNow];
    recorded = [...keepWindow(recorded, at, rateWindowMs), recordedNow];

    const [checkpoints, head, components] = await Promise.all([
      readCheckpoints(sources.readModels).catch(() => []),
      sources.eventStoreHead().catch(() => null),
      Promise.all(
        sources.components.map(async (component) => ({
          name: component.name,
          status: (await component.ready().catch(() => false)) ? ("up" as const) : ("down" as const),
        })),
      ),
    ]);
    return {
      at: new Date(at).toISOString(),
      partners: perTopic.map(({ topic, lags, letters }) => ({
        partner: topic.partner,
        topic: topic.topic,
        received: receivedNow.totals[topic.partner] ?? 0,
        recorded: recordedNow.totals[topic.partner] ?? 0,
        lag: lags.reduce((sum, lag) => sum + lag.lag, 0),
        receivedPerSecond: receivedRates[topic.partner] ?? null,
        recordedPerSecond: recordedRates[topic.partner] ?? null,
        deadLetters: letters.length,
      })),
      partitions: perTopic.flatMap(({ topic, lags }) =>
        lags.map((lag) => ({ partner: topic.partner, topic: topic.topic, ...lag })),
      ),
      deadLetters: perTopic.flatMap(({ topic, letters }) =>
        groupDeadLetters(topic.partner, letters, samplesPerReason),
      ),
      projections: projectionStandings(checkpoints, head),
      components,
    };
  };

  return {
    // Many open dashboards share one reading per second instead of each reading the log.
    status() {
      const at = now();
      if (inFlight === undefined || at - inFlight.at >= 1000) {
        inFlight = { at, status: compute() };
        inFlight.status.catch(() => {
          inFlight = undefined;
        });
      }
      return inFlight.status;
    },
  };
}
