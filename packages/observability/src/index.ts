export type { Logger, LoggerOptions } from "./logger.ts";
export { createLogger, redactedPaths } from "./logger.ts";
export { Counter, createMetricsRegistry, Gauge, Histogram, Registry } from "./metrics.ts";
export { stopOnSignals } from "./shutdown.ts";
