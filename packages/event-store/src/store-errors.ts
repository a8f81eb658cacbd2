import { BzError, type ErrorCode } from "@bz/errors";

/** One class of driver error: how to recognise it, and what the port makes of it. */
export interface StoreErrorClass {
  /** What the class stands for, for docs and test names. */
  name: string;
  /** SQLSTATE codes or prefixes (PostgreSQL and PGlite alike), Node socket codes, or driver messages. */
  matches(error: { code?: unknown; message?: unknown }): boolean;
  code: ErrorCode;
  /** True: the same append may succeed later (back off and retry). False: the data causes it. */
  retryable: boolean;
  message: string;
}

const sqlState =
  (...prefixes: string[]) =>
  (error: { code?: unknown }) =>
    typeof error.code === "string" &&
    /^[0-9A-Z]{5}$/.test(error.code) &&
    prefixes.some((prefix) => (error.code as string).startsWith(prefix));

const socketCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);
// node-postgres reports a socket closed under it without a code, only with these messages.
const lostConnection =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable/;

/**
 * The classification table: the first class that matches decides. The SQL adapter serves both
 * PostgreSQL and PGlite, so the table is one; the EventStoreDB adapter has its own mapping.
 * Anything no class matches is unexpected and passes through unchanged (the caller decides).
 */
export const storeErrorClasses: readonly StoreErrorClass[] = [
  {
    name: "connection lost or refused",
    matches: (e) =>
      sqlState("08")(e) ||
      (typeof e.code === "string" && socketCodes.has(e.code)) ||
      (typeof e.message === "string" && lostConnection.test(e.message)),
    code: "STORE_UNAVAILABLE",
    retryable: true,
    message: "The event store's database cannot be reached",
  },
  {
    name: "server shutting down, restarting or terminating the session",
    matches: sqlState("57P"),
    code: "STORE_UNAVAILABLE",
    retryable: true,
    message: "The event store's database closed the session (shutdown, restart or terminated backend)",
  },
  {
    name: "database not accepting connections",
    // 55000 is what a connect gets while the database has ALLOW_CONNECTIONS false (maintenance).
    matches: sqlState("55000"),
    code: "STORE_UNAVAILABLE",
    retryable: true,
    message: "The event store's database is not accepting connections (maintenance?)",
  },
  {
    name: "too many connections or out of resources",
    matches: sqlState("53"),
    code: "STORE_BUSY",
    retryable: true,
    message: "The event store's database refuses work for now (connection limit or resources)",
  },
  {
    name: "serialization failure or deadlock",
    matches: sqlState("40"),
    code: "STORE_BUSY",
    retryable: true,
    message: "The event store's transaction lost a race (serialization failure or deadlock)",
  },
  {
    name: "lock not available or statement cancelled",
    matches: sqlState("55P03", "57014"),
    code: "STORE_BUSY",
    retryable: true,
    message: "The event store's statement timed out or could not take a lock",
  },
  {
    name: "a value the database cannot store",
    matches: sqlState("22"),
    code: "STORE_INVALID_EVENT",
    retryable: false,
    message:
      "An event holds a value PostgreSQL cannot store (e.g. \\u0000 in text, an invalid byte sequence, a number out of range); fix the event",
  },
  {
    name: "a constraint the event breaks",
    matches: sqlState("23"),
    code: "STORE_REJECTED_EVENT",
    retryable: false,
    message: "An event breaks a constraint of the event store",
  },
  {
    name: "a statement the event makes too large",
    matches: sqlState("54"),
    code: "STORE_REJECTED_EVENT",
    retryable: false,
    message: "An event makes a statement too large or too complex for the event store",
  },
];

/** The class a driver error belongs to, or undefined when it is unexpected. */
export function classifyStoreError(error: unknown): StoreErrorClass | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  return storeErrorClasses.find((candidate) => candidate.matches(error as { code?: unknown }));
}

/** Turns a driver error into the port's BzError by the table; other errors pass through. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof BzError) return error;
  const found = classifyStoreError(error);
  if (found === undefined) return error;
  const code = (error as { code?: unknown }).code;
  return new BzError(found.code, `${found.message}${typeof code === "string" ? ` (${code})` : ""}`, {
    retryable: found.retryable,
    cause: error,
  });
}
