// The recorder as its own process (server mode): Kafka in, the chosen event store out
// (BZ_EVENT_STORE: PostgreSQL by default, or EventStoreDB/KurrentDB).
import { eventStoreChoice, kafkaConnection, loadConfigOrExit } from "@bz/config";
import { partnerTopics } from "@bz/dead-letters";
import { isBzError } from "@bz/errors";
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
/** sysexits: 77 is EX_NOPERM (the broker refused the recorder), 70 EX_SOFTWARE (any other end). */
const exitCodes = { notAuthorized: 77, failed: 70 } as const;
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
  // Consuming stopped for good (say, the recorder's READ right was revoked): nothing more can be
  // recorded, so say why and exit non-zero for the supervisor, rather than run on looking healthy.
  // Nothing past the committed offsets was acknowledged, so a restart records each event once.
  onFailure: (error) => {
    const denied = isBzError(error, "LOG_NOT_AUTHORIZED");
    logger.fatal(
      { err: error, groupId: config.BZ_RECORDER_GROUP },
      denied
        ? "the recorder may no longer read its topics (LOG_NOT_AUTHORIZED): restore its ACLs with `platform kafka provision`, then restart it; exiting"
        : "the recorder stopped consuming for good; exiting",
    );
    void exitAfterClosing(denied ? exitCodes.notAuthorized : exitCodes.failed);
  },
});
await service.http.listen({ host: "0.0.0.0", port: config.BZ_HTTP_PORT });
logger.info({ port: config.BZ_HTTP_PORT }, "recorder running");

stopOnSignals(logger, close);

async function close(): Promise<void> {
  await service.stop();
  await log.close();
  await store.close();
}

async function exitAfterClosing(code: number): Promise<never> {
  // Closing is best effort and bounded: the exit code is what the supervisor must see.
  await Promise.race([close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  process.exit(code);
}
