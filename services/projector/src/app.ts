import { accessStateProjection } from "@bz/consent";
import type { EventStore, Subscription } from "@bz/event-store";
import { createHttpApp, type HttpApp } from "@bz/http";
import { Counter, createMetricsRegistry, Gauge, type Logger, type Registry } from "@bz/observability";
import { type Projection, recordProjectionError, startProjection, timelineProjection } from "@bz/projections";
import type { SqlClient } from "@bz/sql";
import { wardProjection } from "@bz/ward-views";

/**
 * The read models the platform runs: client timelines, the ward views, and each client's access
 * state (where the query API's consent and care-relationship reads start).
 */
export const defaultProjections: readonly Projection[] = [
  timelineProjection,
  wardProjection,
  accessStateProjection,
];

/** Everything the projector is built from. */
export interface ProjectorDeps {
  store: EventStore;
  /** The read-model database (may be the event store's own). */
  readModels: SqlClient;
  logger: Logger;
  /** Default {@link defaultProjections}. */
  projections?: readonly Projection[];
  /** A registry shared with other services in one process (the embedded platform); own one otherwise. */
  metrics?: Registry;
}

/** The running projector with its ops endpoints. */
export interface ProjectorService {
  http: HttpApp;
  stop(): Promise<void>;
}

/**
 * Runs every projection from its own checkpoint. A projection that fails stops with the error
 * logged and the service reports not ready; restarting resumes from the last committed batch.
 */
export async function buildProjectorService(deps: ProjectorDeps): Promise<ProjectorService> {
  const registry = deps.metrics ?? createMetricsRegistry("projector");
  const checkpoint = new Gauge({
    name: "bz_projection_checkpoint",
    help: "Global position of the last event each projection applied",
    labelNames: ["projection"],
    registers: [registry],
  });
  const applied = new Counter({
    name: "bz_projection_events_applied_total",
    help: "Events applied to each read model",
    labelNames: ["projection"],
    registers: [registry],
  });
  const projections = deps.projections ?? defaultProjections;
  const failed = new Set<string>();
  const subscriptions: Subscription[] = [];
  for (const projection of projections) {
    const logger = deps.logger.child({ component: "projector", projection: projection.name });
    const subscription = await startProjection({
      store: deps.store,
      sql: deps.readModels,
      projection,
      onApplied: (position, count) => {
        checkpoint.set({ projection: projection.name }, Number(position));
        applied.inc({ projection: projection.name }, count);
      },
    });
    subscription.done.catch((error: unknown) => {
      failed.add(projection.name);
      logger.error({ err: error }, "projection stopped on an error");
      // Kept for `platform projections status`; a failure to record it is logged, not thrown.
      recordProjectionError(deps.readModels, projection.name, error).catch((recordError: unknown) =>
        logger.error({ err: recordError }, "could not record the projection's error"),
      );
    });
    subscriptions.push(subscription);
  }
  const http = await createHttpApp({
    logger: deps.logger,
    metrics: registry,
    title: "Blauwe Zorg projector",
    description: "Ops endpoints of the projector: health, readiness and Prometheus metrics.",
    ready: async () => failed.size === 0,
  });
  return {
    http,
    async stop() {
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
      await http.close();
    },
  };
}
