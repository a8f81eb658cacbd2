import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.ts";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..", "..");
const kafkaScript = join(repoRoot, "infra", "kafka", "kafka.sh");

/** A single-node KRaft broker started from the project's Maven jars. */
export interface StartedKafka {
  brokers: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts a fresh broker on free loopback ports with its own data folder, and waits until it is
 * ready. The folder (and the broker's log, under logs/) is removed by `stop()`.
 */
export async function startKafkaBroker(): Promise<StartedKafka> {
  const dataDir = mkdtempSync(join(tmpdir(), "bz-kafka-"));
  const port = await freePort();
  const controllerPort = await freePort();
  const { stdout } = await run(kafkaScript, ["start", dataDir, String(port), String(controllerPort)], {
    timeout: 120_000,
  });
  return {
    brokers: stdout.trim(),
    dataDir,
    async stop() {
      await run(kafkaScript, ["stop", dataDir], { timeout: 60_000 });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
