import { Counter, Histogram, type Registry } from "@bz/observability";

/** The gateway's Prometheus metrics; `partner` is "unknown" before a key identified one. */
export interface GatewayMetrics {
  received: Counter<"partner">;
  accepted: Counter<"partner">;
  rejected: Counter<"partner" | "reason">;
  requestSeconds: Histogram<"status">;
  /** Requests refused for a missing or unknown API key. */
  authFailures: Counter<"reason">;
}

/** Registers the gateway's metrics on `registry`. */
export function createGatewayMetrics(registry: Registry): GatewayMetrics {
  return {
    received: new Counter({
      name: "bz_gateway_events_received_total",
      help: "Events in requests to POST /v1/events that passed authentication",
      labelNames: ["partner"],
      registers: [registry],
    }),
    accepted: new Counter({
      name: "bz_gateway_events_accepted_total",
      help: "Events acknowledged by Kafka (recent duplicates included: they are accepted, not re-produced)",
      labelNames: ["partner"],
      registers: [registry],
    }),
    rejected: new Counter({
      name: "bz_gateway_events_rejected_total",
      help: "Events refused, by error code (a refused request counts each of its events; 1 when unreadable)",
      labelNames: ["partner", "reason"],
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: "bz_gateway_request_seconds",
      help: "Time to answer POST /v1/events, by status code",
      labelNames: ["status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    authFailures: new Counter({
      name: "bz_gateway_auth_failures_total",
      help: "Requests refused for a missing or unknown API key, by error code",
      labelNames: ["reason"],
      registers: [registry],
    }),
  };
}
