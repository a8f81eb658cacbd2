import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.ts";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..", "..");
const kafkaScript = join(repoRoot, "infra", "kafka", "kafka.sh");

/** The broker's authenticated listeners and the SCRAM credentials made when it was formatted. */
export interface KafkaSaslAccess {
  /** SASL_PLAINTEXT (SCRAM-SHA-512) bootstrap server. */
  brokers: string;
  /** SASL_SSL (SCRAM-SHA-512 over TLS) bootstrap server. */
  tlsBrokers: string;
  /** PEM of the broker's self-signed certificate, for clients to trust. */
  ca: string;
  /** Password of each SCRAM user, `admin` (a super user) included. */
  passwords: Record<string, string>;
}

/** A single-node KRaft broker started from the project's Maven jars. */
export interface StartedKafka {
  /** The loopback PLAINTEXT listener (anonymous, a super user: ADR 0040). */
  brokers: string;
  sasl: KafkaSaslAccess;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The SCRAM users a test broker gets when it is formatted (no round trip): the recorder, and for each
 * partner folder in contracts/partners its own principal and the gateway's on its behalf, the
 * operators' tools' `ops`, named as
 * @bz/kafka-access names them (its tests check that these cover its plan), plus two spares.
 */
export function testScramUsers(): string[] {
  const slugs = readdirSync(join(repoRoot, "contracts", "partners"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return ["recorder", "ops", "stranger", ...slugs.flatMap((slug) => [`partner-${slug}`, `gateway-${slug}`])];
}

/**
 * Starts a fresh broker on free loopback ports with its own data folder, and waits until it is
 * ready. The folder (and the broker's log, under logs/) is removed by `stop()`.
 */
export async function startKafkaBroker(scramUsers: string[] = testScramUsers()): Promise<StartedKafka> {
  const dataDir = mkdtempSync(join(tmpdir(), "bz-kafka-"));
  const [port, controllerPort, saslPort, tlsPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const stop = async () => {
    await run(kafkaScript, ["stop", dataDir], { timeout: 60_000 });
    rmSync(dataDir, { recursive: true, force: true });
  };
  const { stdout } = await run(
    kafkaScript,
    ["start", dataDir, String(port), String(controllerPort), String(saslPort), String(tlsPort)],
    { timeout: 180_000, env: { ...process.env, KAFKA_SCRAM_USERS: scramUsers.join(" ") } },
  ).catch(async (error: unknown) => {
    // A start that timed out leaves a JVM behind: stop it rather than orphan it.
    await stop().catch(() => undefined);
    throw error;
  });
  const passwords = Object.fromEntries(
    readFileSync(join(dataDir, "scram-credentials"), "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return {
    brokers: stdout.trim(),
    sasl: {
      brokers: `127.0.0.1:${saslPort}`,
      tlsBrokers: `127.0.0.1:${tlsPort}`,
      ca: readFileSync(join(dataDir, "tls", "broker.pem"), "utf8"),
      passwords,
    },
    dataDir,
    stop,
  };
}
