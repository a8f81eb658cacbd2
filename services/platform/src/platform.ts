import { join } from "node:path";
import { createTokenVerifier, localSigningKey, type TokenClaims } from "@bz/auth";
import { createEmbeddedEventLog, type EventLog } from "@bz/event-log";
import { createSqlEventStore } from "@bz/event-store";
import { buildGateway, hashApiKey, parseApiKeys } from "@bz/gateway";
import { createMetricsRegistry, type Logger } from "@bz/observability";
import { createPseudonymizer } from "@bz/privacy";
import { buildProjectorService } from "@bz/projector";
import {
  analystAuthorizer,
  apiKeyAnalystAuthorizer,
  buildQueryApi,
  type ComponentCheck,
  hashAnalystKey,
  opsRoleAuthoriser,
  recorderDeadLetters,
  sqlEventStoreHead,
} from "@bz/query-api";
import { buildRecorderService, partnerTopics } from "@bz/recorder";
import { createCareSimulation } from "@bz/simulation";
import { startSimulator } from "@bz/simulator";
import { createPgliteClient } from "@bz/sql";
import { type IndicatorDefinition, loadCatalogue } from "@bz/ward-views";
import { type FirstStartProgress, type FirstStartWork, startFirstStart, startLive } from "./first-start.ts";
import { localAnalystKey, localApiKeys } from "./local-api-keys.ts";
import { localPseudonymKey } from "./local-key.ts";

/** The issuer and audience of the embedded platform's own tokens. */
export const localTokenIssuer = "bz-platform-local";
export const localTokenAudience = "bz-query-api";

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
  /** Work run once on a fresh data folder while already serving (the simulated history); see first-start.ts. */
  firstStart?: FirstStartWork;
  /**
   * Work run on every start once the first-start work is done, until the platform stops (the
   * history's live continuation); it gets the same context, and its progress is `live()`'s.
   */
  live?: FirstStartWork;
}

