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
  CONTRACT_FORBIDDEN_CHARACTER:
    "A string holds a character no store can keep: a control character other than tab, newline or carriage return, a lone surrogate or a Unicode non-character.",
  PRIVACY_INVALID_BSN: "A BSN fails the elfproef or is not nine digits.",
  PRIVACY_UNKNOWN_KEY: "A pseudonym names a key id that is not configured.",
  PRIVACY_INVALID_HOUSEHOLD_KEY:
    "A household key (the address key a household pseudonym is made from) is empty, too long or looks like a BSN.",
  STORE_WRONG_EXPECTED_REVISION: "A stream's revision differs from the one the append expected.",
  STORE_UNAVAILABLE: "The event store cannot be reached.",
  STORE_INVALID_EVENT:
    "An event to append is malformed (its id is not a UUID, its type is empty) or holds a value the store cannot keep.",
  STORE_BUSY:
    "The event store refused work for a passing reason (serialization failure, deadlock, too many connections, shutting down); the work is retried.",
  STORE_REJECTED_EVENT:
    "The event store refused an event for a reason its data causes but no known class names; the event is dead-lettered, the rest of its batch stored.",
  LOG_UNAVAILABLE: "The event log cannot be reached.",
  LOG_INVALID_TOPIC: "A topic name or partition count is not one the event log accepts.",
  LOG_UNKNOWN_TOPIC: "The topic does not exist in the event log; create it first.",
  LOG_CLOSED: "The event log, producer or consumer was used after it was closed.",
  LOG_AUTHENTICATION_FAILED:
    "The event log refused the client's credentials (wrong SASL user name, password or mechanism).",
  LOG_NOT_AUTHORIZED:
    "The event log's ACLs do not let this principal do that (write or read this topic, use this group).",
  LOG_RECORD_TOO_LARGE: "A record is larger than the event log accepts (Kafka: message.max.bytes).",
  LOG_REJECTED_RECORD:
    "The event log refused a record for a reason the record itself causes (corrupt, invalid); retrying will not help.",
  INGEST_WRONG_PUBLISHER: "The envelope's publisher is not the partner that owns the topic or credential.",
  INGEST_FORBIDDEN_TYPE: "The partner may not publish this event type.",
  INGEST_NOT_PSEUDONYMISED:
    "subject or household is not a pseudonym in the platform's format <keyId>:<43 base64url characters>; pseudonymise the BSN first.",
  INGEST_CLEAR_IDENTIFIER:
    "The event holds a nine-digit number passing the elfproef (a BSN in clear); pseudonymise it or leave it out.",
  INGEST_KEY_MISMATCH: "The Kafka record's key is not the event's subject pseudonym.",
  INGEST_BATCH_TOO_LARGE: "A request to the gateway holds more events than one batch may.",
  AUTH_MISSING_CREDENTIALS: "The request carries no API key.",
  AUTH_INVALID_CREDENTIALS: "The API key is not known.",
  AUTH_MISSING_TOKEN: "The request carries no bearer token (Authorization: Bearer <JWT>).",
  AUTH_INVALID_TOKEN:
    "The bearer token is malformed, expired, not yet valid, signed by an unknown key, or for another issuer or audience.",
  AUTH_REVOKED_TOKEN: "The bearer token was revoked before it expired; sign in again for a new one.",
  AUTH_REVOCATIONS_UNAVAILABLE:
    "The list of revoked tokens could not be read, so no token is accepted for now (fail closed); retry later.",
  AUTH_FORBIDDEN: "The token is valid but its holder lacks the role or binding this request needs.",
  ACCESS_LOG_CHAIN_BROKEN:
    "The access log's hash chain does not verify, so it is not purged: the log is evidence; run access-log verify and investigate.",
  ACCESS_BREAK_GLASS_INVALID:
    "A break-glass request lacks a reason or a care relationship, or asks for longer than allowed.",
  PSEUDONYM_UNAVAILABLE:
    "The platform's pseudonym service (POST /v1/pseudonyms) cannot be reached or answered with an error.",
  PSEUDONYM_RATE_LIMITED:
    "A partner asked for more pseudonyms than its rate allows (BSNs per second); retry after the Retry-After seconds.",
  ACCESS_LOG_UNAVAILABLE:
    "The access could not be written to the access log, so the data is not returned (fail closed).",
  WARD_INVALID_CATALOGUE:
    "The indicator catalogue file does not match its schema or defines an id and version twice.",
  WARD_UNKNOWN_INDICATOR:
    "No indicator with this id (and version) is in the catalogue; GET /v1/indicators lists them.",
  WARD_UNKNOWN_WARD: "The ward is not one of the four pilot wards or DISTRICT; GET /v1/wards lists them.",
  WARD_INVALID_PERIOD: "A from/to date is not an ISO date (YYYY-MM-DD), or from is after to.",
  SIMULATOR_PUBLISH_REFUSED:
    "The platform refused events the simulator sent as a partner (the gateway answered other than 202).",
  HTTP_INVALID_REQUEST: "The request does not match the documented schema.",
  HTTP_NOT_FOUND: "The resource does not exist.",
  HTTP_RATE_LIMITED:
    "Too many requests from this partner or client address in the current window; retry after the time the answer names.",
  HTTP_INTERNAL:
    "The server failed unexpectedly; the cause is in its log. Retry later, or tell the operator.",
} as const;

/** One of the platform's stable error codes. */
export type ErrorCode = keyof typeof errorCodes;
