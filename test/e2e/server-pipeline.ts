// The server-mode pipeline for end-to-end tests: real Kafka, the recorder into a PostgreSQL event
// store, the projector and the query API, on partner topics no other test uses.
import { randomBytes } from "node:crypto";
import { createKafkaEventLog, type EventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import type { HttpApp } from "@bz/http";
import { createLogger } from "@bz/observability";
import type { Projection } from "@bz/projections";
import { buildProjectorService } from "@bz/projector";
import { buildQueryApi } from "@bz/query-api";
import { buildRecorderService, partnerTopics, type RecorderTopic } from "@bz/recorder";
import { createPostgresClient, type SqlClient } from "@bz/sql";
import { kafkaBrokers, uniqueName } from "@bz/testkit";
import { createTestTokens, type TestTokens } from "../support/tokens.ts";

/** The running pipeline; `stop()` takes it down in reverse order. */
export interface ServerPipeline {
  topics: RecorderTopic[];
  /** The topic of one partner, e.g. TRAJEKT. */
  topicOf(partner: string): string;
  log: EventLog;
  readModels: SqlClient;
  api: HttpApp;
  /** Tokens the query API accepts. */
  tokens: TestTokens;
  stop(): Promise<void>;
}

/** Starts the pipeline against the run's broker and the given database (`projections`: the projector's). */
export async function startServerPipeline(
  databaseUrl: string,
  options: {
    projections?: Projection[];
    /** The recorder's Kafka client and group (e.g. as `recorder` over SASL); default anonymous, unique. */
    recorder?: { log: EventLog; groupId: string; topicSuffix: string };
    /** The pseudonym key ids the recorder accepts (default k1); after a rotation, old and new. */
    pseudonymKeyIds?: string[];
  } = {},
): Promise<ServerPipeline> {
  const logger = createLogger({ service: "e2e", level: "silent" });
  const steps: (() => Promise<unknown>)[] = [];
  const topics = partnerTopics(options.recorder?.topicSuffix ?? `.${randomBytes(4).toString("hex")}`);
  const log = createKafkaEventLog({ brokers: kafkaBrokers(), clientId: "e2e" });
  steps.push(() => log.close());
  const store = await createPostgresEventStore({ connectionString: databaseUrl });
  steps.push(() => store.close());
  const recorder = await buildRecorderService({
    log: options.recorder?.log ?? log,
    store,
    topics,
    groupId: options.recorder?.groupId ?? uniqueName("e2e-recorder"),
    pseudonymKeyIds: options.pseudonymKeyIds ?? ["k1"],
    logger,
    partitions: 3,
  });
  steps.push(() => recorder.stop());
  const readModels = createPostgresClient({ connectionString: databaseUrl });
  steps.push(() => readModels.close());
  const projector = await buildProjectorService({
    store,
    readModels,
    logger,
    ...(options.projections === undefined ? {} : { projections: options.projections }),
  });
  steps.push(() => projector.stop());
  const tokens = await createTestTokens();
  const api = await buildQueryApi({ readModels, store, auth: tokens.verifier, logger });
  steps.push(() => api.close());
  return {
    topics,
    topicOf(partner) {
      const topic = topics.find((t) => t.partner === partner)?.topic;
      if (topic === undefined) throw new Error(`${partner} has no topic`);
      return topic;
    },
    log,
    readModels,
    api,
    tokens,
    async stop() {
      for (const step of steps.splice(0).reverse()) await step();
    },
  };
}
