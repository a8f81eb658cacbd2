import { env, loadConfig } from "@bz/config";
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
