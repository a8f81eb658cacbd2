import { createAccessLog } from "@bz/access-log";
import { createHttpApp, type HttpApp } from "@bz/http";
import { createMetricsRegistry, Histogram, type Logger, type Registry } from "@bz/observability";
import { timelineProjection } from "@bz/projections";
import type { SqlClient } from "@bz/sql";
import { timelineRoutes } from "./timeline-routes.ts";
import { type WardRoutesOptions, wardRoutes } from "./ward-routes.ts";

/** Everything the query API is built from. */
export interface QueryApiDeps {
  readModels: SqlClient;
  logger: Logger;
  /** A registry shared with other services in one process (the embedded platform); own one otherwise. */
  metrics?: Registry;
  /** Analyst routes (ward figures); absent = not served. */
  analysts?: Omit<WardRoutesOptions, "readModels">;
}

/** The query API: access-logged client timelines, with OpenAPI at /docs and ops endpoints. */
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
  });
  app.addHook("onResponse", async (request, reply) => {
    latency.observe(
      { route: request.routeOptions.url ?? "unknown", status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  // A query API started before the projector answers empty timelines instead of failing.
  await timelineProjection.migrate(deps.readModels);
  const accessLog = await createAccessLog(deps.readModels);
  await app.register(timelineRoutes(deps.readModels, accessLog));
  if (deps.analysts !== undefined)
    await app.register(wardRoutes({ ...deps.analysts, readModels: deps.readModels }));
  return app;
}
