import { type Partner, topicFor } from "@bz/contracts";
import { isBzError } from "@bz/errors";
import type { EventLog, LogProducer } from "@bz/event-log";
import { createHttpApp, type HttpApp } from "@bz/http";
import { createMetricsRegistry, type Logger, type Registry } from "@bz/observability";
import type { Pseudonymizer } from "@bz/privacy";
import { type ApiKeyEntry, createApiKeyAuthenticator } from "./api-keys.ts";
import type { BucketLimits } from "./domain/token-bucket.ts";
import { createGatewayMetrics } from "./gateway-metrics.ts";
import { ingestRoutes } from "./ingest-route.ts";
import { pseudonymRoutes } from "./pseudonym-route.ts";
import { RecentEventIds } from "./recent-event-ids.ts";

/** Everything the gateway is built from; tests pass the real Kafka log and unique topics. */
export interface GatewayDeps {
  log: EventLog;
  /**
   * The event log a partner's events are produced through; default `log` for all. On an
   * authenticated broker, one per partner as its `gateway-<slug>` principal, which may write that
   * partner's topic only, so the gateway writes as the partner it authenticated (ADR 0040).
   */
  logFor?: (partner: Partner) => EventLog;
  apiKeys: readonly ApiKeyEntry[];
  pseudonymizer: Pseudonymizer;
  logger: Logger;
  /** The topic of a partner's events; default `care.<slug>.v1`. */
  topicFor?: (partner: Partner) => string;
  /** Most events in one request; default 500. */
  maxBatchEvents?: number;
  /** Largest request body in bytes; default 8 MiB. */
  bodyLimit?: number;
  /** How many recently produced event ids are remembered to skip re-producing them; default 10,000. */
  recentEventIds?: number;
  /** A registry shared with other services in one process (the embedded platform); own one otherwise. */
  metrics?: Registry;
  /** POST /v1/pseudonyms: BSNs a second per partner and bursts; default 200/s, 5,000. */
  pseudonymLimits?: BucketLimits;
  /** The clock of the pseudonym rate limit; default Date.now. */
  now?: () => number;
  /** Requests per window per client address and per partner; default 1,200 and 600 a minute. */
  rateLimit?: { perAddress: number; perPartner: number; windowMs: number };
}

/** The running gateway: its HTTP app (POST /v1/events, /docs, /health, /ready, /metrics). */
export interface Gateway {
  http: HttpApp;
  /** Stops answering and disconnects the producer; the caller closes the event log. */
  stop(): Promise<void>;
}

/** Connects the producer and builds the gateway's HTTP app. */
export async function buildGateway(deps: GatewayDeps): Promise<Gateway> {
  const registry = deps.metrics ?? createMetricsRegistry("gateway");
  // One producer per partner topic, so each partner's sends queue on their own: a failing or slow
  // send of one partner is never merged into (and never fails) another partner's request. On an
  // authenticated broker a partner's producer logs in as that partner's gateway principal (logFor);
  // the topic a request produces to names its partner (recorded as the route asks for it).
  const producers = new Map<string, Promise<LogProducer>>();
  const ownerOf = new Map<string, Partner>();
  const topicOf = (partner: Partner) => {
    const topic = (deps.topicFor ?? topicFor)(partner);
    ownerOf.set(topic, partner);
    return topic;
  };
  const producerFor = (topic: string): Promise<LogProducer> => {
    let producer = producers.get(topic);
    if (producer === undefined) {
      const partner = ownerOf.get(topic);
      const log = deps.logFor === undefined || partner === undefined ? deps.log : deps.logFor(partner);
      producer = log.producer();
      producers.set(topic, producer);
      producer.catch(() => producers.delete(topic));
    }
    return producer;
  };
  let stopped = false;
  // Ready while the producer is connected and its last send did not find Kafka unreachable.
  let reachable = true;
  const http = await createHttpApp({
    logger: deps.logger,
    metrics: registry,
    title: "Blauwe Zorg gateway",
    description:
      "HTTPS entry for partners without Kafka: care events with a clear BSN in, pseudonymised Avro events out to the partner's topic.",
    ready: async () => !stopped && reachable,
    bodyLimit: deps.bodyLimit ?? 8 * 1024 * 1024,
  });
  await http.register(ingestRoutes, {
    authenticator: createApiKeyAuthenticator(deps.apiKeys),
    pseudonymizer: deps.pseudonymizer,
    topicFor: topicOf,
    send: async (topic, records) => {
      try {
        await (await producerFor(topic)).send(topic, records);
        reachable = true;
      } catch (error) {
        if (isBzError(error, "LOG_UNAVAILABLE")) reachable = false;
        throw error;
      }
    },
    metrics: createGatewayMetrics(registry),
    recent: new RecentEventIds(deps.recentEventIds ?? 10_000),
    maxBatchEvents: deps.maxBatchEvents ?? 500,
    rateLimit: deps.rateLimit ?? { perAddress: 1_200, perPartner: 600, windowMs: 60_000 },
    logger: deps.logger.child({ component: "ingest" }),
  });
  await http.register(pseudonymRoutes, {
    authenticator: createApiKeyAuthenticator(deps.apiKeys),
    pseudonymizer: deps.pseudonymizer,
    limits: deps.pseudonymLimits ?? { rate: 200, burst: 5_000 },
    maxBatch: 1_000,
    registry,
    logger: deps.logger.child({ component: "pseudonym-audit" }),
    ...(deps.now === undefined ? {} : { now: deps.now }),
  });
  return {
    http,
    async stop() {
      stopped = true;
      await http.close();
      for (const producer of producers.values()) await (await producer.catch(() => undefined))?.close();
    },
  };
}
