import { env, kafkaConnection, kafkaConnectionFields } from "@bz/config";
import { partnerTopics } from "@bz/dead-letters";
import { createKafkaEventLog, type EventLog } from "@bz/event-log";
import type { Logger } from "@bz/observability";
import type { SqlClient } from "@bz/sql";
import { z } from "zod";
import { sqlEventStoreHead } from "./event-store-head.ts";
import { opsRoleAuthoriser } from "./ops-role-authoriser.ts";
import type { ComponentCheck, OpsSources } from "./ops-sources.ts";
import { recorderDeadLetters } from "./recorder-dead-letters.ts";

const component = /^([a-z][a-z0-9-]{0,39})=(https?:\/\/[^\s,]+)$/;

/**
 * The ops page's configuration in server mode; without BZ_KAFKA_BROKERS there is no ops page. On an
 * authenticated broker it connects as the `ops` principal (BZ_KAFKA_SASL_*, BZ_KAFKA_TLS*, ADR
 * 0040); a schema extending this one adds `.superRefine(checkKafkaCredentials)` from @bz/config.
 */
export const serverOpsConfig = z.object({
  ...kafkaConnectionFields,
  BZ_KAFKA_BROKERS: env.brokers().optional(),
  BZ_TOPIC_SUFFIX: env.topicSuffix(),
  BZ_RECORDER_GROUP: z.string().min(1).default("bz-recorder"),
  BZ_OPS_COMPONENTS: z
    .string()
    .default("")
    .refine((value) => value === "" || value.split(",").every((part) => component.test(part.trim())), {
      message:
        "expected name=http://host:port[,name=http://host:port...], e.g. recorder=http://127.0.0.1:9101",
    })
    .describe("Services whose /ready the ops page shows"),
});

/** The ops sources of a query API in server mode, and how to close what they opened. */
export function serverOpsSources(
  config: z.output<typeof serverOpsConfig>,
  readModels: SqlClient,
  /** The event store's database (the query API's own pool), for projection lag. */
  eventStore: SqlClient,
  logger: Logger,
): { sources: OpsSources; close(): Promise<void> } | undefined {
  const brokers = config.BZ_KAFKA_BROKERS;
  if (brokers === undefined) return undefined;
  const log: EventLog = createKafkaEventLog({
    ...kafkaConnection({ ...config, BZ_KAFKA_BROKERS: brokers }),
    clientId: "bz-query-api-ops",
    logger,
  });
  const components: ComponentCheck[] = config.BZ_OPS_COMPONENTS.split(",")
    .map((part) => component.exec(part.trim()))
    .filter((match) => match !== null)
    .map(([, name = "", url = ""]) => ({
      name,
      ready: async () => (await fetch(new URL("/ready", url), { signal: AbortSignal.timeout(2000) })).ok,
    }));
  components.unshift({
    name: "read models",
    ready: async () => (await readModels.query("select 1")).rows.length === 1,
  });
  return {
    sources: {
      offsets: log,
      topics: partnerTopics(config.BZ_TOPIC_SUFFIX),
      recorderGroup: config.BZ_RECORDER_GROUP,
      deadLetters: recorderDeadLetters(log),
      readModels,
      eventStoreHead: sqlEventStoreHead(eventStore),
      components,
      authorise: opsRoleAuthoriser,
    },
    async close() {
      await log.close();
    },
  };
}
