// The recorder as its own process (server mode): Kafka in, the chosen event store out
// (BZ_EVENT_STORE: PostgreSQL by default, or EventStoreDB/KurrentDB).
import { eventStoreChoice, kafkaConnection, loadConfigOrExit } from "@bz/config";
import { partnerTopics } from "@bz/dead-letters";
import { createKafkaClientEventLog } from "@bz/event-log";
import { openEventStore } from "@bz/event-store";
import { createLogger, stopOnSignals } from "@bz/observability";
import { buildRecorderService } from "./app.ts";
import { recorderConfig } from "./config.ts";

const config = loadConfigOrExit(recorderConfig);
const logger = createLogger({ service: "recorder", level: config.BZ_LOG_LEVEL });
const log = createKafkaClientEventLog(config.BZ_KAFKA_CLIENT, {
  ...kafkaConnection(config),
  clientId: "bz-recorder",
  logger,
});
const choice = eventStoreChoice(config);
const store = await openEventStore(choice);
logger.info({ eventStore: choice.kind }, "event store opened");
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
