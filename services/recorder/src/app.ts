import type { EventLog } from "@bz/event-log";
import type { EventStore } from "@bz/event-store";
import { createHttpApp, type HttpApp } from "@bz/http";
import { createMetricsRegistry, type Logger, type Registry } from "@bz/observability";
import { careContracts } from "./care-contracts.ts";
import { type Recorder, type RecorderContracts, type RecorderTopic, startRecorder } from "./recorder.ts";
import { createRecorderMetrics } from "./recorder-metrics.ts";

/** Everything the recorder service is built from; tests pass real adapters on test infrastructure. */
export interface RecorderServiceDeps {
  log: EventLog;
  store: EventStore;
  topics: RecorderTopic[];
  groupId: string;
  /** Ids of the pseudonym keys the platform holds; events pseudonymised with another are refused. */
  pseudonymKeyIds: readonly string[];
  logger: Logger;
  partitions: number;
  /** The catalogue's rules by default; another set stands for an older or newer deployment. */
  contracts?: RecorderContracts;
  /** A registry shared with other services in one process (the embedded platform); own one otherwise. */
  metrics?: Registry;
  /**
   * Called once when the recorder stops consuming for good, e.g. LOG_NOT_AUTHORIZED after its READ
   * right was revoked; the process should exit (main.ts does), and /ready answers 503 from then on.
   */
  onFailure?: (error: unknown) => void;
}

/** The running recorder with its ops endpoints (/health, /ready, /metrics). */
export interface RecorderService {
  recorder: Recorder;
  http: HttpApp;
  stop(): Promise<void>;
}

/** Creates the partner and dead-letter topics, starts consuming, and builds the ops HTTP app. */
export async function buildRecorderService(deps: RecorderServiceDeps): Promise<RecorderService> {
  const registry = deps.metrics ?? createMetricsRegistry("recorder");
  await deps.log.createTopics(
    deps.topics.flatMap((topic) => [
      { name: topic.topic, partitions: deps.partitions },
      { name: topic.deadLetterTopic, partitions: deps.partitions },
    ]),
  );
  let stopped = false;
  const recorder = await startRecorder({
    log: deps.log,
    store: deps.store,
    contracts: deps.contracts ?? careContracts,
    topics: deps.topics,
    groupId: deps.groupId,
    pseudonymKeyIds: deps.pseudonymKeyIds,
    logger: deps.logger.child({ component: "recorder" }),
    metrics: createRecorderMetrics(registry),
    onFailure: (error) => {
      stopped = true;
      deps.onFailure?.(error);
    },
  });
  const http = await createHttpApp({
    logger: deps.logger,
    metrics: registry,
    title: "Blauwe Zorg recorder",
    description: "Ops endpoints of the recorder: health, readiness and Prometheus metrics.",
    ready: async () => !stopped,
  });
  return {
    recorder,
    http,
    async stop() {
      stopped = true;
      await recorder.stop();
      await http.close();
    },
  };
}
