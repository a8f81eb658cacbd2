// The gateway as its own process: HTTPS JSON in, pseudonymised Avro events out to Kafka.
import { env, kafkaConnection, loadConfigOrExit, withKafkaConnection } from "@bz/config";
import { type Partner, partners, topicFor } from "@bz/contracts";
import { createKafkaClientEventLog, createKafkaEventLog, type EventLog } from "@bz/event-log";
import { createLogger, stopOnSignals } from "@bz/observability";
import { createPseudonymizer, type Pseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import { z } from "zod";
import { type ApiKeyEntry, parseApiKeys } from "./api-keys.ts";
import { buildGateway } from "./app.ts";

/** A variable parsed by `parse`, whose BzError message becomes the variable's problem. */
function parsed<T>(parse: (text: string) => T, expected: string) {
  return z.string({ error: `expected ${expected}` }).transform((text, ctx): T => {
    try {
      return parse(text);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
      return z.NEVER;
    }
  });
}

/** `slug=password[,...]`: the SCRAM password of `gateway-<slug>` for each partner it serves. */
function parseGatewayPasswords(text: string): Map<Partner, string> {
  const entries = text
    .split(",")
    .filter((part) => part.trim() !== "")
    .map((part): [Partner, string] => {
      const [slug = "", password = ""] = part.trim().split("=", 2);
      const partner = partners.find((p) => p.slug === slug);
      if (partner === undefined || password === "") {
        throw new Error(
          `expected slug=password with a partner slug (${partners.map((p) => p.slug).join(", ")})`,
        );
      }
      return [partner.id, password];
    });
  return new Map(entries);
}

const config = loadConfigOrExit(
  withKafkaConnection({
    /** On an authenticated broker: the password of `gateway-<slug>` per partner (ADR 0040). */
    BZ_GATEWAY_KAFKA_PASSWORDS: parsed(parseGatewayPasswords, "slug=password[,slug=password...]").optional(),
    BZ_PSEUDONYM_RATE: env.positiveInt(200),
    BZ_PSEUDONYM_BURST: env.positiveInt(5_000),
    BZ_KAFKA_CLIENT: env.kafkaClient(),
    BZ_GATEWAY_API_KEYS: parsed<ApiKeyEntry[]>(parseApiKeys, "partner=<sha256hex>[,partner=<sha256hex>...]"),
    BZ_PSEUDONYM_KEYS: parsed<Pseudonymizer>((text) => {
      const { current, older } = parsePseudonymKeys(text);
      return createPseudonymizer(current, older);
    }, "id=base64secret[,id=base64secret...]"),
    BZ_PARTITIONS: env.positiveInt(6),
    BZ_TOPIC_SUFFIX: env.topicSuffix(),
    BZ_HTTP_PORT: env.port(8081),
    BZ_LOG_LEVEL: env.logLevel(),
  }),
);
const logger = createLogger({ service: "gateway", level: config.BZ_LOG_LEVEL });
const connection = kafkaConnection(config);
const log = createKafkaClientEventLog(config.BZ_KAFKA_CLIENT, {
  ...connection,
  clientId: "bz-gateway",
  logger,
});
const topicOf = (partner: Partner) => topicFor(partner, config.BZ_TOPIC_SUFFIX);
const passwords = config.BZ_GATEWAY_KAFKA_PASSWORDS;
// On an authenticated broker each partner's events go out as its own gateway principal, and the
// topics come from `platform kafka provision`; anonymously (loopback) the gateway creates them.
const partnerLogs = new Map<Partner, EventLog>();
const logFor = (partner: Partner): EventLog => {
  const password = passwords?.get(partner);
  if (passwords === undefined) return log;
  if (password === undefined) throw new Error(`BZ_GATEWAY_KAFKA_PASSWORDS has no password for ${partner}`);
  let partnerLog = partnerLogs.get(partner);
  if (partnerLog === undefined) {
    const slug = partners.find((p) => p.id === partner)?.slug ?? partner.toLowerCase();
    partnerLog = createKafkaEventLog({
      ...connection,
      sasl: { mechanism: config.BZ_KAFKA_SASL_MECHANISM, username: `gateway-${slug}`, password },
      clientId: `bz-gateway-${slug}`,
      logger,
    });
    partnerLogs.set(partner, partnerLog);
  }
  return partnerLog;
};
if (connection.sasl === undefined && passwords === undefined) {
  // Idempotent: the topics usually exist already (the recorder creates them too).
  await log.createTopics(partners.map((p) => ({ name: topicOf(p.id), partitions: config.BZ_PARTITIONS })));
}
const gateway = await buildGateway({
  log,
  apiKeys: config.BZ_GATEWAY_API_KEYS,
  pseudonymizer: config.BZ_PSEUDONYM_KEYS,
  logger,
  topicFor: topicOf,
  ...(passwords === undefined ? {} : { logFor }),
  pseudonymLimits: { rate: config.BZ_PSEUDONYM_RATE, burst: config.BZ_PSEUDONYM_BURST },
});
await gateway.http.listen({ host: "0.0.0.0", port: config.BZ_HTTP_PORT });
logger.info({ port: config.BZ_HTTP_PORT }, "gateway running");

stopOnSignals(logger, async () => {
  await gateway.stop();
  for (const partnerLog of partnerLogs.values()) await partnerLog.close();
  await log.close();
});
