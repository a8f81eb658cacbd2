// Real infrastructure for the benchmarks, from the vitest-free part of the test kit.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase, type DroppableDatabase, startKafkaBroker } from "@bz/testkit/infra";
import pg from "pg";

export const repoRoot = join(import.meta.dirname, "..", "..", "..", "..");

/** A database of the benchmark's own, dropped by `drop()` even with connections open. */
export type BenchDatabase = DroppableDatabase;

/** Kafka brokers and the PostgreSQL server the benchmarks run against. */
export interface BenchInfra {
  brokers: string;
  /** True when the harness started the broker (not a shared one from KAFKA_BROKERS). */
  ownBroker: boolean;
  adminUrl: string;
  createDatabase(): Promise<BenchDatabase>;
  /** A fresh temporary folder, removed on stop. */
  tempDir(prefix: string): string;
  /** A name unique to this process, for topics and groups. */
  uniqueName(prefix: string): string;
  stop(): Promise<void>;
}

/** Uses KAFKA_BROKERS when set, else starts a broker of its own (stopped by `stop()`). */
export async function startInfra(adminUrl: string, log: (message: string) => void): Promise<BenchInfra> {
  const folders: string[] = [];
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    folders.push(dir);
    return dir;
  };
  let brokers = process.env.KAFKA_BROKERS ?? "";
  let stopBroker: (() => Promise<void>) | undefined;
  if (brokers === "") {
    log("starting a Kafka broker");
    const broker = await startKafkaBroker();
    brokers = broker.brokers;
    log(`Kafka broker on ${brokers}`);
    stopBroker = () => broker.stop();
  }
  const suffix = randomBytes(3).toString("hex");
  let counter = 0;
  return {
    brokers,
    ownBroker: stopBroker !== undefined,
    adminUrl,
    tempDir,
    uniqueName: (prefix) => `${prefix}-bench-${suffix}-${++counter}`,
    createDatabase: () => createDatabase(adminUrl, "bz_bench"),
    async stop() {
      await stopBroker?.();
      for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The Kafka version of the project's broker, from its jar name in infra/kafka/libs. */
export function kafkaVersion(): string {
  try {
    const jar = readdirSync(join(repoRoot, "infra", "kafka", "libs")).find((f) =>
      /^kafka_[\d.]+-.+\.jar$/.test(f),
    );
    return jar?.replace(/^kafka_[\d.]+-/, "").replace(/\.jar$/, "") ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** The server's `select version()`. */
export function postgresVersion(adminUrl: string): Promise<string> {
  return withAdmin(adminUrl, async (client) => {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version') as v");
    return rows[0]?.v ?? "unknown";
  });
}
