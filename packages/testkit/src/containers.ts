// Servers the test run starts with testcontainers where a Docker engine is reachable: KurrentDB
// (EventStoreDB) for its contract suite and e2e test, and PostgreSQL when none answers on the
// default address. Kafka keeps its own start (Maven Central jars), which needs no Docker at all.
import { createRequire } from "node:module";
import { type DockerProbe, probeDocker } from "./docker.ts";

// The global set-up runs in vitest's own process, where a bare import resolves from vitest's folder
// (see global-setup.ts); require the modules from this package instead, and only once Docker answered.
const require = createRequire(import.meta.url);

/** The KurrentDB image the run starts; the same one as infra/compose.yaml. */
export const kurrentDbImage = "kurrentplatform/kurrentdb:26.1.1";
const postgresImage = "postgres:15";

/** An EventStoreDB server for the run, or the one reason there is none. */
export type EventStoreDbForRun =
  | { url: string; started: boolean; stop(): Promise<void> }
  | { url: undefined; reason: string };

let docker: Promise<DockerProbe> | undefined;
/** Probes Docker once per process. */
export function dockerForRun(env: Record<string, string | undefined> = process.env): Promise<DockerProbe> {
  docker ??= probeDocker(env);
  return docker;
}

/**
 * EVENTSTORE_URL when set ("none" turns the suite off on a Docker host); else a KurrentDB container
 * when Docker answers; else the reason the EventStoreDB tests are skipped. A container that fails to
 * start fails the run: on a Docker host the suite is meant to run, so that is not a skip.
 */
export async function eventStoreDbForRun(
  env: Record<string, string | undefined> = process.env,
  docker: (env: Record<string, string | undefined>) => Promise<DockerProbe> = dockerForRun,
): Promise<EventStoreDbForRun> {
  const given = env.EVENTSTORE_URL ?? "";
  if (given === "none") return { url: undefined, reason: "EVENTSTORE_URL=none turns them off" };
  if (given !== "") return { url: given, started: false, stop: async () => undefined };
  const probe = await docker(env);
  if (!probe.reachable) {
    return {
      url: undefined,
      reason: `EVENTSTORE_URL is not set and ${probe.reason}. On a Docker host the run starts KurrentDB by itself; elsewhere set EVENTSTORE_URL=kurrentdb://host:2113?tls=false`,
    };
  }
  const { KurrentDbContainer } =
    require("@testcontainers/kurrentdb") as typeof import("@testcontainers/kurrentdb");
  const container = await new KurrentDbContainer(env.EVENTSTORE_IMAGE ?? kurrentDbImage)
    .withEnvironment({
      KURRENTDB_MEM_DB: "true",
      KURRENTDB_RUN_PROJECTIONS: "None",
      KURRENTDB_START_STANDARD_PROJECTIONS: "false",
    })
    .start()
    .catch((error: unknown) => {
      throw new Error(
        `Docker answers at ${JSON.stringify(probe.endpoint)}, but KurrentDB (${env.EVENTSTORE_IMAGE ?? kurrentDbImage}) did not start: ${String(error)}. Fix Docker, or set EVENTSTORE_URL=none to run without the EventStoreDB tests`,
      );
    });
  return {
    url: container.getConnectionString(),
    started: true,
    stop: () => container.stop().then(() => undefined),
  };
}

/** A PostgreSQL container for the run, as an admin URL the tests may create databases on. */
export async function startPostgresContainer(): Promise<{ url: string; stop(): Promise<void> }> {
  const { PostgreSqlContainer } =
    require("@testcontainers/postgresql") as typeof import("@testcontainers/postgresql");
  const container = await new PostgreSqlContainer(postgresImage)
    .withDatabase("postgres")
    .withUsername("postgres")
    .withPassword("postgres")
    .start();
  return { url: container.getConnectionUri(), stop: () => container.stop().then(() => undefined) };
}
