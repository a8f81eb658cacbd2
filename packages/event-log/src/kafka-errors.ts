import { setTimeout as sleep } from "node:timers/promises";
import { BzError, type ErrorCode } from "@bz/errors";

const unavailableNames = new Set([
  "KafkaJSConnectionError",
  "KafkaJSConnectionClosedError",
  "KafkaJSRequestTimeoutError",
  "KafkaJSNoBrokerAvailableError",
  "KafkaJSBrokerNotFound",
  "KafkaJSGroupCoordinatorNotFound",
  "KafkaJSLockTimeout",
]);

const authorizationTypes = new Set([
  "TOPIC_AUTHORIZATION_FAILED",
  "GROUP_AUTHORIZATION_FAILED",
  "CLUSTER_AUTHORIZATION_FAILED",
  "TRANSACTIONAL_ID_AUTHORIZATION_FAILED",
]);

/**
 * What the broker last denied this client. kafkajs turns a denied FindCoordinator (no right to the
 * consumer group or transactional id) into "group coordinator not found" and keeps the broker's
 * code only in its log; the adapter's log hook records it here so the error can say what it was.
 */
export interface DenialTracker {
  record(type: string): void;
  /** The denial recorded since `since` (a counter value from {@link DenialTracker.mark}), if any. */
  since(mark: number): string | undefined;
  mark(): number;
}

/** A tracker of the authorization errors kafkajs logged for one client. */
export function createDenialTracker(): DenialTracker {
  let count = 0;
  let last: string | undefined;
  return {
    record(type) {
      count++;
      last = type;
    },
    since: (mark) => (count > mark ? last : undefined),
    mark: () => count,
  };
}

/** The broker's authorization error type named in a kafkajs error message, if any. */
export function denialInMessage(message: string): string | undefined {
  if (/Group authorization failed/i.test(message)) return "GROUP_AUTHORIZATION_FAILED";
  if (/Transactional Id authorization failed/i.test(message)) return "TRANSACTIONAL_ID_AUTHORIZATION_FAILED";
  if (/Topic authorization failed/i.test(message)) return "TOPIC_AUTHORIZATION_FAILED";
  if (/Cluster authorization failed/i.test(message)) return "CLUSTER_AUTHORIZATION_FAILED";
  return undefined;
}

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

/** One class of kafkajs error: how to recognise it in the error's cause chain, and what it becomes. */
export interface LogErrorClass {
  name: string;
  matches(cause: { name?: unknown; type?: unknown }): boolean;
  code: ErrorCode;
  /** True: the same call may succeed later. False: the records themselves cause it. */
  retryable: boolean;
  message(action: string, brokers: string[]): string;
}

const ofType =
  (...types: string[]) =>
  (cause: { type?: unknown }) =>
    typeof cause.type === "string" && types.includes(cause.type);

/**
 * The classification table of the Kafka adapter, first match wins. Errors no class matches are
 * unexpected and pass through unchanged. The embedded log raises the same port errors itself.
 */
export const logErrorClasses: readonly LogErrorClass[] = [
  {
    name: "not authorized",
    matches: (cause) => typeof cause.type === "string" && authorizationTypes.has(cause.type),
    code: "LOG_NOT_AUTHORIZED",
    retryable: false,
    message: (action) =>
      `${action}: Kafka refused this principal; ask the platform team for the ACL (see docs/operations.md, "What each principal may do")`,
  },
  {
    name: "authentication failed",
    matches: (cause) => cause.name === "KafkaJSSASLAuthenticationError",
    code: "LOG_AUTHENTICATION_FAILED",
    retryable: false,
    message: (action, brokers) =>
      `${action}: Kafka at ${brokers.join(",")} refused the SASL credentials; check BZ_KAFKA_SASL_USERNAME, BZ_KAFKA_SASL_PASSWORD and BZ_KAFKA_SASL_MECHANISM`,
  },
  {
    name: "unknown topic",
    matches: ofType("UNKNOWN_TOPIC_OR_PARTITION"),
    code: "LOG_UNKNOWN_TOPIC",
    retryable: false,
    message: (action) => `${action}: the topic does not exist on Kafka; create it first`,
  },
  {
    name: "record too large",
    matches: ofType("MESSAGE_TOO_LARGE", "RECORD_LIST_TOO_LARGE"),
    code: "LOG_RECORD_TOO_LARGE",
    retryable: false,
    message: (action) =>
      `${action}: a record (or the records of one partition in one request) is larger than the broker's message.max.bytes; send smaller records or fewer at once`,
  },
  {
    name: "record refused by the broker",
    matches: ofType("CORRUPT_MESSAGE", "INVALID_RECORD", "INVALID_TIMESTAMP"),
    code: "LOG_REJECTED_RECORD",
    retryable: false,
    message: (action) => `${action}: the broker refused a record as invalid; retrying it will not help`,
  },
  {
    name: "broker unreachable",
    matches: (cause) => typeof cause.name === "string" && unavailableNames.has(cause.name),
    code: "LOG_UNAVAILABLE",
    retryable: true,
    message: (action, brokers) =>
      `${action}: Kafka at ${brokers.join(",")} cannot be reached; check that the brokers run and the address is right, then retry`,
  },
];

/** The class of a kafkajs error (searched along its cause chain), or undefined when unexpected. */
export function classifyKafkaError(error: unknown): LogErrorClass | undefined {
  const chain = causes(error);
  return logErrorClasses.find((candidate) => chain.some((cause) => candidate.matches(cause)));
}

/**
 * Turns a kafkajs error into the port's error by {@link logErrorClasses}. Anything else is
 * unexpected and passes through unchanged.
 */
export function translateKafkaError(
  error: unknown,
  action: string,
  brokers: string[],
  /** An authorization error the broker sent that kafkajs hid behind another (see DenialTracker). */
  hiddenDenial?: string,
): unknown {
  if (error instanceof BzError) return error;
  const chain = causes(error);
  const denied =
    chain.find((cause) => typeof cause.type === "string" && authorizationTypes.has(cause.type))?.type ??
    (chain.some((cause) => cause.name === "KafkaJSGroupCoordinatorNotFound") ? hiddenDenial : undefined);
  if (typeof denied === "string") {
    return new BzError(
      "LOG_NOT_AUTHORIZED",
      `${action}: Kafka refused this principal (${denied}); ask the platform team for the ACL (see docs/operations.md, "What each principal may do")`,
      { cause: error, details: { reason: denied } },
    );
  }
  const found = classifyKafkaError(error);
  if (found === undefined) return error;
  return new BzError(found.code, found.message(action, brokers), {
    retryable: found.retryable,
    cause: error,
    ...(found.code === "LOG_UNAVAILABLE" || found.code === "LOG_AUTHENTICATION_FAILED"
      ? { details: { brokers } }
      : {}),
  });
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
  denials?: DenialTracker,
): Promise<T> {
  const mark = denials?.mark() ?? 0;
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
        throw translateKafkaError(error, action, brokers, denials?.since(mark));
      }
      await sleep(Math.min(100 * 2 ** (attempt - 1), 2_000));
    }
  }
}