/** The running embedded platform. */
export interface Platform {
  url: string;
  gatewayUrl: string;
  /** File with the demo gateway keys, one per partner (`slug=key`). */
  apiKeyFile: string;
  /** The demo ops credential: `Authorization: Bearer <it>` may read the ops status and replay dead letters. */
  opsToken: string;
  /** The embedded event log, where a partner's producer writes (tools and tests in this process). */
  eventLog: EventLog;
  /** Where the first-start work stands ("none" when there is none). */
  firstStart(): FirstStartProgress;
  /** Where the live work stands: events sent of those planned ("none" when there is none). */
  live(): FirstStartProgress;
  /** File with the demo analyst key (ward figures). */
  analystKeyFile: string;
  /** A simulated client's pseudonym, to show a timeline straight away. */
  sampleSubject: string | undefined;
  /** Issues a token from the data folder's local key (the demo's identity provider). */
  issueToken(claims: TokenClaims, ttlSeconds?: number): Promise<string>;
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
    const pseudonymizer = createPseudonymizer(localPseudonymKey(join(options.dataDir, "pseudonym.key")));
    const recorder = await buildRecorderService({
      log,
      store,
      topics: partnerTopics(),
      groupId: "bz-recorder",
      pseudonymKeyIds: [pseudonymizer.currentKeyId],
      logger,
      partitions: 3,
      metrics,
    });
    steps.push(() => recorder.stop());
    const projector = await buildProjectorService({ store, readModels: sql, logger, metrics });
    steps.push(() => projector.stop());
    // Every part's own readiness, asked in process; the gateway joins once it is built.
    const ready = (http: { inject(request: { url: string }): Promise<{ statusCode: number }> }) => async () =>
      (await http.inject({ url: "/ready" })).statusCode === 200;
    const components: ComponentCheck[] = [
      { name: "event store (PGlite)", ready: async () => (await sql.query("select 1")).rows.length === 1 },
      { name: "recorder", ready: ready(recorder.http) },
      { name: "projector", ready: ready(projector.http) },
    ];
    // The demo's identity provider: an Ed25519 key kept in the data folder (ADR 0030).
    const signingKey = await localSigningKey(join(options.dataDir, "token-signing-key.json"));
    const auth = createTokenVerifier({
      jwks: signingKey.jwks,
      issuer: localTokenIssuer,
      audience: localTokenAudience,
    });
    const issueToken = (claims: TokenClaims, ttlSeconds?: number) =>
      signingKey.issue(claims, {
        issuer: localTokenIssuer,
        audience: localTokenAudience,
        ...(ttlSeconds === undefined ? {} : { ttlSeconds }),
      });
    // The demo's operator: a verified token with the OPS role, valid for this run (8 hours).
    const analystKeyFile = join(options.dataDir, "analyst-key.txt");
    const opsToken = await issueToken(
      { bz_kind: "staff", sub: "demo-ops", bz_org: "TRAJEKT", bz_roles: ["OPS"] },
      8 * 3600,
    );
    const api = await buildQueryApi({
      readModels: sql,
      store,
      auth,
      logger,
      metrics,
      ops: {
        offsets: log,
        topics: partnerTopics(),
        recorderGroup: "bz-recorder",
        deadLetters: recorderDeadLetters(log),
        readModels: sql,
        eventStoreHead: sqlEventStoreHead(sql),
        components,
        authorise: opsRoleAuthoriser,
      },
      analysts: {
        catalogue: embeddedCatalogue(),
        // The first start keeps the figures moving; pages answer from what is published meanwhile.
        serveWhileRepublishing: true,
        // A token with the ANALYST role (printed by make demo), or the demo analyst key for scripts.
        authorizeAnalyst: analystAuthorizer(
          apiKeyAnalystAuthorizer(`demo-analyst=${hashAnalystKey(localAnalystKey(analystKeyFile))}`),
        ),
      },
    });
    steps.push(() => api.close());
    const url = await api.listen({ host: options.host, port: options.port });

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
    components.push({ name: "gateway", ready: ready(gateway.http) });
    const gatewayUrl = await gateway.http.listen({ host: options.host, port: options.gatewayPort });

    // Already serving: the history flows in through the partners' path while the pages fill up.
    const firstStartProducer = await log.producer();
    steps.push(() => firstStartProducer.close());
    const firstStart = startFirstStart(options.dataDir, options.firstStart, {
      producer: firstStartProducer,
      pseudonymize: pseudonymizer.pseudonymize,
      pseudonymizeHousehold: pseudonymizer.pseudonymizeHousehold,
    });
    steps.push(() => firstStart.stop());
    const live = startLive(
      options.live,
      firstStart,
      {
        producer: firstStartProducer,
        pseudonymize: pseudonymizer.pseudonymize,
        pseudonymizeHousehold: pseudonymizer.pseudonymizeHousehold,
      },
      logger,
    );
    steps.push(() => live.stop());

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
    return {
      url,
      gatewayUrl,
      apiKeyFile,
      analystKeyFile,
      opsToken,
      eventLog: log,
      firstStart: firstStart.progress,
      live: live.progress,
      sampleSubject,
      issueToken,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The indicators the embedded platform publishes: all but the breakdowns of episodes. Those take
 * 4-8 s of LP per year each (ADR 0065), and PGlite has one connection, which a publication holds
 * while it protects: eleven years of them froze the recorder, the projector and every page for
 * minutes at a time. Completed referrals per pair (about 2-3 s a year) stay: the dashboard draws
 * the flow between partners from them. Server mode publishes them all.
 */
export function embeddedCatalogue(): IndicatorDefinition[] {
  const slow = new Set(["episodes-started", "episodes-ended"]);
  return loadCatalogue().filter((d) => d.breakdownOf === undefined || !slow.has(d.breakdownOf));
}
