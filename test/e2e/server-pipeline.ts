// The server-mode pipeline for end-to-end tests: real Kafka, the recorder into a PostgreSQL event
// store, the projector and the query API, on partner topics no other test uses.
import { randomBytes } from "node:crypto";
import { createKafkaEventLog, type EventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import type { HttpApp } from "@bz/http";
import { createLogger } from "@bz/observability";
import { buildProjectorService } from "@bz/projector";
import { buildQueryApi } from "@bz/query-api";
import { buildRecorderService, partnerTopics, type RecorderTopic } from "@bz/recorder";
import { createPostgresClient, type SqlClient } from "@bz/sql";
import { kafkaBrokers, uniqueName } from "@bz/testkit";

/** The running pipeline; `stop()` takes it down in reverse order. */
export interface ServerPipeline {
  topics: RecorderTopic[];
  /** The topic of one partner, e.g. TRAJEKT. */
  topicOf(partner: string): string;
  log: EventLog;
  readModels: SqlClient;
  api: HttpApp;
  stop(): Promise<void>;
}

/** Starts the pipeline against the run's broker and the given database. */
export async function startServerPipeline(databaseUrl: string): Promise<ServerPipeline> {
  const logger = createLogger({ service: "e2e", level: "silent" });
  const steps: (() => Promise<unknown>)[] = [];
  const topics = partnerTopics(`.${randomBytes(4).toString("hex")}`);
  const log = createKafkaEventLog({ brokers: kafkaBrokers(), clientId: "e2e" });
  steps.push(() => log.close());
  const store = await createPostgresEventStore({ connectionString: databaseUrl });
  steps.push(() => store.close());
  const recorder = await buildRecorderService({
    log,
    store,
    topics,
    groupId: uniqueName("e2e-recorder"),
    pseudonymKeyIds: ["k1"],
    logger,
    partitions: 3,
  });
  steps.push(() => recorder.stop());
  const readModels = createPostgresClient({ connectionString: databaseUrl });
  steps.push(() => readModels.close());
  const projector = await buildProjectorService({ store, readModels, logger });
  steps.push(() => projector.stop());
  const api = await buildQueryApi({ readModels, logger });
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
    async stop() {
      for (const step of steps.splice(0).reverse()) await step();
    },
  };
}
