import "./provided.ts";
import { createRequire } from "node:module";
import type { TestProject } from "vitest/node";
import { dockerForRun, eventStoreDbForRun, startPostgresContainer } from "./containers.ts";
import { type StartedKafka, startKafkaBroker } from "./kafka-broker.ts";

// vitest loads a global set-up in its own process, where a bare import of a dependency resolves from
// vitest's folder, not this package's (pnpm keeps them apart); require it from here instead.
const pg = createRequire(import.meta.url)("pg") as typeof import("pg");

const defaultAdminUrl = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Starts one real Kafka broker for the whole run (or uses the one named by KAFKA_BROKERS) and checks
 * that the real PostgreSQL server answers (DATABASE_URL overrides the default 127.0.0.1:5432).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  let adminUrl = process.env.DATABASE_URL ?? defaultAdminUrl;
  const problem = await postgresProblem(adminUrl);
  if (problem !== undefined) {
    // No server on the default address: a Docker host gets one from testcontainers.
    const docker = process.env.DATABASE_URL === undefined ? await dockerForRun() : undefined;
    if (docker?.reachable !== true) {
      throw new Error(
        `PostgreSQL at ${adminUrl} does not answer (${problem}); start it or set DATABASE_URL to a server the tests may create databases on`,
      );
    }
    const started = await startPostgresContainer();
    stops.push(started.stop);
    adminUrl = started.url;
  }

  // EventStoreDB: EVENTSTORE_URL, a KurrentDB container, or one reason its tests are skipped.
  const eventStore = await eventStoreDbForRun();
  if (eventStore.url !== undefined) stops.push(eventStore.stop);
  project.provide("eventStoreUrl", eventStore.url ?? "");
  project.provide("eventStoreSkipReason", eventStore.url === undefined ? eventStore.reason : "");

  let started: StartedKafka | undefined;
  let brokers = process.env.KAFKA_BROKERS;
  if (brokers === undefined || brokers === "") {
    started = await startKafkaBroker();
    brokers = started.brokers;
  }
  project.provide("kafkaBrokers", brokers);
  project.provide("postgresAdminUrl", adminUrl);
  project.provide("kafkaDataDir", started?.dataDir ?? "");
  project.provide("kafkaSasl", started === undefined ? "" : JSON.stringify(started.sasl));
  return async () => {
    await started?.stop();
    for (const stop of stops.reverse()) await stop();
  };
}

async function postgresProblem(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    return String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
