/**
 * Every stable error code of the platform, `<AREA>_<REASON>`. docs/errors.md explains each one;
 * a test keeps that page and this list in step.
 */
export const errorCodes = {
  CONFIG_INVALID: "A configuration variable is missing or has a value outside what is expected.",
  CONTRACT_BAD_MARKER: "The bytes do not start with the Avro single-object marker C3 01.",
  CONTRACT_UNKNOWN_FINGERPRINT: "No schema in the catalogue has the writer fingerprint carried by the bytes.",
  CONTRACT_TRUNCATED: "The bytes end before the value they encode is complete.",
  CONTRACT_TRAILING_BYTES: "Bytes remain after the encoded value.",
  CONTRACT_INVALID_VALUE:
    "A value does not match its schema (missing field, wrong type, value outside an enum).",
  CONTRACT_OVERSIZED: "An encoded event is larger than the platform accepts.",
  CONTRACT_UNKNOWN_TYPE: "The event type is not in the catalogue.",
  CONTRACT_INVALID_SCHEMA:
    "An .avsc file is not valid Avro or breaks a rule of the catalogue (see packages/contracts).",
  CONTRACT_INCOMPATIBLE: "A schema version cannot read data written by an earlier version.",
  PRIVACY_INVALID_BSN: "A BSN fails the elfproef or is not nine digits.",
  PRIVACY_UNKNOWN_KEY: "A pseudonym names a key id that is not configured.",
  PRIVACY_INVALID_HOUSEHOLD_KEY:
    "A household key (the address key a household pseudonym is made from) is empty, too long or looks like a BSN.",
  STORE_WRONG_EXPECTED_REVISION: "A stream's revision differs from the one the append expected.",
  STORE_UNAVAILABLE: "The event store cannot be reached.",
  STORE_INVALID_EVENT: "An event to append is malformed: its id is not a UUID or its type is empty.",
  LOG_UNAVAILABLE: "The event log cannot be reached.",
  LOG_INVALID_TOPIC: "A topic name or partition count is not one the event log accepts.",
  LOG_UNKNOWN_TOPIC: "The topic does not exist in the event log; create it first.",
  LOG_CLOSED: "The event log, producer or consumer was used after it was closed.",
  INGEST_WRONG_PUBLISHER: "The envelope's publisher is not the partner that owns the topic or credential.",
  INGEST_FORBIDDEN_TYPE: "The partner may not publish this event type.",
  INGEST_UNKNOWN_WARD: "The ward cannot be resolved from the given buurt code.",
  INGEST_BATCH_TOO_LARGE: "A request to the gateway holds more events than one batch may.",
  AUTH_MISSING_CREDENTIALS: "The request carries no API key.",
  AUTH_INVALID_CREDENTIALS: "The API key is not known.",
  ACCESS_LOG_UNAVAILABLE:
    "The access could not be written to the access log, so the data is not returned (fail closed).",
  SIMULATOR_PUBLISH_REFUSED:
    "The platform refused events the simulator sent as a partner (the gateway answered other than 202).",
  HTTP_INVALID_REQUEST: "The request does not match the documented schema.",
  HTTP_NOT_FOUND: "The resource does not exist.",
  HTTP_INTERNAL:
    "The server failed unexpectedly; the cause is in its log. Retry later, or tell the operator.",
} as const;

/** One of the platform's stable error codes. */
export type ErrorCode = keyof typeof errorCodes;
