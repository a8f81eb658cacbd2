// The projector as its own process (server mode): event store in, read models out.
import { env, loadConfigOrExit } from "@bz/config";
import { createSqlEventStore } from "@bz/event-store";
import { createLogger, stopOnSignals } from "@bz/observability";
import { createPostgresClient } from "@bz/sql";
import { z } from "zod";
import { buildProjectorService } from "./app.ts";

const config = loadConfigOrExit(
  z.object({
    BZ_DATABASE_URL: env.postgresUrl(),
    BZ_READ_MODEL_URL: env.postgresUrl().optional(),
    BZ_HTTP_PORT: env.port(9102),
    BZ_LOG_LEVEL: env.logLevel(),
  }),
);
const logger = createLogger({ service: "projector", level: config.BZ_LOG_LEVEL });
const storeSql = createPostgresClient({
  connectionString: config.BZ_DATABASE_URL,
  applicationName: "bz-projector",
});
const store = await createSqlEventStore(storeSql);
const readModels =
  config.BZ_READ_MODEL_URL === undefined
    ? storeSql
    : createPostgresClient({ connectionString: config.BZ_READ_MODEL_URL, applicationName: "bz-projector" });
const service = await buildProjectorService({ store, readModels, logger });
await service.http.listen({ host: "0.0.0.0", port: config.BZ_HTTP_PORT });
logger.info({ port: config.BZ_HTTP_PORT }, "projector running");

stopOnSignals(logger, async () => {
  await service.stop();
  await store.close();
  await storeSql.close();
  if (readModels !== storeSql) await readModels.close();
});
