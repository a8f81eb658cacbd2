import { type CareEvent, encodeEvent, eventTypes, mayPublish, type Partner } from "@bz/contracts";
import { BzError, type ErrorCode, isBzError } from "@bz/errors";
import { findClearBsn, pseudonymPattern, pseudonymProblem } from "@bz/privacy/domain";
import type { z } from "zod";
import { eventWithBsnSchema, isEventType } from "./event-with-bsn.ts";

/** One invalid input, named the way the caller knows it (`events[2].minutes`, `body.bsn`). */
export interface InvalidField {
  name: string;
  reason: string;
}

/** An event ready for the partner's topic: pseudonymised, validated and encoded. */
export interface PreparedEvent {
  /** The event as encoded, with `subject` holding the pseudonym. */
  event: CareEvent;
  /** Keyed by the subject pseudonym, value in Avro single-object encoding, tracing headers. */
  record: { key: string; value: Buffer; headers: Record<string, string> };
}

/** Options of {@link prepareEvents}. */
export interface PrepareEventsOptions {
  /** The partner the events are published as; each event's `publisher` must be this one. */
  partner: Partner;
  /** BSN → keyed pseudonym (see `@bz/privacy`). */
  pseudonymize: (bsn: string) => string;
  /**
   * Household key → household pseudonym (`Pseudonymizer.pseudonymizeHousehold`), for events that send
   * `householdKey` in clear; such events are refused (INGEST_NOT_PSEUDONYMISED) without it.
   */
  pseudonymizeHousehold?: (householdKey: string) => string;
  /** How event `index` is named in errors; default `events[index]`. */
  nameOf?: (index: number) => string;
  /** Key ids a household pseudonym may name; any well-formed one when absent. */
  knownKeyIds?: ReadonlySet<string>;
}

/** Record headers every published event carries, for routing and tracing without decoding. */
export const recordHeaders = { eventType: "bz-event-type", correlationId: "bz-correlation-id" } as const;

/**
 * Turns events with a clear BSN into records for the partner's topic, all or none: every event is
 * validated first and one error lists every invalid field of every event (CONTRACT_INVALID_VALUE,
 * or PRIVACY_INVALID_BSN when only BSNs are wrong); then a foreign publisher (INGEST_WRONG_PUBLISHER)
 * or an event type the partner may not publish (INGEST_FORBIDDEN_TYPE) refuses the lot. No message
 * ever holds a BSN.
 */
export function prepareEvents(inputs: readonly unknown[], options: PrepareEventsOptions): PreparedEvent[] {
  const nameOf = options.nameOf ?? ((index: number) => `events[${index}]`);
  const invalid: InvalidField[] = [];
  const parsed: Record<string, unknown>[] = [];
  inputs.forEach((input, index) => {
    const result = validateOne(input, nameOf(index), invalid);
    if (result !== undefined) parsed.push(result);
  });
  if (invalid.length > 0) {
    const bsnOnly = invalid.every((field) => field.name.endsWith(".bsn"));
    refuse(bsnOnly ? "PRIVACY_INVALID_BSN" : "CONTRACT_INVALID_VALUE", "invalid value(s)", invalid);
  }
  const wrongPublisher = parsed.flatMap((event, index) =>
    event.publisher === options.partner
      ? []
      : [
          {
            name: `${nameOf(index)}.publisher`,
            reason: `this credential publishes as ${options.partner}, not ${String(event.publisher)}`,
          },
        ],
  );
  if (wrongPublisher.length > 0) refuse("INGEST_WRONG_PUBLISHER", "foreign publisher(s)", wrongPublisher);
  const forbidden = parsed.flatMap((event, index) =>
    mayPublish(options.partner, event.eventType as CareEvent["eventType"])
      ? []
      : [
          {
            name: `${nameOf(index)}.eventType`,
            reason: `${options.partner} may not publish ${String(event.eventType)} (see its folder in contracts/partners)`,
          },
        ],
  );
  if (forbidden.length > 0) refuse("INGEST_FORBIDDEN_TYPE", "forbidden event type(s)", forbidden);
  refuseClearIdentifiers(parsed, nameOf, options.knownKeyIds);
  const households = householdsOf(parsed, nameOf, options.pseudonymizeHousehold);
  return parsed.map((input, index) =>
    encodeOne(input, nameOf(index), options.pseudonymize, households[index]),
  );
}

/** Each event's household pseudonym made from its `householdKey`, or undefined where it sent none. */
function householdsOf(
  parsed: readonly Record<string, unknown>[],
  nameOf: (index: number) => string,
  pseudonymizeHousehold: ((householdKey: string) => string) | undefined,
): (string | undefined)[] {
  const invalid: InvalidField[] = [];
  let badKeys = 0;
  const out = parsed.map((input, index) => {
    if (typeof input.householdKey !== "string") return undefined;
    const name = `${nameOf(index)}.householdKey`;
    if (input.household !== undefined && input.household !== null) {
      invalid.push({ name, reason: "send household (a pseudonym) or householdKey (in clear), not both" });
      return undefined;
    }
    if (pseudonymizeHousehold === undefined) {
      invalid.push({ name, reason: "this path cannot pseudonymise a household key; send household" });
      return undefined;
    }
    try {
      return pseudonymizeHousehold(input.householdKey);
    } catch (error) {
      if (!isBzError(error)) throw error;
      badKeys++;
      invalid.push({ name, reason: error.message });
      return undefined;
    }
  });
  if (invalid.length > 0) {
    const code = badKeys === invalid.length ? "PRIVACY_INVALID_HOUSEHOLD_KEY" : "INGEST_NOT_PSEUDONYMISED";
    refuse(code, "household key(s) not pseudonymised", invalid);
  }
  return out;
}

