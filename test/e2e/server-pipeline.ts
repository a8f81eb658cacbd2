// The server-mode pipeline for end-to-end tests: real Kafka, the recorder into a PostgreSQL event
// store, the projector and the query API, on partner topics no other test uses. Every Kafka client
// connects over SASL as its production principal, with the ACLs provisioning grants the pipeline's
// environment (its topic suffix and recorder group): the recorder as `recorder`, a gateway's
// partners as `gateway-<slug>` (gatewayLogFor), partners' SDKs as `partner-<slug>`.
import { randomBytes } from "node:crypto";
import { type Partner, partners } from "@bz/contracts";
import { createKafkaEventLog, type EventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import type { HttpApp } from "@bz/http";
import { grantTestAccess } from "@bz/kafka-access/testing";
import { createLogger } from "@bz/observability";
import type { Projection } from "@bz/projections";
import { buildProjectorService } from "@bz/projector";
import { buildQueryApi } from "@bz/query-api";
import { buildRecorderService, partnerTopics, type RecorderTopic } from "@bz/recorder";
import { createPostgresClient, type SqlClient } from "@bz/sql";
import { kafkaConnectionAs, uniqueName } from "@bz/testkit";
import { createTestTokens, type TestTokens } from "../support/tokens.ts";

/** The running pipeline; `stop()` takes it down in reverse order. */
export interface ServerPipeline {
  topics: RecorderTopic[];
  /** The topic of one partner, e.g. TRAJEKT. */
  topicOf(partner: string): string;
  /** The super user's log, for what a test does around the pipeline (reading offsets, dead letters). */
  log: EventLog;
  /** The log a gateway writes a partner's events through, as `gateway-<slug>` (GatewayDeps.logFor). */
  gatewayLogFor(partner: Partner): EventLog;
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
    /**
     * The recorder's Kafka client, group and topic suffix, already provisioned (e.g. by `platform
     * kafka provision`); default `recorder` on a unique suffix and group that this grants.
     */
    recorder?: { log: EventLog; groupId: string; topicSuffix: string };
    /** The pseudonym key ids the recorder accepts (default k1); after a rotation, old and new. */
    pseudonymKeyIds?: string[];
  } = {},
): Promise<ServerPipeline> {
  const logger = createLogger({ service: "e2e", level: "silent" });
  const steps: (() => Promise<unknown>)[] = [];
  const topicSuffix = options.recorder?.topicSuffix ?? `.${randomBytes(4).toString("hex")}`;
  const groupId = options.recorder?.groupId ?? uniqueName("e2e-recorder");
  if (options.recorder === undefined) await grantTestAccess({ topicSuffix, recorderGroup: groupId });
  const topics = partnerTopics(topicSuffix);
  const log = createKafkaEventLog({ ...kafkaConnectionAs("admin"), clientId: "e2e" });
  steps.push(() => log.close());
  const recorderLog =
    options.recorder?.log ??
    createKafkaEventLog({ ...kafkaConnectionAs("recorder"), clientId: "e2e-recorder" });
  if (options.recorder === undefined) steps.push(() => recorderLog.close());
  const gatewayLogs = new Map<Partner, EventLog>();
  steps.push(async () => {
    for (const gatewayLog of gatewayLogs.values()) await gatewayLog.close();
  });
  const store = await createPostgresEventStore({ connectionString: databaseUrl });
  steps.push(() => store.close());
  const recorder = await buildRecorderService({
    log: recorderLog,
    store,
    topics,
    groupId,
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
    gatewayLogFor(partner) {
      let gatewayLog = gatewayLogs.get(partner);
      if (gatewayLog === undefined) {
        const slug = partners.find((p) => p.id === partner)?.slug ?? partner.toLowerCase();
        gatewayLog = createKafkaEventLog({
          ...kafkaConnectionAs(`gateway-${slug}`),
          clientId: `e2e-gateway-${slug}`,
        });
        gatewayLogs.set(partner, gatewayLog);
      }
      return gatewayLog;
    },
    readModels,
    api,
    tokens,
    async stop() {
      for (const step of steps.splice(0).reverse()) await step();
    },
  };
}
