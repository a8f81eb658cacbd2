import { clientStreamOf } from "@bz/contracts";
import { type ErrorCode, isBzError } from "@bz/errors";
import { findClearBsn, holdsClearBsn, pseudonymProblem } from "@bz/privacy/domain";

/** A record as the recorder reads it from a partner topic (the event log's LogRecord fits). */
export interface IncomingRecord {
  offset: string;
  key: string | null;
  value: Uint8Array;
  headers: Record<string, string>;
}

/** What the recorder needs from the contracts: decoding and the publishing and ward rules. */
export interface RecorderContracts {
  /** Decodes single-object Avro bytes into the event's JSON form; throws a BzError on bad bytes. */
  decode(bytes: Uint8Array): Record<string, unknown>;
  mayPublish(partner: string, eventType: string): boolean;
  /** The ward of a buurt code (the contract guarantees a CBS code; outside the pilot: ELSEWHERE). */
  wardOf(buurtCode: string): string;
}

/** The rules a batch is triaged by, passed in so the decision stays pure. */
export interface TriageRules {
  /** The Partner symbol (e.g. TRAJEKT) that owns the topic the records arrived on. */
  topicPartner: string;
  contracts: RecorderContracts;
  /** Ids of the pseudonym keys the platform holds; a pseudonym made with another key is refused. */
  knownKeyIds: ReadonlySet<string>;
}

/** An event the store should hold: its stream and what to append. */
export interface Admitted<R extends IncomingRecord = IncomingRecord> {
  record: R;
  streamId: string;
  eventId: string;
  eventType: string;
  ward: string;
  correlationId: string | null;
  data: Record<string, unknown>;
}

/** A record for the dead-letter topic, with a stable reason code. */
export interface Rejection<R extends IncomingRecord = IncomingRecord> {
  record: R;
  code: ErrorCode;
  message: string;
  /**
   * False when the record's key, bytes or headers may hold a clear BSN: its dead letter then keeps
   * the reason, the offsets and a hash, never the bytes.
   */
  keepBytes: boolean;
  correlationId: string | null;
}

/** The outcome of {@link triage}: every record is in exactly one of the two lists, in offset order. */
export interface Triage<R extends IncomingRecord = IncomingRecord> {
  admitted: Admitted<R>[];
  rejected: Rejection<R>[];
}

const latin1 = new TextDecoder("latin1");

/** True when the record, read as text, may hold a clear BSN anywhere (key, bytes or headers). */
function mayHoldClearBsn(record: IncomingRecord): boolean {
  return (
    (record.key !== null && holdsClearBsn(record.key)) ||
    holdsClearBsn(latin1.decode(record.value)) ||
    Object.entries(record.headers).some(([name, value]) => holdsClearBsn(name) || holdsClearBsn(value))
  );
}

type Verdict = { code: ErrorCode; message: string } | undefined;

function checkEvent(record: IncomingRecord, data: Record<string, unknown>, rules: TriageRules): Verdict {
  const eventId = String(data.eventId);
  const publisher = String(data.publisher);
  const eventType = String(data.eventType);
  if (publisher !== rules.topicPartner) {
    return {
      code: "INGEST_WRONG_PUBLISHER",
      message: `event ${eventId} names publisher ${publisher} but arrived on the topic of ${rules.topicPartner}; a partner publishes only as itself`,
    };
  }
  if (!rules.contracts.mayPublish(publisher, eventType)) {
    return {
      code: "INGEST_FORBIDDEN_TYPE",
      message: `${publisher} may not publish ${eventType} (see contracts/partners for its list)`,
    };
  }
  // The BSN scan comes before the pseudonym checks: a clear BSN gets the most specific reason.
  const clear = findClearBsn(data);
  if (clear !== undefined) {
    return {
      code: "INGEST_CLEAR_IDENTIFIER",
      message: `event ${eventId}: ${clear} holds a nine-digit number passing the elfproef (a BSN in clear); pseudonymise it with the platform's key or leave it out. The dead letter keeps no copy of the event.`,
    };
  }
  const subjectProblem = pseudonymProblem("subject", String(data.subject), rules.knownKeyIds);
  if (subjectProblem !== undefined)
    return { ...subjectProblem, message: `event ${eventId}: ${subjectProblem.message}` };
  if (data.household !== null && data.household !== undefined) {
    const householdProblem = pseudonymProblem("household", String(data.household), rules.knownKeyIds);
    if (householdProblem !== undefined) {
      return { ...householdProblem, message: `event ${eventId}: ${householdProblem.message}` };
    }
  }
  if (record.key !== data.subject) {
    return {
      code: "INGEST_KEY_MISMATCH",
      message: `event ${eventId}: the record's key is not its subject; key each record by its subject pseudonym, so a client's events stay in one partition and in order`,
    };
  }
  return undefined;
}

/**
 * Sorts a partition's records into events to append and records to dead-letter, each with a stable
 * reason. A record is admitted when it decodes (the contract: schema, text rules), its publisher
 * owns the topic and may publish the type, it holds no clear BSN, its subject and household are
 * pseudonyms made with a known key, and its key is its subject. Pure: no I/O, no clock, no logging.
 */
export function triage<R extends IncomingRecord>(records: readonly R[], rules: TriageRules): Triage<R> {
  const outcome: Triage<R> = { admitted: [], rejected: [] };
  for (const record of records) {
    const keepBytes = !mayHoldClearBsn(record);
    let data: Record<string, unknown>;
    try {
      data = rules.contracts.decode(record.value);
    } catch (error) {
      if (!isBzError(error)) throw error;
      outcome.rejected.push({
        record,
        code: error.code,
        message: error.message,
        keepBytes,
        correlationId: null,
      });
      continue;
    }
    const correlationId = typeof data.correlationId === "string" ? data.correlationId : null;
    const verdict = checkEvent(record, data, rules);
    if (verdict !== undefined) {
      outcome.rejected.push({
        record,
        ...verdict,
        keepBytes: keepBytes && verdict.code !== "INGEST_CLEAR_IDENTIFIER",
        correlationId,
      });
      continue;
    }
    outcome.admitted.push({
      record,
      streamId: clientStreamOf(String(data.subject)),
      eventId: String(data.eventId),
      eventType: String(data.eventType),
      ward: rules.contracts.wardOf(String(data.buurtCode)),
      correlationId,
      data,
    });
  }
  return outcome;
}
