// The projector as its own process (server mode): the chosen event store in (BZ_EVENT_STORE:
// PostgreSQL by default, or EventStoreDB/KurrentDB, followed through $all), read models out.
import { eventStoreChoice, loadConfigOrExit } from "@bz/config";
import { createSqlEventStore, type EventStore, openEventStore } from "@bz/event-store";
import { createLogger, stopOnSignals } from "@bz/observability";
import { createPseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import { createTimelineProjection, timelineProjection } from "@bz/projections";
import { createPostgresClient, type SqlClient } from "@bz/sql";
import { buildProjectorService, defaultProjections } from "./app.ts";
import { projectorConfig } from "./config.ts";

const config = loadConfigOrExit(projectorConfig);
const logger = createLogger({ service: "projector", level: config.BZ_LOG_LEVEL });
const choice = eventStoreChoice(config);
let storeSql: SqlClient | undefined;
let store: EventStore;
if (choice.kind === "postgres") {
  // One pool for the event store and, by default, the read models in the same database.
  storeSql = createPostgresClient({
    connectionString: choice.connectionString,
    applicationName: "bz-projector",
  });
  store = await createSqlEventStore(storeSql);
} else {
  store = await openEventStore(choice);
}
// The read models (and each projection's checkpoint, kept in the same transaction as its rows):
// BZ_READ_MODEL_URL, else the PostgreSQL event store's database; the schema demands one of them.
function readModelDatabase(): SqlClient {
  if (config.BZ_READ_MODEL_URL !== undefined) {
    return createPostgresClient({
      connectionString: config.BZ_READ_MODEL_URL,
      applicationName: "bz-projector",
    });
  }
  if (storeSql !== undefined) return storeSql;
  throw new Error("BZ_READ_MODEL_URL is required with BZ_EVENT_STORE=eventstoredb");
}
const readModels = readModelDatabase();
logger.info({ eventStore: choice.kind }, "event store opened");
const keys =
  config.BZ_PSEUDONYM_KEYS === undefined ? undefined : parsePseudonymKeys(config.BZ_PSEUDONYM_KEYS);
const relinking = keys === undefined ? undefined : createPseudonymizer(keys.current, keys.older);
const service = await buildProjectorService({
  store,
  readModels,
  logger,
  ...(relinking === undefined
    ? {}
    : {
        // The timeline relinks older pseudonyms to the current one; the other read models as usual.
        projections: [
          createTimelineProjection({ subjectOf: relinking.relink }),
          ...defaultProjections.filter((projection) => projection.name !== timelineProjection.name),
        ],
      }),
});
await service.http.listen({ host: "0.0.0.0", port: config.BZ_HTTP_PORT });
logger.info({ port: config.BZ_HTTP_PORT }, "projector running");

stopOnSignals(logger, async () => {
  await service.stop();
  await store.close();
  await storeSql?.close();
  if (readModels !== storeSql) await readModels.close();
});
