import { z } from "zod";
import { env } from "./fields.ts";

/** Which event store a server-mode service records into or reads from. */
export type EventStoreChoice =
  | { kind: "postgres"; connectionString: string }
  | { kind: "eventstoredb"; connectionString: string };

/** `BZ_EVENT_STORE` and `BZ_EVENTSTORE_URL`, for a service's schema; pair with {@link requireEventStoreUrl}. */
export const eventStoreFields = {
  BZ_EVENT_STORE: z
    .enum(["postgres", "eventstoredb"], { error: "expected postgres or eventstoredb" })
    .default("postgres"),
  BZ_EVENTSTORE_URL: z
    .string()
    .regex(
      /^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\//,
      "expected a kurrentdb:// URL, e.g. kurrentdb://127.0.0.1:2113?tls=false",
    )
    .optional(),
  BZ_DATABASE_URL: env.postgresUrl().optional(),
};

interface EventStoreVariables {
  BZ_EVENT_STORE: "postgres" | "eventstoredb";
  BZ_EVENTSTORE_URL?: string | undefined;
  BZ_DATABASE_URL?: string | undefined;
}

/** A superRefine: the chosen store's URL must be set (BZ_DATABASE_URL for postgres, BZ_EVENTSTORE_URL for eventstoredb). */
export function requireEventStoreUrl(config: EventStoreVariables, ctx: z.RefinementCtx): void {
  if (config.BZ_EVENT_STORE === "eventstoredb" && config.BZ_EVENTSTORE_URL === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["BZ_EVENTSTORE_URL"],
      message: "required when BZ_EVENT_STORE is eventstoredb, e.g. kurrentdb://127.0.0.1:2113?tls=false",
    });
  }
  if (config.BZ_EVENT_STORE === "postgres" && config.BZ_DATABASE_URL === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["BZ_DATABASE_URL"],
      message: "required when BZ_EVENT_STORE is postgres (the default): the event store's PostgreSQL URL",
    });
  }
}

/** The store a validated configuration chose. */
export function eventStoreChoice(config: EventStoreVariables): EventStoreChoice {
  if (config.BZ_EVENT_STORE === "eventstoredb") {
    return { kind: "eventstoredb", connectionString: config.BZ_EVENTSTORE_URL ?? "" };
  }
  return { kind: "postgres", connectionString: config.BZ_DATABASE_URL ?? "" };
}
