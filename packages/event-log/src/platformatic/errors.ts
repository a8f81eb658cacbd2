import { setTimeout as sleep } from "node:timers/promises";
import { BzError } from "@bz/errors";

interface ErrorLike {
  code?: unknown;
  apiId?: unknown;
  message?: unknown;
  canRetry?: unknown;
}

/** The error and every error inside it (AggregateError's `errors`, `cause`), breadth first. */
function allErrors(error: unknown): ErrorLike[] {
  const found: ErrorLike[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && found.length < 50) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null) continue;
    found.push(current as ErrorLike);
    const inner = (current as { errors?: unknown }).errors;
    if (Array.isArray(inner)) queue.push(...inner);
    queue.push((current as { cause?: unknown }).cause);
  }
  return found;
}

/** True when the broker (or the client, from fresh metadata) says the topic does not exist. */
export function isUnknownTopic(error: unknown): boolean {
  return allErrors(error).some(
    (e) =>
      e.apiId === "UNKNOWN_TOPIC_OR_PARTITION" ||
      (e.code === "PLT_KFK_USER" && typeof e.message === "string" && e.message.startsWith("Unknown topic")),
  );
}

/** True when the broker answered that a topic being created exists already. */
export function isTopicAlreadyThere(error: unknown): boolean {
  const errors = allErrors(error);
  return errors.length > 0 && errors.some((e) => e.apiId === "TOPIC_ALREADY_EXISTS");
}

const unavailableCodes = new Set(["PLT_KFK_NETWORK", "PLT_KFK_TIMEOUT", "ECONNREFUSED", "ECONNRESET"]);

/**
 * Turns a @platformatic/kafka error into the port's error where the port has one, as the kafkajs
 * adapter does: unknown topic → LOG_UNKNOWN_TOPIC; broker unreachable → LOG_UNAVAILABLE (retryable).
 * Anything else is unexpected and passes through unchanged.
 */
export function translatePlatformaticError(error: unknown, action: string, brokers: string[]): unknown {
  if (error instanceof BzError) return error;
  if (isUnknownTopic(error)) {
    return new BzError("LOG_UNKNOWN_TOPIC", `${action}: the topic does not exist on Kafka; create it first`, {
      cause: error,
    });
  }
  // The broker's own words for a record over message.max.bytes (its apiId where the library keeps it).
  if (
    allErrors(error).some(
      (e) =>
        e.apiId === "MESSAGE_TOO_LARGE" ||
        e.apiId === "RECORD_LIST_TOO_LARGE" ||
        (typeof e.message === "string" && /message larger than the max message size/i.test(e.message)),
    )
  ) {
    return new BzError(
      "LOG_RECORD_TOO_LARGE",
      `${action}: a record (or the records of one partition in one request) is larger than the broker's message.max.bytes; send smaller records or fewer at once`,
      { cause: error },
    );
  }
  if (allErrors(error).some((e) => typeof e.code === "string" && unavailableCodes.has(e.code))) {
    return new BzError(
      "LOG_UNAVAILABLE",
      `${action}: Kafka at ${brokers.join(",")} cannot be reached; check that the brokers run and the address is right, then retry`,
      { retryable: true, cause: error, details: { brokers } },
    );
  }
  return error;
}

/**
 * Runs `operation`, retrying while the broker answers with an error it marks retriable (a
 * coordinator still loading or just moved), then throws its error translated.
 */
export async function translatingPlatformaticErrors<T>(
  action: string,
  brokers: string[],
  operation: () => Promise<T>,
  attempts = 8,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const retriable =
        !isUnknownTopic(error) &&
        allErrors(error).some((e) => e.code === "PLT_KFK_PROTOCOL" && e.canRetry === true);
      if (!retriable || attempt >= attempts) throw translatePlatformaticError(error, action, brokers);
      await sleep(Math.min(100 * 2 ** (attempt - 1), 2_000));
    }
  }
}
