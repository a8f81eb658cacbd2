import { join } from "node:path";
import { createEmbeddedEventLog } from "@bz/event-log";
import { createSqlEventStore } from "@bz/event-store";
import { buildGateway, hashApiKey, parseApiKeys } from "@bz/gateway";
import { createMetricsRegistry, type Logger } from "@bz/observability";
import { createPseudonymizer } from "@bz/privacy";
import { buildProjectorService } from "@bz/projector";
import { buildQueryApi } from "@bz/query-api";
import { buildRecorderService, partnerTopics } from "@bz/recorder";
import { createCareSimulation } from "@bz/simulation";
import { startSimulator } from "@bz/simulator";
import { createPgliteClient } from "@bz/sql";
import { localApiKeys } from "./local-api-keys.ts";
import { localPseudonymKey } from "./local-key.ts";

/** Options of {@link startPlatform}. */
export interface PlatformOptions {
  dataDir: string;
  host: string;
  port: number;
  /** Port of the partner gateway (POST /v1/events). */
  gatewayPort: number;
  /** Simulated events per second; 0 turns the simulator off. */
  rate: number;
  logger: Logger;
}

/** The running embedded platform. */
export interface Platform {
  url: string;
  gatewayUrl: string;
  /** File with the demo gateway keys, one per partner (`slug=key`). */
  apiKeyFile: string;
  /** A simulated client's pseudonym, to show a timeline straight away. */
  sampleSubject: string | undefined;
  stop(): Promise<void>;
}

/**
 * The whole platform in one process on a local data folder: the embedded event log, PGlite as
 * event store and read-model database, the recorder, the projector, the query API and simulated
 * partners. Data survives a restart; each part resumes from its own committed position.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const { logger } = options;
  const steps: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of steps.splice(0).reverse()) await step();
  };
  try {
    // One registry for the whole process, so /metrics shows recorder, projector and API together.
    const metrics = createMetricsRegistry("platform");
    const sql = await createPgliteClient({ dataDir: join(options.dataDir, "pglite") });
    steps.push(() => sql.close());
    const store = await createSqlEventStore(sql);
    steps.push(() => store.close());
    const log = await createEmbeddedEventLog({ dataDir: join(options.dataDir, "event-log") });
    steps.push(() => log.close());
    const recorder = await buildRecorderService({
      log,
      store,
      topics: partnerTopics(),
      groupId: "bz-recorder",
      logger,
      partitions: 3,
      metrics,
    });
    steps.push(() => recorder.stop());
    const projector = await buildProjectorService({ store, readModels: sql, logger, metrics });
    steps.push(() => projector.stop());
    const api = await buildQueryApi({ readModels: sql, logger, metrics });
    steps.push(() => api.close());
    const url = await api.listen({ host: options.host, port: options.port });

    const pseudonymizer = createPseudonymizer(localPseudonymKey(join(options.dataDir, "pseudonym.key")));
    const apiKeyFile = join(options.dataDir, "gateway-keys.txt");
    const keys = localApiKeys(apiKeyFile);
    const gateway = await buildGateway({
      log,
      apiKeys: parseApiKeys([...keys].map(([slug, key]) => `${slug}=${hashApiKey(key)}`).join(",")),
      pseudonymizer,
      logger,
      metrics,
    });
    steps.push(() => gateway.stop());
    const gatewayUrl = await gateway.http.listen({ host: options.host, port: options.gatewayPort });

    let sampleSubject: string | undefined;
    if (options.rate > 0) {
      const simulation = createCareSimulation({
        seed: 2026,
        clients: 2000,
        pseudonymize: pseudonymizer.pseudonymize,
        pseudonymizeHousehold: pseudonymizer.pseudonymizeHousehold,
      });
      sampleSubject = simulation.clients[0]?.subject;
      const producer = await log.producer();
      steps.push(() => producer.close());
      const simulator = startSimulator({
        producer,
        simulation,
        rate: options.rate,
        logger: logger.child({ component: "simulator" }),
      });
      steps.push(() => simulator.stop());
    }
    return { url, gatewayUrl, apiKeyFile, sampleSubject, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
