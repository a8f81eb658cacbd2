// The query API as its own process (server mode), reading the read models in PostgreSQL.
import { env, loadConfigOrExit } from "@bz/config";
import { createLogger, stopOnSignals } from "@bz/observability";
import { createPostgresClient } from "@bz/sql";
import { z } from "zod";
import { buildQueryApi } from "./app.ts";
import { serverOpsConfig, serverOpsSources } from "./ops/server-ops.ts";

const config = loadConfigOrExit(
  z
    .object({
      BZ_READ_MODEL_URL: env.postgresUrl(),
      BZ_HTTP_PORT: env.port(8080),
      BZ_LOG_LEVEL: env.logLevel(),
    })
    .extend(serverOpsConfig.shape),
);
const logger = createLogger({ service: "query-api", level: config.BZ_LOG_LEVEL });
const readModels = createPostgresClient({
  connectionString: config.BZ_READ_MODEL_URL,
  applicationName: "bz-query-api",
});
const ops = serverOpsSources(config, readModels, logger);
const app = await buildQueryApi({ readModels, logger, ...(ops === undefined ? {} : { ops: ops.sources }) });
await app.listen({ host: "0.0.0.0", port: config.BZ_HTTP_PORT });
logger.info({ port: config.BZ_HTTP_PORT }, "query API running");

stopOnSignals(logger, async () => {
  await app.close();
  await ops?.close();
  await readModels.close();
});
