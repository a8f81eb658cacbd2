import type { Partner } from "@bz/contracts";
import { BzError, isBzError } from "@bz/errors";
import type { OutgoingRecord } from "@bz/event-log";
import { type HttpApp, problemErrorHandler } from "@bz/http";
import type { Logger } from "@bz/observability";
import { prepareEvents } from "@bz/partner-sdk";
import type { Pseudonymizer } from "@bz/privacy";
import rateLimit from "@fastify/rate-limit";
import type { FastifyError } from "fastify";
import type { ApiKeyAuthenticator } from "./api-keys.ts";
import type { GatewayMetrics } from "./gateway-metrics.ts";
import { readIngestBody } from "./ingest-body.ts";
import { acceptedSchema, ingestBodySchema, problemSchema } from "./ingest-schemas.ts";
import type { RecentEventIds } from "./recent-event-ids.ts";

/** What the POST /v1/events plugin is built from. */
export interface IngestRouteOptions {
  authenticator: ApiKeyAuthenticator;
  pseudonymizer: Pseudonymizer;
  topicFor: (partner: Partner) => string;
  /** Produces records to a topic; resolves once Kafka acknowledged them all. */
  send: (topic: string, records: OutgoingRecord[]) => Promise<void>;
  metrics: GatewayMetrics;
  recent: RecentEventIds;
  maxBatchEvents: number;
  logger: Logger;
  /** Requests per window: per client address (before authentication) and per partner. */
  rateLimit: { perAddress: number; perPartner: number; windowMs: number };
}

/**
 * POST /v1/events for partners without Kafka: authenticate the key, validate every event, turn each
 * BSN into the pseudonym, and produce the lot to the partner's topic, all or none.
 */
export async function ingestRoutes(app: HttpApp, options: IngestRouteOptions): Promise<void> {
  const { metrics, logger } = options;
  // Per request: who is calling and how many events it carried, for the metrics of a refusal.
  const partnerOf = new WeakMap<object, Partner>();
  const eventCount = new WeakMap<object, number>();

  const limited = (_request: unknown, context: { after: string; max: number }) =>
    new BzError(
      "HTTP_RATE_LIMITED",
      `more than ${context.max} requests in the window; retry in ${context.after}`,
    );
  // Per client address first, before authentication: a client guessing keys is slowed down too.
  await app.register(rateLimit, { global: false });
  app.addHook(
    "onRequest",
    app.rateLimit({
      max: options.rateLimit.perAddress,
      timeWindow: options.rateLimit.windowMs,
      keyGenerator: (request) => `address:${request.ip}`,
      errorResponseBuilder: limited,
    }),
  );
  // Per partner, once the key said who it is (a second registration: its own counter and hook).
  await app.register(rateLimit, {
    global: true,
    hook: "preHandler",
    max: options.rateLimit.perPartner,
    timeWindow: options.rateLimit.windowMs,
    keyGenerator: (request) => `partner:${partnerOf.get(request) ?? request.ip}`,
    errorResponseBuilder: limited,
  });
  app.addHook("onRequest", async (request) => {
    try {
      partnerOf.set(request, options.authenticator.authenticate(request.headers));
    } catch (error) {
      if (isBzError(error) && error.code.startsWith("AUTH_")) {
        // Counted and logged for the operator (a guessing client shows up here); never the key.
        metrics.authFailures.inc({ reason: error.code });
        logger.warn({ reason: error.code, ip: request.ip }, "authentication failed");
      }
      throw error;
    }
  });
  app.addHook("onResponse", async (_request, reply) => {
    metrics.requestSeconds.observe({ status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const partner = partnerOf.get(request) ?? "unknown";
    const reason = isBzError(error) ? error.code : (error.code ?? "HTTP_INTERNAL");
    metrics.rejected.inc({ partner, reason }, eventCount.get(request) ?? 1);
    return problemErrorHandler(error, request, reply);
  });

  app.post(
    "/v1/events",
    {
      schema: {
        summary: "Publish care events (one, or a batch of up to the limit) as the key's partner",
        description:
          "Authenticate with `Authorization: Bearer <key>` or `x-api-key: <key>`. Each event is a contracts care event with the client's `bsn` in place of `subject`. The BSN is checked (elfproef) and turned into the platform's pseudonym here; it is never stored or logged. All events are validated before any is produced: one invalid event refuses the request, and the 400 lists every invalid field of every event. Re-posting an event id is harmless (the event store deduplicates by event id).",
        body: ingestBodySchema(options.maxBatchEvents),
        response: {
          202: acceptedSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          413: problemSchema,
          422: problemSchema,
          429: problemSchema,
          503: problemSchema,
        },
      },
      // Events are validated by prepareEvents, which names every invalid field of every event the
      // way the caller wrote them; the schema above documents the body and types nothing more.
      validatorCompiler: () => (data) => ({ value: data }),
    },
    async (request, reply) => {
      const partner = partnerOf.get(request);
      if (partner === undefined) throw new Error("onRequest hook did not authenticate");
      const { events, nameOf } = readIngestBody(request.body as unknown, options.maxBatchEvents);
      eventCount.set(request, events.length);
      metrics.received.inc({ partner }, events.length);
      const prepared = prepareEvents(events, {
        partner,
        pseudonymize: (bsn) => options.pseudonymizer.pseudonymize(bsn),
        // A household key sent in clear becomes the platform's household pseudonym here (ADR 0061).
        pseudonymizeHousehold: (key) => options.pseudonymizer.pseudonymizeHousehold(key),
        nameOf,
        knownKeyIds: new Set([options.pseudonymizer.currentKeyId]),
      });
      const topic = options.topicFor(partner);
      // Recently produced ids (and repeats within the batch) are not produced again; the event
      // store would drop them anyway, this only spares the work.
      const seen = new Set<string>();
      const fresh = prepared.filter(({ event }) => {
        const id = `${topic}/${event.eventId}`;
        if (seen.has(id) || options.recent.has(id)) return false;
        seen.add(id);
        return true;
      });
      await options.send(
        topic,
        fresh.map((p) => p.record),
      );
      for (const id of seen) options.recent.add(id);
      metrics.accepted.inc({ partner }, prepared.length);
      logger.info(
        { partner, topic, events: prepared.length, produced: fresh.length },
        "events accepted and produced",
      );
      const eventIds = prepared.map((p) => p.event.eventId);
      return reply.code(202).send({ accepted: eventIds.length, eventIds });
    },
  );
}
