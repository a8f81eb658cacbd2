import { createAccessLog } from "@bz/access-log";
import { authenticate, createSqlTokenRevocations, type TokenVerifier } from "@bz/auth";
import { accessStateProjection, readProjectedAccess } from "@bz/consent";
import type { EventStore } from "@bz/event-store";
import { createHttpApp, type HttpApp } from "@bz/http";
import { createMetricsRegistry, Histogram, type Logger, type Registry } from "@bz/observability";
import { timelineProjection } from "@bz/projections";
import type { SqlClient } from "@bz/sql";
import { createBreakGlassLog } from "./break-glass.ts";
import { breakGlassRoutes } from "./break-glass-routes.ts";
import { type AccessSettings, defaultAccessSettings } from "./client-access.ts";
import { createClientHistoryReader } from "./client-history.ts";
import { consentRoutes } from "./consent-routes.ts";
import { dashboardRoutes } from "./dashboard-routes.ts";
import { opsRoutes } from "./ops/ops-routes.ts";
import type { OpsSources } from "./ops/ops-sources.ts";
import { timelineRoutes } from "./timeline-routes.ts";
import { tokenRevocationRoutes } from "./token-revocation-routes.ts";
import { type WardRoutesOptions, wardRoutes } from "./ward-routes.ts";

/** Everything the query API is built from. */
export interface QueryApiDeps {
  readModels: SqlClient;
  /** The event store: consent state and care relationships are read from it at query time. */
  store: EventStore;
  /** Verifies bearer tokens: who is asking comes only from verified claims. */
  auth: TokenVerifier;
  logger: Logger;
  /** A registry shared with other services in one process (the embedded platform); own one otherwise. */
  metrics?: Registry;
  /** Care-relationship grace and break-glass limit; defaults 30 days and 24 hours. */
  access?: Partial<AccessSettings>;
  /** What the ops page reads (event log offsets, dead letters, checkpoints, health); no /v1/ops without it. */
  ops?: OpsSources;
  /** Analyst routes (ward figures); absent = not served. */
  analysts?: Omit<WardRoutesOptions, "readModels">;
}

/** The query API: consent-filtered, access-logged client timelines, with OpenAPI at /docs and ops endpoints. */
export async function buildQueryApi(deps: QueryApiDeps): Promise<HttpApp> {
  const registry = deps.metrics ?? createMetricsRegistry("query-api");
  const latency = new Histogram({
    name: "bz_query_request_seconds",
    help: "Query API response time by route",
    labelNames: ["route", "status"],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [registry],
  });
  const app = await createHttpApp({
    logger: deps.logger,
    metrics: registry,
    title: "Blauwe Zorg query API",
    description: "Client timelines across the partners of the four Maastricht-Oost wards.",
    ready: async () => {
      await deps.readModels.query("select 1");
      return true;
    },
    securitySchemes: {
      bearerAuth: {
        type: "http",
        scheme: "bearer",
        bearerFormat: "JWT",
        description:
          "A JWT signed by a key in the configured JWKS (EdDSA or ES256), with the configured issuer and audience; claims jti (required: what a revocation names), bz_kind (staff|client), sub, bz_org, bz_roles, bz_on_behalf_of, bz_professional_role, or bz_subject for a client; a revoked token is refused with 401 AUTH_REVOKED_TOKEN",
      },
    },
  });
  app.addHook("onResponse", async (request, reply) => {
    latency.observe(
      { route: request.routeOptions.url ?? "unknown", status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  // Who is asking: only from a verified bearer token that is not on the deny list, read for every
  // request so a revocation applies to the next one (routes call requirePrincipal/requireRole).
  const revocations = await createSqlTokenRevocations(deps.readModels);
  app.addHook("onRequest", authenticate(deps.auth, revocations));
  // A query API started before the projector answers empty timelines instead of failing.
  await timelineProjection.migrate(deps.readModels);
  const accessLog = await createAccessLog(deps.readModels);
  const breakGlass = await createBreakGlassLog(deps.readModels);
  const settings = { ...defaultAccessSettings, ...deps.access };
  // A client's read starts from the projected access state and folds the stream's newer events.
  await accessStateProjection.migrate(deps.readModels);
  const history = createClientHistoryReader(deps.store, {
    base: (subject) => readProjectedAccess(deps.readModels, subject),
  });
  const routeDeps = { readModels: deps.readModels, history, accessLog, breakGlass, settings };
  await app.register(timelineRoutes(routeDeps));
  await app.register(consentRoutes(routeDeps));
  await app.register(breakGlassRoutes(routeDeps));
  await app.register(tokenRevocationRoutes(revocations));
  await app.register(dashboardRoutes());
  if (deps.ops !== undefined)
    await app.register(opsRoutes(deps.ops, deps.logger.child({ component: "ops" })));
  if (deps.analysts !== undefined)
    await app.register(wardRoutes({ ...deps.analysts, readModels: deps.readModels }));
  return app;
}
