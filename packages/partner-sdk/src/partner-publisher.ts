import { type Partner, partnerSchema, topicFor } from "@bz/contracts";
import { BzError } from "@bz/errors";
import {
  createKafkaEventLog,
  type EventLog,
  type EventLogLogger,
  type KafkaSasl,
  type KafkaTls,
  type LogProducer,
} from "@bz/event-log";
import { createPseudonymizer, type Pseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import type { CareEventWithBsn } from "./domain/event-with-bsn.ts";
import { prepareEvents } from "./domain/prepare-events.ts";
import { createPseudonymService, type PseudonymServiceOptions } from "./pseudonym-service.ts";

/** Options of {@link createPartnerPublisher}: the partner, its Kafka, and how BSNs become pseudonyms. */
export type PartnerPublisherOptions = {
  /** The partner publishing, e.g. "TRAJEKT"; events must carry it as `publisher`. */
  partner: Partner;
  /** Bootstrap servers, `host:port`. */
  brokers: string[];
  /** The partner's Kafka principal (`partner-<slug>`, SCRAM-SHA-512) on the platform's broker. */
  sasl?: KafkaSasl;
  /** TLS to the brokers (`{ ca: [pem] }` for the platform's own certificate). */
  tls?: KafkaTls;
  clientId?: string;
  /** Topic of the partner's events; default `care.<slug>.v1`. */
  topic?: string;
  /** Requests retried before a send fails with LOG_UNAVAILABLE; default the event log's (8). */
  retries?: number;
  /** Where kafkajs' warnings go (pino-like); default stderr JSON. */
  logger?: EventLogLogger;
} & (
  | {
      /**
       * The platform's pseudonym service (POST /v1/pseudonyms on the gateway), cached: the way for
       * partners, who never hold the key (ADR 0042).
       */
      pseudonymService: PseudonymServiceOptions;
    }
  | {
      /** Keys as configuration text `id=base64secret[,...]`, the first current (platform-internal use). */ pseudonymKeys: string;
    }
  | {
      /** A ready pseudonymizer (for instance one sharing keys with the gateway). */ pseudonymizer: Pseudonymizer;
    }
);

/** What {@link PartnerPublisher.publish} answers: the ids of the events the broker acknowledged. */
export interface PublishResult {
  eventIds: string[];
  topic: string;
}

/** Publishes a partner's care events straight to its Kafka topic. */
export interface PartnerPublisher {
  /**
   * Validates every event, pseudonymises each BSN locally, checks the partner may publish each type,
   * then produces them all (acks from every in-sync replica, idempotent, retried). Invalid input
   * throws a BzError before anything is sent; publishing the same event id again is harmless.
   */
  publish(events: CareEventWithBsn | readonly CareEventWithBsn[]): Promise<PublishResult>;
  /** Disconnects from Kafka. */
  close(): Promise<void>;
}

/** A publisher for one partner over the platform's Kafka adapter (`@bz/event-log`). */
export function createPartnerPublisher(options: PartnerPublisherOptions): PartnerPublisher {
  const partner = partnerSchema.safeParse(options.partner);
  if (!partner.success) {
    throw new BzError("CONFIG_INVALID", `partner must be one of ${partnerSchema.options.join(", ")}`);
  }
  const service =
    "pseudonymService" in options ? createPseudonymService(options.pseudonymService) : undefined;
  const pseudonymizer =
    "pseudonymizer" in options
      ? options.pseudonymizer
      : "pseudonymKeys" in options
        ? (() => {
            const { current, older } = parsePseudonymKeys(options.pseudonymKeys);
            return createPseudonymizer(current, older);
          })()
        : undefined;
  const topic = options.topic ?? topicFor(options.partner);
  const log: EventLog = createKafkaEventLog({
    brokers: options.brokers,
    clientId: options.clientId ?? `bz-partner-${options.partner.toLowerCase()}`,
    ...(options.retries === undefined ? {} : { retries: options.retries }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.sasl === undefined ? {} : { sasl: options.sasl }),
    ...(options.tls === undefined ? {} : { tls: options.tls }),
  });
  // Connected on first publish, once; a failed connect is forgotten so the next publish tries again.
  let producer: Promise<LogProducer> | undefined;
  const connected = () => {
    producer ??= log.producer().catch((error: unknown) => {
      producer = undefined;
      throw error;
    });
    return producer;
  };
  return {
    async publish(events) {
      const list: readonly unknown[] = Array.isArray(events) ? events : [events];
      let pseudonymize: (bsn: string) => string;
      let pseudonymizeHousehold: (householdKey: string) => string;
      if (pseudonymizer !== undefined) {
        pseudonymize = (bsn) => pseudonymizer.pseudonymize(bsn);
        pseudonymizeHousehold = (key) => pseudonymizer.pseudonymizeHousehold(key);
      } else {
        // Validate everything first (nothing is asked for an invalid batch), then ask the platform
        // for the BSNs' pseudonyms in one go.
        const bsns = new Set<string>();
        const householdKeys = new Set<string>();
        prepareEvents(list, {
          partner: options.partner,
          pseudonymize: (bsn) => {
            bsns.add(bsn);
            return "pending:0";
          },
          pseudonymizeHousehold: (key) => {
            householdKeys.add(key);
            return "pending:0";
          },
        });
        const platform = service as NonNullable<typeof service>;
        const found = await platform.lookup([...bsns]);
        const foundHouseholds =
          householdKeys.size === 0
            ? new Map<string, string>()
            : await platform.lookupHouseholds([...householdKeys]);
        pseudonymize = (bsn) => found.get(bsn) as string;
        pseudonymizeHousehold = (key) => foundHouseholds.get(key) as string;
      }
      const prepared = prepareEvents(list, { partner: options.partner, pseudonymize, pseudonymizeHousehold });
      await (await connected()).send(
        topic,
        prepared.map((p) => p.record),
      );
      return { eventIds: prepared.map((p) => p.event.eventId), topic };
    },
    async close() {
      await log.close();
    },
  };
}
