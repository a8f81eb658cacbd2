// The simulator as its own process (server mode): simulated partners publish to Kafka.
import { env, kafkaConnection, loadConfigOrExit, withKafkaConnection } from "@bz/config";
import { topicFor } from "@bz/contracts";
import { createKafkaClientEventLog } from "@bz/event-log";
import { createLogger, stopOnSignals } from "@bz/observability";
import { createPseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import { createCareSimulation } from "@bz/simulation";
import { z } from "zod";
import { startSimulator } from "./simulator.ts";

const config = loadConfigOrExit(
  withKafkaConnection({
    BZ_KAFKA_CLIENT: env.kafkaClient(),
    BZ_PSEUDONYM_KEYS: z.string().min(1, "expected id=base64secret[,id=base64secret]"),
    BZ_SIMULATOR_RATE: env.positiveInt(20),
    BZ_SIMULATOR_CLIENTS: env.positiveInt(2000),
    BZ_SIMULATOR_SEED: env.positiveInt(2026),
    BZ_TOPIC_SUFFIX: env.topicSuffix(),
    BZ_LOG_LEVEL: env.logLevel(),
  }),
);
const logger = createLogger({ service: "simulator", level: config.BZ_LOG_LEVEL });
const keys = parsePseudonymKeys(config.BZ_PSEUDONYM_KEYS);
const pseudonymizer = createPseudonymizer(keys.current, keys.older);
const log = createKafkaClientEventLog(config.BZ_KAFKA_CLIENT, {
  ...kafkaConnection(config),
  clientId: "bz-simulator",
  logger,
});
const producer = await log.producer();
const simulation = createCareSimulation({
  seed: config.BZ_SIMULATOR_SEED,
  clients: config.BZ_SIMULATOR_CLIENTS,
  pseudonymize: pseudonymizer.pseudonymize,
  pseudonymizeHousehold: pseudonymizer.pseudonymizeHousehold,
});
const simulator = startSimulator({
  producer,
  simulation,
  rate: config.BZ_SIMULATOR_RATE,
  logger,
  topicOf: (partner) => topicFor(partner, config.BZ_TOPIC_SUFFIX),
});
logger.info({ rate: config.BZ_SIMULATOR_RATE }, "simulator running");
stopOnSignals(logger, async () => {
  await simulator.stop();
  await producer.close();
  await log.close();
});
