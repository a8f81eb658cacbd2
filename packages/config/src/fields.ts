import { z } from "zod";

/** Reusable variable types with messages that say what is expected. */
export const env = {
  /** A TCP port, 1-65535 (0 lets the OS choose). */
  port: (fallback: number) =>
    z.coerce
      .number({ error: "expected a port number" })
      .int("expected a whole port number")
      .min(0, "expected a port from 0 to 65535")
      .max(65535, "expected a port from 0 to 65535")
      .default(fallback),
  /** A comma-separated list of host:port pairs. */
  brokers: () =>
    z
      .string({ error: "expected host:port[,host:port...]" })
      .regex(/^[^\s,:]+:\d+(,[^\s,:]+:\d+)*$/, "expected host:port[,host:port...], e.g. 127.0.0.1:9092")
      .transform((value) => value.split(",")),
  /** The Kafka client library of the event log (BZ_KAFKA_CLIENT); ADR 0055 gives the default. */
  kafkaClient: () =>
    z.enum(["platformatic", "kafkajs"], { error: "expected platformatic or kafkajs" }).default("kafkajs"),
  /** A postgres:// or postgresql:// URL. */
  postgresUrl: () =>
    z
      .string({ error: "expected a postgres:// URL" })
      .regex(/^postgres(ql)?:\/\//, "expected a URL starting with postgres:// or postgresql://"),
  /** A positive whole number. */
  positiveInt: (fallback: number) =>
    z.coerce
      .number({ error: "expected a number" })
      .int("expected a whole number")
      .positive("expected a number above 0")
      .default(fallback),
  /** A topic-name suffix for side-by-side environments on one cluster: empty, or e.g. `.staging`. */
  topicSuffix: () =>
    z
      .string()
      .regex(/^(\.[a-z0-9-]+)?$/, "expected empty or a suffix like .staging (a dot, then a-z, 0-9 or -)")
      .default(""),
  /** pino's level names. */
  logLevel: () => z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
};
