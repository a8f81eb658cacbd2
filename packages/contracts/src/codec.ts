import { BzError } from "@bz/errors";
import type { Resolver } from "avsc";
import { scanBody } from "./binary-scan.ts";
import { fingerprintBytes, fingerprintHex } from "./crc64.ts";
import { firstViolation, type RuleContext } from "./cross-field-rules.ts";
import { compileReader, type DecodedReader, INVALID, type ReadNotes } from "./decoded-reader.ts";
import type { CareEvent } from "./generated/types.ts";
import type { EventTypeSchemas, Registry, SchemaVersion } from "./registry.ts";
import { forbiddenCharacterIssue } from "./text-rules.ts";
import { fromWire, toWire } from "./wire-value.ts";
import { describeZodError } from "./zod-errors.ts";

/**
 * Avro single-object encoding of care events: C3 01, the writer schema's CRC-64-AVRO fingerprint
 * (8 bytes little-endian), then the Avro binary body. Decoding finds the writer schema by
 * fingerprint and resolves it to the latest version of its event type.
 */

/** The largest encoded event accepted, marker and fingerprint included (well under Kafka's 1 MiB). */
export const MAX_EVENT_BYTES = 256 * 1024;
const MARKER = Buffer.from([0xc3, 0x01]);
const HEADER_BYTES = 10;

/** What the framing of an encoded event says, before its body is decoded. */
export interface FrameInfo {
  eventType: string;
  /** The schema version the bytes were written with. */
  writerVersion: number;
  /** The writer fingerprint, 16 hex digits. */
  fingerprint: string;
}

