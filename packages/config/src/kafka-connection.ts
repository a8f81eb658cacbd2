import { readFileSync } from "node:fs";
import { z } from "zod";
import { env } from "./fields.ts";

const mechanisms = ["scram-sha-512", "scram-sha-256", "plain"] as const;

/**
 * The variables every service that reaches Kafka shares (ADR 0040). Without SASL variables a
 * client connects anonymously, which the platform's broker allows only on its loopback listener.
 */
export const kafkaConnectionFields = {
  BZ_KAFKA_BROKERS: env.brokers(),
  BZ_KAFKA_SASL_MECHANISM: z
    .enum(mechanisms, { error: `expected one of ${mechanisms.join(", ")}` })
    .default("scram-sha-512"),
  BZ_KAFKA_SASL_USERNAME: z.string().min(1, "expected the principal's user name").optional(),
  BZ_KAFKA_SASL_PASSWORD: z.string().min(1, "expected the principal's password").optional(),
  BZ_KAFKA_TLS: z
    .enum(["true", "false"], { error: "expected true or false" })
    .default("false")
    .transform((value) => value === "true"),
  /** PEM file of the certificate(s) to trust, e.g. the broker's own from infra/kafka (tls/broker.pem). */
  BZ_KAFKA_TLS_CA_FILE: z
    .string()
    .min(1)
    .transform((path, ctx) => {
      try {
        const pem = readFileSync(path, "utf8");
        if (!pem.includes("-----BEGIN CERTIFICATE-----")) {
          ctx.addIssue({ code: "custom", message: `${path} holds no PEM certificate` });
          return z.NEVER;
        }
        return pem;
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `cannot read ${path}: ${(error as Error).message}` });
        return z.NEVER;
      }
    })
    .optional(),
};

type KafkaConnectionConfig = {
  BZ_KAFKA_BROKERS: string[];
  BZ_KAFKA_SASL_MECHANISM: (typeof mechanisms)[number];
  BZ_KAFKA_SASL_USERNAME?: string | undefined;
  BZ_KAFKA_SASL_PASSWORD?: string | undefined;
  BZ_KAFKA_TLS: boolean;
  BZ_KAFKA_TLS_CA_FILE?: string | undefined;
};

/**
 * The check {@link withKafkaConnection} adds (user name needs password), for a schema that extends
 * {@link kafkaConnectionFields} itself: `schema.superRefine(checkKafkaCredentials)`.
 */
export function checkKafkaCredentials(config: object, ctx: z.RefinementCtx): void {
  const { BZ_KAFKA_SASL_USERNAME: user, BZ_KAFKA_SASL_PASSWORD: password } =
    config as Partial<KafkaConnectionConfig>;
  if ((user === undefined) !== (password === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: [user === undefined ? "BZ_KAFKA_SASL_USERNAME" : "BZ_KAFKA_SASL_PASSWORD"],
      message: "set BZ_KAFKA_SASL_USERNAME and BZ_KAFKA_SASL_PASSWORD together, or neither",
    });
  }
}

/** A service schema with the Kafka connection variables, checked together (user name needs password). */
export function withKafkaConnection<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({ ...shape, ...kafkaConnectionFields }).superRefine(checkKafkaCredentials);
}

/** What the event log's Kafka adapter takes, from validated configuration. */
export interface KafkaConnection {
  brokers: string[];
  sasl?: { mechanism: (typeof mechanisms)[number]; username: string; password: string };
  tls?: boolean | { ca: string[] };
}

/** The Kafka adapter's connection options from a configuration loaded with {@link withKafkaConnection}. */
export function kafkaConnection(config: KafkaConnectionConfig): KafkaConnection {
  const { BZ_KAFKA_SASL_USERNAME: username, BZ_KAFKA_SASL_PASSWORD: password } = config;
  const ca = config.BZ_KAFKA_TLS_CA_FILE;
  return {
    brokers: config.BZ_KAFKA_BROKERS,
    ...(username !== undefined && password !== undefined
      ? { sasl: { mechanism: config.BZ_KAFKA_SASL_MECHANISM, username, password } }
      : {}),
    ...(ca !== undefined ? { tls: { ca: [ca] } } : config.BZ_KAFKA_TLS ? { tls: true } : {}),
  };
}
