// Real infrastructure for the benchmarks. @bz/testkit cannot be imported outside vitest (its
// index pulls in vitest's inject()), so the few pieces needed here are done directly.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);
export const repoRoot = join(import.meta.dirname, "..", "..", "..", "..");
const kafkaScript = join(repoRoot, "infra", "kafka", "kafka.sh");

/** A database of the benchmark's own, dropped by `drop()` even with connections open. */
export interface BenchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

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

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
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
    const dataDir = tempDir("bz-bench-kafka-");
    const port = await freePort();
    const controllerPort = await freePort();
    log(`starting a Kafka broker on 127.0.0.1:${port}`);
    const { stdout } = await run(kafkaScript, ["start", dataDir, String(port), String(controllerPort)], {
      timeout: 120_000,
    });
    brokers = stdout.trim();
    stopBroker = async () => {
      await run(kafkaScript, ["stop", dataDir], { timeout: 60_000 });
    };
  }
  const suffix = randomBytes(3).toString("hex");
  let counter = 0;
  return {
    brokers,
    ownBroker: stopBroker !== undefined,
    adminUrl,
    tempDir,
    uniqueName: (prefix) => `${prefix}-bench-${suffix}-${++counter}`,
    async createDatabase() {
      const name = `bz_bench_${randomBytes(6).toString("hex")}`;
      await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        name,
        url: url.toString(),
        drop: async () => {
          await withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
        },
      };
    },
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
