import type { ErrorCode } from "@bz/errors";

/** What the recorder knows about a decoded event before it decides. */
export interface Candidate {
  eventId: string;
  eventType: string;
  publisher: string;
  subject: string;
  buurtCode: string;
  data: Record<string, unknown>;
}

/** The rules an event must meet, passed in so the decision stays pure. */
export interface AdmissionRules {
  /** The Partner symbol (e.g. TRAJEKT) that owns the topic the event arrived on. */
  topicPartner: string;
  mayPublish(partner: string, eventType: string): boolean;
  /** The ward of a buurt code, or undefined when the code is not one the platform knows. */
  wardOf(buurtCode: string): string | undefined;
}

/** An event the store should hold: its stream, and what to append. */
export interface Accepted {
  kind: "accepted";
  streamId: string;
  eventId: string;
  eventType: string;
  ward: string;
  data: Record<string, unknown>;
}

/** An event the dead-letter topic gets, with a stable reason code. */
export interface Rejected {
  kind: "rejected";
  code: ErrorCode;
  message: string;
}

/** The stream of one client: every accepted event about a subject lands in it. */
export function streamOf(subject: string): string {
  return `client-${subject}`;
}

/**
 * Decides whether a decoded event is recorded: the publisher must own the topic, may publish the
 * type, and the buurt code must resolve to a ward.
 */
export function admit(candidate: Candidate, rules: AdmissionRules): Accepted | Rejected {
  if (candidate.publisher !== rules.topicPartner) {
    return {
      kind: "rejected",
      code: "INGEST_WRONG_PUBLISHER",
      message: `event ${candidate.eventId} names publisher ${candidate.publisher} but arrived on the topic of ${rules.topicPartner}; a partner publishes only as itself`,
    };
  }
  if (!rules.mayPublish(candidate.publisher, candidate.eventType)) {
    return {
      kind: "rejected",
      code: "INGEST_FORBIDDEN_TYPE",
      message: `${candidate.publisher} may not publish ${candidate.eventType} (see contracts/partners for its list)`,
    };
  }
  const ward = rules.wardOf(candidate.buurtCode);
  if (ward === undefined) {
    return {
      kind: "rejected",
      code: "INGEST_UNKNOWN_WARD",
      message: `buurt code ${candidate.buurtCode} of event ${candidate.eventId} is not a known buurt; expected a CBS code such as BU09350400`,
    };
  }
  return {
    kind: "accepted",
    streamId: streamOf(candidate.subject),
    eventId: candidate.eventId,
    eventType: candidate.eventType,
    ward,
    data: candidate.data,
  };
}
