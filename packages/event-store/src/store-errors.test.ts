import { isBzError } from "@bz/errors";
import { describe, expect, it } from "vitest";
import { classifyStoreError, storeErrorClasses, toStoreError } from "./store-errors.ts";

// One example per class, as pg and PGlite raise them (a `code` of SQLSTATE or a Node socket code,
// or node-postgres' bare message when the socket closed under a query).
const examples: [string, { code?: string; message: string }, string, boolean][] = [
  [
    "connection lost or refused",
    { code: "ECONNREFUSED", message: "connect ECONNREFUSED" },
    "STORE_UNAVAILABLE",
    true,
  ],
  [
    "connection lost or refused",
    { message: "Connection terminated unexpectedly" },
    "STORE_UNAVAILABLE",
    true,
  ],
  ["connection lost or refused", { code: "08006", message: "connection failure" }, "STORE_UNAVAILABLE", true],
  [
    "server shutting down, restarting or terminating the session",
    { code: "57P01", message: "terminating connection due to administrator command" },
    "STORE_UNAVAILABLE",
    true,
  ],
  [
    "database not accepting connections",
    { code: "55000", message: 'database "x" is not currently accepting connections' },
    "STORE_UNAVAILABLE",
    true,
  ],
  [
    "too many connections or out of resources",
    { code: "53300", message: "too many connections for database" },
    "STORE_BUSY",
    true,
  ],
  [
    "serialization failure or deadlock",
    { code: "40001", message: "could not serialize access" },
    "STORE_BUSY",
    true,
  ],
  ["serialization failure or deadlock", { code: "40P01", message: "deadlock detected" }, "STORE_BUSY", true],
  [
    "lock not available or statement cancelled",
    { code: "57014", message: "canceling statement" },
    "STORE_BUSY",
    true,
  ],
  [
    "a value the database cannot store",
    { code: "22P05", message: "unsupported Unicode escape sequence" },
    "STORE_INVALID_EVENT",
    false,
  ],
  [
    "a constraint the event breaks",
    { code: "23514", message: "check constraint" },
    "STORE_REJECTED_EVENT",
    false,
  ],
  [
    "a statement the event makes too large",
    { code: "54000", message: "total size of jsonb array elements exceeds the maximum" },
    "STORE_REJECTED_EVENT",
    false,
  ],
];

describe("the event store's error classification", () => {
  it.each(examples)("given %s (%o), it becomes %s, retryable %s", (name, driverError, code, retryable) => {
    expect(classifyStoreError(driverError)?.name).toBe(name);
    const error = toStoreError(Object.assign(new Error(driverError.message), driverError));
    expect(isBzError(error, code as never)).toBe(true);
    expect(isBzError(error) && error.retryable).toBe(retryable);
  });

  it("has an example for every class", () => {
    expect(new Set(examples.map(([name]) => name))).toEqual(new Set(storeErrorClasses.map((c) => c.name)));
  });

  it("passes an unexpected error through unchanged, for the caller to decide", () => {
    const odd = Object.assign(new Error("something else"), { code: "XX000" });
    expect(toStoreError(odd)).toBe(odd);
    expect(toStoreError("text")).toBe("text");
  });
});
