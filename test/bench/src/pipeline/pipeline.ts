// The platform wired as in the walking-skeleton e2e: the recorder, the projector and the query
// API on a real event log and event store, in this process, with counters the benchmarks read.
import { join } from "node:path";
import {
  createEmbeddedEventLog,
  createKafkaClientEventLog,
  type EventLog,
  type KafkaClient,
  type LogProducer,
} from "@bz/event-log";
import { createSqlEventStore, type EventStore } from "@bz/event-store";
import { createLogger, createMetricsRegistry, type Registry } from "@bz/observability";
import { buildProjectorService } from "@bz/projector";
import { buildQueryApi } from "@bz/query-api";
import { buildRecorderService, partnerTopics, type RecorderTopic } from "@bz/recorder";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { createTestTokens, type TestTokens } from "../../../support/tokens.ts";
import type { BenchContext } from "../harness/benchmark.ts";
import { type QueryTimer, timeQueries } from "../harness/query-timing.ts";
import { type QueryApiProcess, startQueryApiProcess } from "./query-api-process.ts";

/** A running pipeline: partner topics → recorder → event store → timeline projection → query API. */
export interface Pipeline {
  mode: "server" | "embedded";
  log: EventLog;
  store: EventStore;
  readModels: SqlClient;
  producer: LogProducer;
  topicOf(partner: string): string;
  /** Each partner's topic of this run, for a load process (pipeline/load-process.ts). */
  topics: Record<string, string>;
  /** The Kafka client the event log uses (server mode). */
  kafkaClient: KafkaClient;
  apiUrl: string;
  /** Tokens the query API accepts (a key made for this run). */
  tokens: TestTokens;
  registry: Registry;
  /** Times the query API's statements (server mode, in this process, where it has a pool of its own). */
  apiQueries?: QueryTimer;
  /** The query API's process, when it runs in one of its own. */
  apiProcess?: QueryApiProcess;
  /** Events the timeline projection applied (its checkpoint: positions are gap-free from 1). */
  projected(): Promise<number>;
  /** Counters of the recorder: mean batch size and seconds spent appending. */
  recorderCounters(): Promise<{ batches: number; records: number; appendSeconds: number }>;
  stop(): Promise<void>;
}

export interface PipelineOptions {
  partitions?: number;
  /** Database URL (server mode); embedded mode uses a PGlite folder instead. */
  databaseUrl?: string;
  embeddedDir?: string;
  /** Start the recorder/projector (default true); a data set load only needs the store. */
  services?: boolean;
  /** The Kafka client library of the event log (server mode); default kafkajs. */
  kafkaClient?: KafkaClient;
  /**
   * Where the query API runs (server mode): in this process (default), or as services/query-api's
   * own process, as deployed.
   */
  queryApi?: "in-process" | "own-process";
}

const logger = createLogger({ service: "bench", level: "silent" });
/** The query API's pool in server mode: BZ_BENCH_API_POOL, else the query API's own default. */
const queryApiPoolSize = Number(process.env.BZ_BENCH_API_POOL ?? 5);

