// The query API as its own process (server mode): read models and the event store in PostgreSQL.
import { createTokenVerifier } from "@bz/auth";
import { checkKafkaCredentials, env, loadConfigOrExit } from "@bz/config";
import { createSqlEventStore } from "@bz/event-store";
import { createLogger, stopOnSignals } from "@bz/observability";
import { createPostgresClient } from "@bz/sql";
import { loadCatalogue } from "@bz/ward-views";
import { z } from "zod";
import { apiKeyAnalystAuthorizer } from "./analyst-api-keys.ts";
import { analystAuthorizer } from "./analyst-authorizer.ts";
import { buildQueryApi } from "./app.ts";
import { serverOpsConfig, serverOpsSources } from "./ops/server-ops.ts";

const config = loadConfigOrExit(
  z
    .object({
      BZ_READ_MODEL_URL: env.postgresUrl(),
      BZ_DATABASE_URL: env
        .postgresUrl()
        .optional()
        .describe("The event store; the read-model database when absent"),
      BZ_HTTP_PORT: env.port(8080),
      BZ_LOG_LEVEL: env.logLevel(),
      BZ_AUTH_ISSUER: z.string({ error: "set BZ_AUTH_ISSUER: the issuer (iss) of accepted tokens" }).min(1),
      BZ_AUTH_AUDIENCE: z.string().min(1).default("bz-query-api"),
      BZ_AUTH_JWKS: z
        .string({ error: "set BZ_AUTH_JWKS: a JWKS file path or an https:// JWKS URL" })
        .min(1)
        .refine((value) => !value.startsWith("http://"), "BZ_AUTH_JWKS must be https:// or a file path"),
      BZ_RELATIONSHIP_GRACE_DAYS: z.coerce.number({ error: "expected days" }).min(0).max(365).default(30),
      BZ_BREAK_GLASS_HOURS: z.coerce.number({ error: "expected hours" }).positive().max(72).default(24),
      BZ_ANALYST_API_KEYS: z.string().default(""),
      BZ_SUPPRESSION_K: z.coerce.number({ error: "expected a whole number" }).int().min(2).default(10),
      BZ_SUPPRESSION_P: z.coerce
        .number({ error: "expected a percentage such as 10" })
        .min(0)
        .max(100)
        .default(10),
      BZ_WARD_FREEZE_SUPPRESSION: z
        .enum(["true", "false"], { error: "expected true or false" })
        .default("false")
        .describe("Keep hidden every figure an earlier release hid (ADR 0071)"),
      BZ_ANALYTICS_BASIS: z.enum(["objection", "consent"]).default("objection"),
      BZ_WARD_REFRESH_SECONDS: z.coerce.number({ error: "expected seconds" }).min(0).default(60),
      BZ_PG_POOL_SIZE: z.coerce
        .number({ error: "expected a whole number of connections such as 5" })
        .int("expected a whole number of connections such as 5")
        .min(1)
        .max(200)
        .default(5)
        .describe("Connections per database pool (read models; the event store's when apart)"),
    })
    .extend(serverOpsConfig.shape)
    .superRefine(checkKafkaCredentials),
);
const logger = createLogger({ service: "query-api", level: config.BZ_LOG_LEVEL });
const readModels = createPostgresClient({
  connectionString: config.BZ_READ_MODEL_URL,
  applicationName: "bz-query-api",
  max: config.BZ_PG_POOL_SIZE,
});
const storeSql =
  config.BZ_DATABASE_URL === undefined
    ? readModels
    : createPostgresClient({
        connectionString: config.BZ_DATABASE_URL,
        applicationName: "bz-query-api",
        max: config.BZ_PG_POOL_SIZE,
      });
const store = await createSqlEventStore(storeSql);
const auth = createTokenVerifier({
  issuer: config.BZ_AUTH_ISSUER,
  audience: config.BZ_AUTH_AUDIENCE,
  ...(config.BZ_AUTH_JWKS.startsWith("https://")
    ? { jwksUrl: config.BZ_AUTH_JWKS }
    : { jwksFile: config.BZ_AUTH_JWKS }),
});
const ops = serverOpsSources(config, readModels, storeSql, logger);
const app = await buildQueryApi({
  readModels,
  store,
  auth,
  logger,
  ...(ops === undefined ? {} : { ops: ops.sources }),
  access: {
    relationshipGraceMs: config.BZ_RELATIONSHIP_GRACE_DAYS * 86_400_000,
    breakGlassMaxMs: config.BZ_BREAK_GLASS_HOURS * 3_600_000,
  },
  analysts: {
    catalogue: loadCatalogue(),
    // Analysts present a token with the ANALYST role; BZ_ANALYST_API_KEYS adds keys for BI scripts.
    authorizeAnalyst: analystAuthorizer(
      config.BZ_ANALYST_API_KEYS === "" ? undefined : apiKeyAnalystAuthorizer(config.BZ_ANALYST_API_KEYS),
    ),
    publication: {
      k: config.BZ_SUPPRESSION_K,
      p: config.BZ_SUPPRESSION_P,
      basis: config.BZ_ANALYTICS_BASIS,
      freezeSuppression: config.BZ_WARD_FREEZE_SUPPRESSION === "true",
    },
    refreshMs: config.BZ_WARD_REFRESH_SECONDS * 1000,
    // Analysts get the figures published so far while a republication runs; each names its position.
    serveWhileRepublishing: true,
  },
});
await app.listen({ host: "0.0.0.0", port: config.BZ_HTTP_PORT });
logger.info({ port: config.BZ_HTTP_PORT }, "query API running");

stopOnSignals(logger, async () => {
  await app.close();
  await store.close();
  if (storeSql !== readModels) await storeSql.close();
  await ops?.close();
  await readModels.close();
});
