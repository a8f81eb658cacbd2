import { Counter, Histogram, type Registry } from "@bz/observability";

/** The recorder's Prometheus metrics. */
export interface RecorderMetrics {
  received: Counter<"partner">;
  accepted: Counter<"partner">;
  rejected: Counter<"partner" | "reason">;
  batchSize: Histogram;
  appendSeconds: Histogram;
  /** Appends the store refused for a passing reason; the batch is retried. Alert when it keeps rising. */
  storeRetries: Counter<"reason">;
}

/** Registers the recorder's metrics on `registry`. */
export function createRecorderMetrics(registry: Registry): RecorderMetrics {
  return {
    received: new Counter({
      name: "bz_recorder_events_received_total",
      help: "Records read from partner topics",
      labelNames: ["partner"],
      registers: [registry],
    }),
    accepted: new Counter({
      name: "bz_recorder_events_accepted_total",
      help: "Events accepted and appended to the event store (duplicates included)",
      labelNames: ["partner"],
      registers: [registry],
    }),
    rejected: new Counter({
      name: "bz_recorder_events_rejected_total",
      help: "Records sent to the dead-letter topic, by reason code",
      labelNames: ["partner", "reason"],
      registers: [registry],
    }),
    batchSize: new Histogram({
      name: "bz_recorder_batch_size",
      help: "Records per handled batch",
      buckets: [1, 10, 50, 100, 250, 500, 1000, 5000],
      registers: [registry],
    }),
    appendSeconds: new Histogram({
      name: "bz_recorder_append_seconds",
      help: "Time to append one batch to the event store",
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    storeRetries: new Counter({
      name: "bz_recorder_store_retries_total",
      help: "Batch appends the event store refused for a retryable reason (the batch is retried), by error code",
      labelNames: ["reason"],
      registers: [registry],
    }),
  };
}
