import { setTimeout as sleep } from "node:timers/promises";
import { BzError } from "@bz/errors";

const unavailableNames = new Set([
  "KafkaJSConnectionError",
  "KafkaJSConnectionClosedError",
  "KafkaJSRequestTimeoutError",
  "KafkaJSNoBrokerAvailableError",
  "KafkaJSBrokerNotFound",
  "KafkaJSGroupCoordinatorNotFound",
  "KafkaJSLockTimeout",
]);

/** The error and its causes, outermost first (kafkajs wraps retried errors in `cause`). */
function causes(error: unknown): { name?: unknown; type?: unknown }[] {
  const chain: { name?: unknown; type?: unknown }[] = [];
  let current: unknown = error;
  while (typeof current === "object" && current !== null && chain.length < 10) {
    chain.push(current as { name?: unknown; type?: unknown });
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/**
 * Turns a kafkajs error into the port's error where the port has one: broker unreachable →
 * LOG_UNAVAILABLE (retryable), unknown topic → LOG_UNKNOWN_TOPIC. Anything else is unexpected and
 * passes through unchanged.
 */
export function translateKafkaError(error: unknown, action: string, brokers: string[]): unknown {
  if (error instanceof BzError) return error;
  const chain = causes(error);
  if (chain.some((cause) => cause.type === "UNKNOWN_TOPIC_OR_PARTITION")) {
    return new BzError("LOG_UNKNOWN_TOPIC", `${action}: the topic does not exist on Kafka; create it first`, {
      cause: error,
    });
  }
  if (chain.some((cause) => typeof cause.name === "string" && unavailableNames.has(cause.name))) {
    return new BzError(
      "LOG_UNAVAILABLE",
      `${action}: Kafka at ${brokers.join(",")} cannot be reached; check that the brokers run and the address is right, then retry`,
      { retryable: true, cause: error, details: { brokers } },
    );
  }
  return error;
}

/**
 * Runs `operation`, retrying it while it fails with an error kafkajs marks retriable (a coordinator
 * still loading or just moved: kafkajs' admin fetchOffsets does not retry those itself), then
 * throws its error translated by {@link translateKafkaError}.
 */
export async function translatingKafkaErrors<T>(
  action: string,
  brokers: string[],
  operation: () => Promise<T>,
  attempts = 8,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const retriable = (error as { name?: unknown; retriable?: unknown }).retriable === true;
      if (
        !retriable ||
        attempt >= attempts ||
        (error as { name?: unknown }).name !== "KafkaJSProtocolError"
      ) {
        throw translateKafkaError(error, action, brokers);
      }
      await sleep(Math.min(100 * 2 ** (attempt - 1), 2_000));
    }
  }
}
