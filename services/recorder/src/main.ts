// The recorder as its own process (server mode): Kafka in, PostgreSQL event store out.
import { env, loadConfigOrExit } from "@bz/config";
import { createKafkaEventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import { createLogger, stopOnSignals } from "@bz/observability";
import { z } from "zod";
import { buildRecorderService } from "./app.ts";
import { partnerTopics } from "./partner-topics.ts";

const config = loadConfigOrExit(
  z.object({
    BZ_KAFKA_BROKERS: env.brokers(),
    BZ_DATABASE_URL: env.postgresUrl(),
    BZ_RECORDER_GROUP: z.string().min(1).default("bz-recorder"),
    BZ_TOPIC_SUFFIX: env.topicSuffix(),
    BZ_PARTITIONS: env.positiveInt(6),
    BZ_HTTP_PORT: env.port(9101),
    BZ_LOG_LEVEL: env.logLevel(),
    // Ids only: the recorder checks which key made a pseudonym, it never needs the secret.
    BZ_PSEUDONYM_KEY_IDS: z
      .string()
      .regex(/^[a-z0-9-]{1,16}(,[a-z0-9-]{1,16})*$/, "expected key ids such as k1 or k2,k1 (a-z, 0-9, -)"),
  }),
);
const logger = createLogger({ service: "recorder", level: config.BZ_LOG_LEVEL });
const log = createKafkaEventLog({ brokers: config.BZ_KAFKA_BROKERS, clientId: "bz-recorder", logger });
const store = await createPostgresEventStore({ connectionString: config.BZ_DATABASE_URL });
const service = await buildRecorderService({
  log,
  store,
  topics: partnerTopics(config.BZ_TOPIC_SUFFIX),
  groupId: config.BZ_RECORDER_GROUP,
  pseudonymKeyIds: config.BZ_PSEUDONYM_KEY_IDS.split(","),
  logger,
  partitions: config.BZ_PARTITIONS,
});
await service.http.listen({ host: "0.0.0.0", port: config.BZ_HTTP_PORT });
logger.info({ port: config.BZ_HTTP_PORT }, "recorder running");

stopOnSignals(logger, async () => {
  await service.stop();
  await log.close();
  await store.close();
});
