import type { Partner } from "@bz/contracts";
import { BzError } from "@bz/errors";
import { type HttpApp, problemErrorHandler } from "@bz/http";
import { Counter, type Logger, type Registry } from "@bz/observability";
import { bsnProblem, type Pseudonymizer } from "@bz/privacy";
import type { FastifyError } from "fastify";
import { z } from "zod";
import type { ApiKeyAuthenticator } from "./api-keys.ts";
import { type Bucket, type BucketLimits, take } from "./domain/token-bucket.ts";
import { problemSchema } from "./ingest-schemas.ts";

/** What the POST /v1/pseudonyms plugin is built from. */
export interface PseudonymRouteOptions {
  authenticator: ApiKeyAuthenticator;
  pseudonymizer: Pseudonymizer;
  /** BSNs a second per partner, and the most at once; default 200/s with bursts of 5,000. */
  limits: BucketLimits;
  /** Most BSNs in one request; default 1,000. */
  maxBatch: number;
  registry: Registry;
  /** The audit trail: who asked for how many pseudonyms under which key (never the BSNs). */
  logger: Logger;
  now?: () => number;
}

const bodySchema = (maxBatch: number) =>
  z
    .strictObject({
      bsns: z
        .array(z.string().max(16))
        .max(maxBatch, `send at most ${maxBatch} BSNs a request`)
        .optional()
        .meta({ description: "Clear BSNs (9 digits, elfproef), in the order the answer keeps" }),
      households: z
        .array(z.string().max(200))
        .max(maxBatch, `send at most ${maxBatch} household keys a request`)
        .optional()
        .meta({
          description:
            "Household keys in clear (the address key, e.g. 6224KX 17), in the order the answer keeps; pseudonymised under the household domain (ADR 0025)",
        }),
    })
    .refine((body) => (body.bsns?.length ?? 0) + (body.households?.length ?? 0) > 0, {
      message: "send at least one BSN or household key",
      path: ["bsns"],
    })
    .refine((body) => (body.bsns?.length ?? 0) + (body.households?.length ?? 0) <= maxBatch, {
      message: `send at most ${maxBatch} BSNs and household keys together a request`,
      path: ["households"],
    });

const answerSchema = z.object({
  keyId: z.string().meta({ description: "The key the pseudonyms were made with; a new id means a rotation" }),
  pseudonyms: z.array(z.string()).meta({ description: "One pseudonym per BSN, in request order" }),
  households: z.array(z.string()).optional().meta({
    description: "One household pseudonym per household key, in request order (when households were sent)",
  }),
});

/**
 * POST /v1/pseudonyms: partners that publish straight to Kafka get the platform's pseudonyms here,
 * so the key never leaves the platform (ADR 0042). Authenticated per partner like POST /v1/events,
 * rate-limited per partner in BSNs (not requests), and every answer and refusal is written to the
 * audit log with the partner and the count.
 */
