// The simulator's CLI takes the Kafka connection from validated configuration, as every service:
// a SASL user name without its password is refused before anything connects, naming the variable.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));

describe("simulator CLI configuration", () => {
  it("refuses half a SASL login with exit 78 naming BZ_KAFKA_SASL_PASSWORD", () => {
    const run = spawnSync(process.execPath, [cli, "backfill", "--from", "2025-01", "--to", "2025-01"], {
      env: {
        PATH: process.env.PATH ?? "",
        BZ_KAFKA_BROKERS: "127.0.0.1:1",
        BZ_PSEUDONYM_KEYS: `k1=${randomBytes(32).toString("base64")}`,
        BZ_KAFKA_SASL_USERNAME: "simulator",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain("BZ_KAFKA_SASL_PASSWORD");
  });

  it("refuses a TLS CA file that does not exist, naming it", () => {
    const run = spawnSync(process.execPath, [cli, "live"], {
      env: {
        PATH: process.env.PATH ?? "",
        BZ_KAFKA_BROKERS: "127.0.0.1:1",
        BZ_PSEUDONYM_KEYS: `k1=${randomBytes(32).toString("base64")}`,
        BZ_KAFKA_TLS_CA_FILE: "/nonexistent/broker.pem",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain("/nonexistent/broker.pem");
  });
});
