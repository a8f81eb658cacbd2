/**
 * The slice of a pino logger the adapters use: structured fields first, then the message. A pino
 * logger (or a child of one) fits as it is.
 */
export interface EventLogLogger {
  debug(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

/**
 * Without a logger, warnings and errors still reach stderr as one JSON object a line, shaped like
 * pino's output so the same tools read both; debug and info stay silent.
 */
export function stderrLogger(bindings: Record<string, unknown>): EventLogLogger {
  const write = (level: number) => (fields: object, message?: string) => {
    process.stderr.write(
      `${JSON.stringify({ level, time: Date.now(), ...bindings, ...serializable(fields), msg: message })}\n`,
    );
  };
  const silent = () => undefined;
  return { debug: silent, info: silent, warn: write(40), error: write(50) };
}

/** Errors do not survive JSON.stringify; keep their name, message and stack as pino does. */
function serializable(fields: object): object {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [
      name,
      value instanceof Error ? { type: value.name, message: value.message, stack: value.stack } : value,
    ]),
  );
}
