import { type DestinationStream, type Logger, pino } from "pino";

/**
 * Paths pino blanks out wherever they appear. The BSN never reaches a log in the first place (it is
 * pseudonymised at the edge); these paths are the second line of defence.
 */
export const redactedPaths = [
  "bsn",
  "*.bsn",
  "*.*.bsn",
  "*.*.*.bsn",
  "events[*].bsn",
  "*.events[*].bsn",
  "*.*.events[*].bsn",
  "apiKey",
  "*.apiKey",
  "req.headers.authorization",
  'req.headers["x-api-key"]',
  "headers.authorization",
  'headers["x-api-key"]',
  "pseudonymKey",
  "*.pseudonymKey",
];

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  service: string;
  level?: string;
  /** Where JSON lines go; stdout when absent. */
  destination?: DestinationStream;
}

/** The service's root pino logger: JSON lines with `service` bound and personal fields redacted. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: { service: options.service },
      redact: { paths: redactedPaths, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}

export type { Logger };
