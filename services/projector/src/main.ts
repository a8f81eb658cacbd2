// The projector as its own process (server mode): event store in, read models out.
import { env, loadConfigOrExit } from "@bz/config";
import { createSqlEventStore } from "@bz/event-store";
import { createLogger, stopOnSignals } from "@bz/observability";
import { createPseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import { createTimelineProjection } from "@bz/projections";
import { createPostgresClient } from "@bz/sql";
import { z } from "zod";
import { buildProjectorService } from "./app.ts";

const config = loadConfigOrExit(
  z.object({
    BZ_DATABASE_URL: env.postgresUrl(),
    BZ_READ_MODEL_URL: env.postgresUrl().optional(),
    // After a pseudonym-key rotation: the same keys as the gateway's, so timelines are filed under
    // the current pseudonym (ADR 0042). Rebuild the timeline after adding a key.
    BZ_PSEUDONYM_KEYS: z.string().min(1, "expected id=base64secret[,id=base64secret]").optional(),
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
const keys =
  config.BZ_PSEUDONYM_KEYS === undefined ? undefined : parsePseudonymKeys(config.BZ_PSEUDONYM_KEYS);
const relinking = keys === undefined ? undefined : createPseudonymizer(keys.current, keys.older);
const service = await buildProjectorService({
  store,
  readModels,
  logger,
  ...(relinking === undefined
    ? {}
    : { projections: [createTimelineProjection({ subjectOf: relinking.relink })] }),
});
await service.http.listen({ host: "0.0.0.0", port: config.BZ_HTTP_PORT });
logger.info({ port: config.BZ_HTTP_PORT }, "projector running");

stopOnSignals(logger, async () => {
  await service.stop();
  await store.close();
  await storeSql.close();
  if (readModels !== storeSql) await readModels.close();
});