export async function pseudonymRoutes(app: HttpApp, options: PseudonymRouteOptions): Promise<void> {
  const now = options.now ?? Date.now;
  const buckets = new Map<Partner, Bucket>();
  const partnerOf = new WeakMap<object, Partner>();
  const issued = new Counter({
    name: "bz_gateway_pseudonyms_issued_total",
    help: "Pseudonyms handed to partners by POST /v1/pseudonyms",
    labelNames: ["partner", "kind"],
    registers: [options.registry],
  });
  const refused = new Counter({
    name: "bz_gateway_pseudonym_requests_refused_total",
    help: "POST /v1/pseudonyms requests refused, by reason",
    labelNames: ["partner", "reason"],
    registers: [options.registry],
  });
  app.addHook("onRequest", async (request) => {
    partnerOf.set(request, options.authenticator.authenticate(request.headers));
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const partner = partnerOf.get(request) ?? "unknown";
    const reason = error instanceof BzError ? error.code : (error.code ?? "HTTP_INTERNAL");
    refused.inc({ partner, reason });
    options.logger.warn(
      { audit: "pseudonyms", partner, reason, ip: request.ip },
      "pseudonym request refused",
    );
    return problemErrorHandler(error, request, reply);
  });

  app.post(
    "/v1/pseudonyms",
    {
      schema: {
        summary: "Pseudonymise a batch of BSNs and household keys with the platform's key",
        description:
          "For partners that produce to Kafka themselves: send clear BSNs, get the platform's pseudonyms back in the same order, and put them in `subject`; send household keys (the address key) in `households` to get the household pseudonyms for `household`. The key never leaves the platform. Authenticate as for POST /v1/events. Limited per partner in BSNs per second (429 with Retry-After); every request is audit-logged with the partner and the count, never the BSNs. Cache the answers: a pseudonym of an older key (see `keyId`) stays valid, the platform links it to the current one.",
        body: bodySchema(options.maxBatch),
        response: { 200: answerSchema, 400: problemSchema, 401: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const partner = partnerOf.get(request);
      if (partner === undefined) throw new Error("onRequest hook did not authenticate");
      const body = request.body as { bsns?: string[]; households?: string[] };
      const bsns = body.bsns ?? [];
      const householdKeys = body.households ?? [];
      const invalid = bsns.flatMap((bsn, i) => {
        const problem = bsnProblem(bsn);
        return problem === undefined ? [] : [{ name: `body.bsns[${i}]`, reason: problem }];
      });
      const households: string[] = [];
      const invalidHouseholds = householdKeys.flatMap((key, i) => {
        try {
          households.push(options.pseudonymizer.pseudonymizeHousehold(key));
          return [];
        } catch (error) {
          if (!(error instanceof BzError)) throw error;
          return [{ name: `body.households[${i}]`, reason: error.message }];
        }
      });
      if (invalidHouseholds.length > 0) {
        throw new BzError(
          "PRIVACY_INVALID_HOUSEHOLD_KEY",
          `${invalidHouseholds.length} invalid household key(s); nothing was pseudonymised`,
          { details: { invalidParams: [...invalid, ...invalidHouseholds] } },
        );
      }
      if (invalid.length > 0) {
        throw new BzError(
          "PRIVACY_INVALID_BSN",
          `${invalid.length} invalid BSN(s); nothing was pseudonymised`,
          {
            details: { invalidParams: invalid },
          },
        );
      }
      // The limit counts BSNs and household keys alike: each is one pseudonym handed out.
      const result = take(buckets.get(partner), bsns.length + householdKeys.length, now(), options.limits);
      buckets.set(partner, result.bucket);
      if (!result.granted) {
        const seconds = Number.isFinite(result.retryAfterMs) ? Math.ceil(result.retryAfterMs / 1000) : 60;
        reply.header("retry-after", String(seconds));
        throw new BzError(
          "PSEUDONYM_RATE_LIMITED",
          `${partner} may pseudonymise ${options.limits.rate} BSNs or household keys a second (bursts of ${options.limits.burst}); retry after ${seconds} s or send smaller batches`,
          { retryable: true },
        );
      }
      const pseudonyms = bsns.map((bsn) => options.pseudonymizer.pseudonymize(bsn));
      if (pseudonyms.length > 0) issued.inc({ partner, kind: "subject" }, pseudonyms.length);
      if (households.length > 0) issued.inc({ partner, kind: "household" }, households.length);
      options.logger.info(
        {
          audit: "pseudonyms",
          partner,
          count: pseudonyms.length,
          households: households.length,
          keyId: options.pseudonymizer.currentKeyId,
          ip: request.ip,
        },
        "pseudonyms issued",
      );
      return reply.header("cache-control", "no-store").send({
        keyId: options.pseudonymizer.currentKeyId,
        pseudonyms,
        ...(body.households === undefined ? {} : { households }),
      });
    },
  );
}
