// The gateway as its own process: HTTPS JSON in, pseudonymised Avro events out to Kafka.
import { env, loadConfigOrExit } from "@bz/config";
import { type Partner, partners, topicFor } from "@bz/contracts";
import { createKafkaClientEventLog } from "@bz/event-log";
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

const config = loadConfigOrExit(
  z.object({
    BZ_KAFKA_BROKERS: env.brokers(),
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
const log = createKafkaClientEventLog(config.BZ_KAFKA_CLIENT, {
  brokers: config.BZ_KAFKA_BROKERS,
  clientId: "bz-gateway",
  logger,
});
// Idempotent: the topics usually exist already (the recorder creates them too).
const topicOf = (partner: Partner) => topicFor(partner, config.BZ_TOPIC_SUFFIX);
await log.createTopics(partners.map((p) => ({ name: topicOf(p.id), partitions: config.BZ_PARTITIONS })));
const gateway = await buildGateway({
  log,
  apiKeys: config.BZ_GATEWAY_API_KEYS,
  pseudonymizer: config.BZ_PSEUDONYM_KEYS,
  logger,
  topicFor: topicOf,
});
await gateway.http.listen({ host: "0.0.0.0", port: config.BZ_HTTP_PORT });
logger.info({ port: config.BZ_HTTP_PORT }, "gateway running");

stopOnSignals(logger, async () => {
  await gateway.stop();
  await log.close();
});