/** A codec over one registry; index.ts exposes the one built from the checked-in catalogue. */
export function createCodec(registry: Registry, context: RuleContext) {
  const resolvers = new Map<string, Resolver>();
  const readers = new Map<SchemaVersion, DecodedReader>();
  // By the fingerprint's number, so a lookup needs no hex string per event (bigints compare by value).
  const byFingerprint = new Map([...registry.byFingerprint.values()].map((v) => [v.fingerprint, v]));

  function schemasOf(eventType: unknown) {
    const schemas = typeof eventType === "string" ? registry.byType.get(eventType) : undefined;
    if (schemas === undefined) {
      throw new BzError(
        "CONTRACT_UNKNOWN_TYPE",
        `Event type ${JSON.stringify(eventType)} is not in the catalogue; known types: ${[...registry.byType.keys()].join(", ")}.`,
      );
    }
    return schemas;
  }

  /** Validates `input` (an event object or parsed JSON) and returns it as the codec encodes it. */
  function parseEvent(input: unknown): CareEvent {
    return validate(input, undefined);
  }

  /**
   * `writtenAs` is the writer version of decoded bytes: a cross-field rule binds only values written
   * against the version that introduced it, so stored events stay readable. Input (JSON or an event
   * to encode) is written as the latest version, so every rule binds it.
   */
  function validate(input: unknown, writtenAs: number | undefined): CareEvent {
    const schemas = schemasOf((input as { eventType?: unknown } | null)?.eventType);
    const result = schemas.zod.safeParse(input);
    if (!result.success) {
      const forbidden = result.error.issues.some(
        (issue) => issue.code === "custom" && issue.params?.bz === forbiddenCharacterIssue,
      );
      throw new BzError(
        forbidden ? "CONTRACT_FORBIDDEN_CHARACTER" : "CONTRACT_INVALID_VALUE",
        `Invalid ${schemas.eventType} event: ${describeZodError(result.error)}.`,
        { cause: result.error },
      );
    }
    checkRules(schemas, result.data as Record<string, unknown>, writtenAs ?? schemas.latest.version);
    return result.data as CareEvent;
  }

  /** The cross-field rules (`bz.rules`) that bind a value written as version `writtenAs`. */
  function checkRules(schemas: EventTypeSchemas, value: Record<string, unknown>, writtenAs: number): void {
    const violation = firstViolation(schemas.rules, value, writtenAs, context);
    if (violation !== undefined) {
      throw new BzError(
        "CONTRACT_INVALID_VALUE",
        `Invalid ${schemas.eventType} event: at ${violation.field}: ${violation.message}.`,
      );
    }
  }

  function encodeEvent(event: CareEvent): Buffer {
    const value = parseEvent(event);
    const writer = schemasOf(value.eventType).latest;
    const body = writer.type.toBuffer(toWire(writer.tree, value));
    const size = HEADER_BYTES + body.length;
    if (size > MAX_EVENT_BYTES) {
      throw new BzError(
        "CONTRACT_OVERSIZED",
        `The ${value.eventType} event ${value.eventId} encodes to ${size} bytes; the limit is ${MAX_EVENT_BYTES}. Shorten its free-text or list fields.`,
      );
    }
    return Buffer.concat([MARKER, fingerprintBytes(writer.fingerprint), body]);
  }

  function writerOf(bytes: Uint8Array): SchemaVersion {
    if (bytes.length > MAX_EVENT_BYTES) {
      throw new BzError(
        "CONTRACT_OVERSIZED",
        `The event is ${bytes.length} bytes; the limit is ${MAX_EVENT_BYTES}.`,
      );
    }
    const markerSeen = Math.min(bytes.length, 2);
    for (let i = 0; i < markerSeen; i++) {
      if (bytes[i] !== MARKER[i]) {
        const got = Buffer.from(bytes.subarray(0, 2)).toString("hex");
        throw new BzError(
          "CONTRACT_BAD_MARKER",
          `The bytes start with 0x${got}, not the Avro single-object marker 0xc301: they are not a single-object encoded Avro event.`,
        );
      }
    }
    if (bytes.length < HEADER_BYTES) {
      throw new BzError(
        "CONTRACT_TRUNCATED",
        `The event is ${bytes.length} bytes, shorter than the 10-byte single-object header.`,
      );
    }
    const fingerprint = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readBigUInt64LE(2);
    const writer = byFingerprint.get(fingerprint);
    if (writer === undefined) {
      throw new BzError(
        "CONTRACT_UNKNOWN_FINGERPRINT",
        `No schema in the catalogue has fingerprint ${fingerprintHex(fingerprint)}; the writer used a schema that was never published here (update @bz/contracts or check the producer's .avsc).`,
      );
    }
    return writer;
  }

  function inspectEvent(bytes: Uint8Array): FrameInfo {
    const writer = writerOf(bytes);
    return {
      eventType: writer.eventType,
      writerVersion: writer.version,
      fingerprint: fingerprintHex(writer.fingerprint),
    };
  }

  function decodeEvent(bytes: Uint8Array): CareEvent {
    const writer = writerOf(bytes);
    const reader = schemasOf(writer.eventType).latest;
    const what = `${writer.eventType} v${writer.version}`;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    // Checked before avsc sees the bytes: avsc trusts counts and lengths (see binary-scan.ts).
    const scanned = scanBody(writer.tree, buffer, HEADER_BYTES);
    if (!scanned.ok) {
      const code = scanned.kind === "truncated" ? "CONTRACT_TRUNCATED" : "CONTRACT_INVALID_VALUE";
      throw new BzError(
        code,
        `The ${what} body is not a valid event at ${scanned.path}: ${scanned.message}.`,
      );
    }
    if (scanned.end < bytes.length) {
      throw new BzError(
        "CONTRACT_TRAILING_BYTES",
        `${bytes.length - scanned.end} bytes remain after the ${what} event (it ends at byte ${scanned.end} of ${bytes.length}).`,
      );
    }
    let decoded: { value: unknown; offset: number };
    try {
      decoded = reader.type.decode(buffer, HEADER_BYTES, resolverFor(writer, reader));
    } catch (cause) {
      // Not expected after the scan; kept so a gap in it still yields a typed error, not a crash.
      throw new BzError(
        "CONTRACT_INVALID_VALUE",
        `The ${what} body holds an invalid value: ${String(cause)}.`,
        {
          cause,
        },
      );
    }
    if (decoded.offset !== scanned.end) {
      throw new BzError(
        "CONTRACT_INVALID_VALUE",
        `The ${what} body could not be decoded (${bytes.length} bytes).`,
      );
    }
    // avsc proved the types; the compiled reader checks what the catalogue adds (decoded-reader.ts)
    // in the same walk that makes the event value. zod runs only to explain a refusal.
    const notes: ReadNotes = { replacementSeen: false };
    const fast = readerOf(reader)(decoded.value, notes);
    if (fast === INVALID) return explainRefusal(writer, reader, buffer, decoded.value, what);
    const value = fast as Record<string, unknown>;
    if (notes.replacementSeen) rejectInvalidUtf8(writer, buffer.subarray(HEADER_BYTES), what);
    checkIdentity(value, writer, what);
    value.schemaVersion = schemasOf(writer.eventType).latest.version;
    checkRules(schemasOf(writer.eventType), value, writer.version);
    return value as unknown as CareEvent;
  }

  /** The slow path of a refused body: the same checks as JSON input, for the same error message. */
  function explainRefusal(
    writer: SchemaVersion,
    reader: SchemaVersion,
    buffer: Buffer,
    wire: unknown,
    what: string,
  ): never {
    const value = fromWire(reader.tree, wire) as Record<string, unknown>;
    if (JSON.stringify(value).includes("\uFFFD"))
      rejectInvalidUtf8(writer, buffer.subarray(HEADER_BYTES), what);
    checkIdentity(value, writer, what);
    validate(value, writer.version);
    // zod found nothing the reader did: a disagreement the agreement test should have caught.
    throw new BzError("CONTRACT_INVALID_VALUE", `The ${what} body breaks a rule of the catalogue.`);
  }

  function readerOf(version: SchemaVersion): DecodedReader {
    let reader = readers.get(version);
    if (reader === undefined) {
      reader = compileReader(version.tree);
      readers.set(version, reader);
    }
    return reader;
  }

  function resolverFor(writer: SchemaVersion, reader: SchemaVersion): Resolver | undefined {
    if (writer === reader) return undefined;
    const key = fingerprintHex(writer.fingerprint);
    let resolver = resolvers.get(key);
    if (resolver === undefined) {
      resolver = reader.type.createResolver(writer.type);
      resolvers.set(key, resolver);
    }
    return resolver;
  }

  return { encodeEvent, decodeEvent, inspectEvent, parseEvent };
}

/** The body's own eventType and schemaVersion must be the writer schema's. */
function checkIdentity(value: Record<string, unknown>, writer: SchemaVersion, what: string): void {
  if (value.eventType !== writer.eventType || value.schemaVersion !== writer.version) {
    throw new BzError(
      "CONTRACT_INVALID_VALUE",
      `The ${what} body says eventType ${JSON.stringify(value.eventType)}, schemaVersion ${String(value.schemaVersion)}; the writer schema says ${writer.eventType} v${writer.version}.`,
    );
  }
}

/**
 * avsc decodes invalid UTF-8 as U+FFFD instead of failing. Only when a decoded string holds that
 * character (rare) is it worth proving the bytes were real UTF-8: re-encoding must give them back.
 */
function rejectInvalidUtf8(writer: SchemaVersion, body: Buffer, what: string): void {
  if (writer.type.toBuffer(writer.type.fromBuffer(body)).equals(body)) return;
  throw new BzError("CONTRACT_INVALID_VALUE", `The ${what} body holds a string that is not valid UTF-8.`);
}
