import type { ErrorCode } from "./codes.ts";

/** Options every platform error takes besides its code and message. */
export interface BzErrorOptions {
  /** True when the same operation may succeed if tried again unchanged. */
  retryable?: boolean;
  cause?: unknown;
  /** Structured detail for logs and problem+json bodies (never personal data). */
  details?: Record<string, unknown>;
}

/**
 * The one base class of expected failures. The message says what was wrong, with which value,
 * and what to do; the code is stable and listed in docs/errors.md.
 */
export class BzError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: BzErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "BzError";
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.details = options.details ?? {};
  }
}

/** True when `error` is a platform error, optionally of one code. */
export function isBzError(error: unknown, code?: ErrorCode): error is BzError {
  return error instanceof BzError && (code === undefined || error.code === code);
}
