import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { env, kafkaConnection, loadConfig, withKafkaConnection } from "@bz/config";
import { isBzError } from "@bz/errors";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const schema = z.object({
  BZ_PORT: env.port(8080),
  BZ_KAFKA_BROKERS: env.brokers(),
  BZ_PSEUDONYM_KEY: z.string().min(32, "expected at least 32 characters"),
});

describe("loadConfig", () => {
  it("parses valid variables and applies defaults", () => {
    const config = loadConfig(schema, { BZ_KAFKA_BROKERS: "a:1,b:2", BZ_PSEUDONYM_KEY: "k".repeat(32) });
    expect(config).toEqual({
      BZ_PORT: 8080,
      BZ_KAFKA_BROKERS: ["a:1", "b:2"],
      BZ_PSEUDONYM_KEY: "k".repeat(32),
    });
  });

  it("names each bad variable, its value and what is expected, and hides secrets", () => {
    let caught: unknown;
    try {
      loadConfig(schema, { BZ_PORT: "eighty", BZ_KAFKA_BROKERS: "localhost", BZ_PSEUDONYM_KEY: "short" });
    } catch (error) {
      caught = error;
    }
    expect(isBzError(caught, "CONFIG_INVALID")).toBe(true);
    const message = (caught as Error).message;
    expect(message).toContain('BZ_PORT is "eighty": expected a port number');
    expect(message).toContain('BZ_KAFKA_BROKERS is "localhost": expected host:port');
    expect(message).toContain("BZ_PSEUDONYM_KEY is set (value hidden): expected at least 32 characters");
    expect(message).not.toContain("short");
  });

  it("says when a required variable is not set", () => {
    expect(() => loadConfig(schema, { BZ_PSEUDONYM_KEY: "k".repeat(32) })).toThrow(
      /BZ_KAFKA_BROKERS is not set/,
    );
  });

  it("picks the Kafka client from BZ_KAFKA_CLIENT and refuses any other name, saying which are allowed", () => {
    const clientSchema = z.object({ BZ_KAFKA_CLIENT: env.kafkaClient() });
    expect(loadConfig(clientSchema, {}).BZ_KAFKA_CLIENT).toBe("kafkajs");
    expect(loadConfig(clientSchema, { BZ_KAFKA_CLIENT: "platformatic" }).BZ_KAFKA_CLIENT).toBe(
      "platformatic",
    );
    expect(() => loadConfig(clientSchema, { BZ_KAFKA_CLIENT: "rdkafka" })).toThrow(
      /BZ_KAFKA_CLIENT is "rdkafka": expected platformatic or kafkajs/,
    );
  });
});

describe("Kafka connection variables", () => {
  const schema = withKafkaConnection({ BZ_PORT: env.port(8080) });

  it("gives no SASL and no TLS when none is set (the loopback listener)", () => {
    const config = loadConfig(schema, { BZ_KAFKA_BROKERS: "127.0.0.1:9092" });
    expect(kafkaConnection(config)).toEqual({ brokers: ["127.0.0.1:9092"] });
  });

  it("gives SCRAM-SHA-512 credentials and TLS with the given CA", () => {
    const dir = mkdtempSync(join(tmpdir(), "bz-config-"));
    const ca = join(dir, "broker.pem");
    writeFileSync(ca, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    const config = loadConfig(schema, {
      BZ_KAFKA_BROKERS: "kafka:9095",
      BZ_KAFKA_SASL_USERNAME: "partner-trajekt",
      BZ_KAFKA_SASL_PASSWORD: "s3cret",
      BZ_KAFKA_TLS_CA_FILE: ca,
    });
    expect(kafkaConnection(config)).toEqual({
      brokers: ["kafka:9095"],
      sasl: { mechanism: "scram-sha-512", username: "partner-trajekt", password: "s3cret" },
      tls: { ca: [readFileSync(ca, "utf8")] },
    });
    rmSync(dir, { recursive: true });
  });

  it("names a user name without password, an unknown mechanism and an unreadable CA, hiding the password", () => {
    let caught: unknown;
    try {
      loadConfig(schema, {
        BZ_KAFKA_BROKERS: "kafka:9094",
        BZ_KAFKA_SASL_USERNAME: "recorder",
        BZ_KAFKA_SASL_MECHANISM: "gssapi",
        BZ_KAFKA_TLS_CA_FILE: "/nonexistent/broker.pem",
      });
    } catch (error) {
      caught = error;
    }
    expect(isBzError(caught, "CONFIG_INVALID")).toBe(true);
    const message = (caught as Error).message;
    expect(message).toContain('BZ_KAFKA_SASL_MECHANISM is "gssapi": expected one of scram-sha-512');
    expect(message).toContain("BZ_KAFKA_TLS_CA_FILE");
    expect(message).toContain("cannot read /nonexistent/broker.pem");
    expect(() => loadConfig(schema, { BZ_KAFKA_BROKERS: "kafka:9094", BZ_KAFKA_SASL_PASSWORD: "x" })).toThrow(
      /BZ_KAFKA_SASL_USERNAME is not set: set BZ_KAFKA_SASL_USERNAME and BZ_KAFKA_SASL_PASSWORD together/,
    );
  });
});