/**
 * Outside `bsn` (pseudonymised here) no field may hold a BSN in clear, and a household must already
 * be a pseudonym (INGEST_CLEAR_IDENTIFIER, INGEST_NOT_PSEUDONYMISED, PRIVACY_UNKNOWN_KEY): the
 * recorder would dead-letter such an event anyway; refused here the partner hears it at once.
 */
function refuseClearIdentifiers(
  parsed: readonly Record<string, unknown>[],
  nameOf: (index: number) => string,
  knownKeyIds: ReadonlySet<string> | undefined,
): void {
  const clear: InvalidField[] = [];
  const notPseudonymised: InvalidField[] = [];
  const unknownKey: InvalidField[] = [];
  parsed.forEach((input, index) => {
    // A household key is checked too: an address key is never a BSN.
    const { bsn: _bsn, ...rest } = input;
    const path = findClearBsn(rest);
    if (path !== undefined) {
      clear.push({
        name: `${nameOf(index)}.${path}`,
        reason:
          "holds a nine-digit number passing the elfproef (a BSN in clear); leave it out, or send it as bsn",
      });
    }
    if (typeof rest.household === "string") {
      const ids = knownKeyIds ?? new Set([pseudonymPattern.exec(rest.household)?.[1] ?? ""]);
      const problem = pseudonymProblem("household", rest.household, ids);
      if (problem !== undefined) {
        (problem.code === "PRIVACY_UNKNOWN_KEY" ? unknownKey : notPseudonymised).push({
          name: `${nameOf(index)}.household`,
          reason: problem.message,
        });
      }
    }
  });
  if (clear.length > 0) refuse("INGEST_CLEAR_IDENTIFIER", "clear identifier(s)", clear);
  if (notPseudonymised.length > 0)
    refuse("INGEST_NOT_PSEUDONYMISED", "identifier(s) not pseudonymised", notPseudonymised);
  if (unknownKey.length > 0) refuse("PRIVACY_UNKNOWN_KEY", "pseudonym(s) of an unknown key", unknownKey);
}

function validateOne(input: unknown, name: string, invalid: InvalidField[]) {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    invalid.push({ name, reason: "expected a care event (a JSON object)" });
    return undefined;
  }
  const eventType = (input as { eventType?: unknown }).eventType;
  if (!isEventType(eventType)) {
    invalid.push({ name: `${name}.eventType`, reason: `expected one of ${eventTypes.join(", ")}` });
    return undefined;
  }
  const result = eventWithBsnSchema(eventType).safeParse(input);
  if (result.success) return result.data as Record<string, unknown>;
  // The zod error is not kept as a cause: its issues may hold the input, BSN included.
  invalid.push(...result.error.issues.flatMap((issue) => describeIssue(issue, name)));
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue, name: string): InvalidField[] {
  const at = `${name}${issue.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("")}`;
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      name: `${at}.${key}`,
      reason:
        key === "subject"
          ? "send the client's bsn instead: the pseudonym is made here, with the platform's key"
          : "unknown field (fields are exactly those of the contracts)",
    }));
  }
  return [{ name: at, reason: issue.message }];
}

function encodeOne(
  input: Record<string, unknown>,
  name: string,
  pseudonymize: (bsn: string) => string,
  household: string | undefined,
) {
  const { bsn, householdKey: _householdKey, ...rest } = input;
  const event = {
    ...rest,
    ...(household === undefined ? {} : { household }),
    subject: pseudonymize(String(bsn)),
  } as CareEvent;
  try {
    const value = encodeEvent(event);
    return {
      event,
      record: {
        key: event.subject,
        value,
        headers: {
          [recordHeaders.eventType]: event.eventType,
          [recordHeaders.correlationId]: event.correlationId,
        },
      },
    };
  } catch (error) {
    if (isBzError(error, "CONTRACT_OVERSIZED"))
      refuse("CONTRACT_OVERSIZED", "oversized event(s)", [{ name, reason: error.message }]);
    throw error;
  }
}

function refuse(code: ErrorCode, what: string, fields: InvalidField[]): never {
  const listed = fields
    .slice(0, 10)
    .map((field) => `${field.name}: ${field.reason}`)
    .join("; ");
  const more = fields.length > 10 ? ` (and ${fields.length - 10} more)` : "";
  throw new BzError(code, `${fields.length} ${what}, nothing was published: ${listed}${more}`, {
    details: { invalidParams: fields },
  });
}
