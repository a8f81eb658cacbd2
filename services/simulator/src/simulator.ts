import { type CareEvent, encodeEvent, type Partner, topicFor } from "@bz/contracts";
import type { LogProducer, OutgoingRecord } from "@bz/event-log";
import type { Logger } from "@bz/observability";
import type { CareSimulation } from "@bz/simulation";

/** Options of {@link startSimulator}. */
export interface SimulatorOptions {
  producer: LogProducer;
  simulation: CareSimulation;
  /** Events per second across all partners. */
  rate: number;
  logger: Logger;
  /** The topic of a partner; tests pass their own names. */
  topicOf?: (partner: Partner) => string;
  /** Stop after this many events (for data sets and tests); runs until stopped when absent. */
  limit?: number;
}

/** A running simulator. */
export interface Simulator {
  /** Events sent so far. */
  sent(): number;
  /** Resolves when the limit is reached or the simulator was stopped. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

const tickMs = 100;

/** The Kafka record of an event: keyed by subject pseudonym, with type and correlation headers. */
export function recordOf(event: CareEvent): OutgoingRecord {
  return {
    key: event.subject,
    value: encodeEvent(event),
    headers: { "bz-event-type": event.eventType, "bz-correlation-id": event.correlationId },
  };
}

/**
 * Streams simulated partner events into the event log at a steady rate, each tick sending what the
 * rate owes since the start, so a slow send is caught up rather than lost.
 */
export function startSimulator(options: SimulatorOptions): Simulator {
  const topicOf = options.topicOf ?? topicFor;
  let sent = 0;
  let stopped = false;
  const started = Date.now();
  const run = async () => {
    while (!stopped && (options.limit === undefined || sent < options.limit)) {
      const owed = Math.floor(((Date.now() - started) / 1000) * options.rate) - sent;
      const count = Math.min(owed, (options.limit ?? Number.POSITIVE_INFINITY) - sent);
      if (count > 0) {
        const byTopic = new Map<string, OutgoingRecord[]>();
        const now = new Date();
        for (let i = 0; i < count; i++) {
          const event = options.simulation.nextEvent(now);
          const topic = topicOf(event.publisher);
          byTopic.set(topic, [...(byTopic.get(topic) ?? []), recordOf(event)]);
        }
        await Promise.all([...byTopic].map(([topic, records]) => options.producer.send(topic, records)));
        sent += count;
      }
      await new Promise((resolve) => setTimeout(resolve, tickMs));
    }
    options.logger.info({ sent }, "simulator finished");
  };
  const done = run();
  return {
    sent: () => sent,
    done,
    async stop() {
      stopped = true;
      await done;
    },
  };
}