/** Starts the pipeline in server (Kafka + PostgreSQL) or embedded (embedded log + PGlite) mode. */
export async function startPipeline(context: BenchContext, options: PipelineOptions): Promise<Pipeline> {
  const steps: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of steps.reverse()) await step().catch(() => undefined);
  };
  try {
    const embedded = options.embeddedDir !== undefined;
    const log = embedded
      ? await createEmbeddedEventLog({ dataDir: join(options.embeddedDir ?? "", "event-log") })
      : createKafkaClientEventLog(options.kafkaClient ?? "kafkajs", {
          brokers: context.infra.brokers.split(","),
          clientId: "bench",
          logger,
        });
    steps.push(() => log.close());
    const sql = embedded
      ? await createPgliteClient({ dataDir: join(options.embeddedDir ?? "", "pglite") })
      : createPostgresClient({ connectionString: options.databaseUrl ?? "", applicationName: "bz-bench" });
    steps.push(() => sql.close());
    const store = await createSqlEventStore(sql);
    steps.push(() => store.close());
    const suffix = `.${context.infra.uniqueName("g")}`;
    const topics: RecorderTopic[] = partnerTopics(suffix);
    const topicByPartner = new Map(topics.map((t) => [t.partner, t.topic]));
    const registry = createMetricsRegistry("bench");
    const recorder = await buildRecorderService({
      log,
      store,
      topics,
      groupId: context.infra.uniqueName("recorder"),
      pseudonymKeyIds: ["k1"],
      logger,
      partitions: options.partitions ?? 3,
      metrics: registry,
    });
    steps.push(() => recorder.stop());
    const projector = await buildProjectorService({ store, readModels: sql, logger, metrics: registry });
    steps.push(() => projector.stop());
    const tokens = await createTestTokens();
    const apiProcess =
      !embedded && options.queryApi === "own-process"
        ? await startQueryApiProcess({
            databaseUrl: options.databaseUrl ?? "",
            tokens,
            tempDir: context.infra.tempDir("bz-bench-api-"),
            poolSize: queryApiPoolSize,
          })
        : undefined;
    if (apiProcess !== undefined) steps.push(() => apiProcess.stop());
    // The query API is a service of its own in server mode, with its own pool (as services/query-api
    // main.ts makes it): reads then do not queue behind the recorder's and projectors' queries.
    // Embedded mode has one PGlite for everything.
    const apiQueries =
      embedded || apiProcess !== undefined
        ? undefined
        : timeQueries(
            createPostgresClient({
              connectionString: options.databaseUrl ?? "",
              applicationName: "bz-bench-query-api",
              max: queryApiPoolSize,
            }),
          );
    const apiSql = apiQueries?.client ?? sql;
    if (apiSql !== sql) steps.push(() => apiSql.close());
    const apiStore = apiSql === sql ? store : await createSqlEventStore(apiSql);
    if (apiStore !== store) steps.push(() => apiStore.close());
    let apiUrl = apiProcess?.url ?? "";
    if (apiProcess === undefined) {
      const api = await buildQueryApi({
        readModels: apiSql,
        store: apiStore,
        auth: tokens.verifier,
        logger,
        metrics: registry,
      });
      steps.push(() => api.close());
      apiUrl = await api.listen({ host: "127.0.0.1", port: 0 });
    }
    const producer = await log.producer();
    steps.push(() => producer.close());
    return {
      mode: embedded ? "embedded" : "server",
      log,
      store,
      readModels: sql,
      producer,
      topicOf: (partner) => topicByPartner.get(partner) ?? `unknown-${partner}`,
      topics: Object.fromEntries(topicByPartner),
      kafkaClient: options.kafkaClient ?? "kafkajs",
      apiUrl,
      tokens,
      registry,
      ...(apiQueries === undefined ? {} : { apiQueries }),
      ...(apiProcess === undefined ? {} : { apiProcess }),
      projected: () => checkpointOf(sql),
      async recorderCounters() {
        const metrics = await registry.getMetricsAsJSON();
        const sumOf = (name: string, suffix: string) =>
          (metrics.find((m) => m.name === name)?.values ?? [])
            .filter((v) => (v as { metricName?: string }).metricName === `${name}${suffix}`)
            .reduce((sum, v) => sum + Number(v.value), 0);
        return {
          batches: sumOf("bz_recorder_batch_size", "_count"),
          records: sumOf("bz_recorder_batch_size", "_sum"),
          appendSeconds: sumOf("bz_recorder_append_seconds", "_sum"),
        };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The timeline projection's checkpoint as a count (0 before its first batch). */
export async function checkpointOf(sql: SqlClient): Promise<number> {
  const { rows } = await sql.query<{ position: string }>(
    "select position::text as position from projection_checkpoints where projection = 'client-timeline'",
  );
  return Math.max(0, Number(rows[0]?.position ?? "0"));
}

/** Waits until `projected()` reaches `target`; fails with a message after `timeoutMs`. */
export async function waitForProjected(
  pipeline: Pick<Pipeline, "projected">,
  target: number,
  timeoutMs: number,
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const projected = await pipeline.projected();
    if (projected >= target) return projected;
    if (performance.now() > deadline) {
      throw new Error(
        `the timeline projection reached ${projected} of ${target} events within ${timeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Counts of the store's events: all rows and distinct event ids (the no-loss, no-duplicate check). */
export async function storeCounts(
  sql: SqlClient,
): Promise<{ rows: number; distinct: number; timeline: number }> {
  const { rows } = await sql.query<{ rows: string; distinct: string; timeline: string }>(
    `select (select count(*) from event_store.events)::text as rows,
            (select count(distinct event_id) from event_store.events)::text as distinct,
            (select count(*) from timeline_entries)::text as timeline`,
  );
  return {
    rows: Number(rows[0]?.rows ?? 0),
    distinct: Number(rows[0]?.distinct ?? 0),
    timeline: Number(rows[0]?.timeline ?? 0),
  };
}
