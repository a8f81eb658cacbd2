// The query API as its own process (server mode), reading the read models in PostgreSQL.
import { env, loadConfigOrExit } from "@bz/config";
import { createLogger, stopOnSignals } from "@bz/observability";
import { createPostgresClient } from "@bz/sql";
import { loadCatalogue } from "@bz/ward-views";
import { z } from "zod";
import { apiKeyAnalystAuthorizer } from "./analyst-api-keys.ts";
import { buildQueryApi } from "./app.ts";

const config = loadConfigOrExit(
  z.object({
    BZ_READ_MODEL_URL: env.postgresUrl(),
    BZ_HTTP_PORT: env.port(8080),
    BZ_LOG_LEVEL: env.logLevel(),
    BZ_ANALYST_API_KEYS: z.string().default(""),
    BZ_SUPPRESSION_K: z.coerce.number({ error: "expected a whole number" }).int().min(2).default(10),
    BZ_ANALYTICS_BASIS: z.enum(["objection", "consent"]).default("objection"),
    BZ_WARD_REFRESH_SECONDS: z.coerce.number({ error: "expected seconds" }).min(0).default(60),
  }),
);
const logger = createLogger({ service: "query-api", level: config.BZ_LOG_LEVEL });
const readModels = createPostgresClient({
  connectionString: config.BZ_READ_MODEL_URL,
  applicationName: "bz-query-api",
});
const app = await buildQueryApi({
  readModels,
  logger,
  analysts: {
    catalogue: loadCatalogue(),
    authorizeAnalyst: apiKeyAnalystAuthorizer(config.BZ_ANALYST_API_KEYS),
    publication: { k: config.BZ_SUPPRESSION_K, basis: config.BZ_ANALYTICS_BASIS },
    refreshMs: config.BZ_WARD_REFRESH_SECONDS * 1000,
  },
});
await app.listen({ host: "0.0.0.0", port: config.BZ_HTTP_PORT });
logger.info({ port: config.BZ_HTTP_PORT }, "query API running");

stopOnSignals(logger, async () => {
  await app.close();
  await readModels.close();
});
