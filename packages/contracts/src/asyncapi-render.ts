import { stringify } from "yaml";
import { parsingCanonicalForm } from "./canonical-form.ts";
import type { CatalogueSource, EventSchemaSource } from "./catalogue-source.ts";
import { fingerprint64, fingerprintHex } from "./crc64.ts";

/**
 * docs/asyncapi.yaml: the catalogue as an AsyncAPI 3.0 document for partner IT teams' tooling.
 * One channel per partner topic and dead-letter topic; one message per schema version, carrying
 * its .avsc as an Avro payload; the record key and headers the platform uses.
 */

const AVRO_FORMAT = "application/vnd.apache.avro+json;version=1.9.0";
const KAFKA_BINDING = "0.5.0";

/** The text of docs/asyncapi.yaml. */
export function renderAsyncApi(source: CatalogueSource): string {
  const messages: Record<string, unknown> = { DeadLetter: deadLetterMessage() };
  for (const event of source.events) messages[messageId(event)] = eventMessage(event, source);
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const partner of source.partners) {
    const topic = `care.${partner.slug}.v1`;
    const id = topic.replaceAll(".", "-");
    const published = source.events.filter((e) => partner.publishes.includes(e.eventType));
    channels[id] = {
      address: topic,
      title: `${partner.name} care events`,
      description: `Events ${partner.name} publishes, keyed by subject pseudonym. Only ${partner.name}'s credentials may write here; the publisher field must be ${partner.partner}.`,
      messages: Object.fromEntries(
        published.map((e) => [messageId(e), { $ref: `#/components/messages/${messageId(e)}` }]),
      ),
      bindings: { kafka: { topic, bindingVersion: KAFKA_BINDING } },
    };
    channels[`${id}-dlq`] = {
      address: `${topic}.dlq`,
      title: `${partner.name} rejected records`,
      description: `Records from ${topic} the platform could not accept, unchanged, with the reason in headers. ${partner.name} may read this topic to see why.`,
      messages: { DeadLetter: { $ref: "#/components/messages/DeadLetter" } },
      bindings: { kafka: { topic: `${topic}.dlq`, bindingVersion: KAFKA_BINDING } },
    };
    operations[`receive-${id}`] = {
      action: "receive",
      title: `Record ${partner.name}'s events`,
      summary: `The recorder consumes ${topic}: decode, validate, authorise the publisher, deduplicate, store.`,
      channel: { $ref: `#/channels/${id}` },
      messages: published.map((e) => ({ $ref: `#/channels/${id}/messages/${messageId(e)}` })),
    };
    operations[`send-${id}-dlq`] = {
      action: "send",
      title: `Dead-letter ${partner.name}'s rejected records`,
      channel: { $ref: `#/channels/${id}-dlq` },
      messages: [{ $ref: `#/channels/${id}-dlq/messages/DeadLetter` }],
    };
  }
  const document = {
    asyncapi: "3.0.0",
    info: {
      title: "Blauwe Zorg care events",
      version: "1.0.0",
      description: [
        "Care events that partners in the Blauwe Zorg pilot (Maastricht-Oost) publish to the platform.",
        "Record values are Avro single-object encoded: the bytes C3 01, the 8-byte little-endian CRC-64-AVRO",
        "fingerprint of the writer schema's Parsing Canonical Form, then the Avro binary body. Any Avro library",
        "reads them with the .avsc files in contracts/ (fingerprints in contracts/fingerprints.json).",
        "Generated from contracts/ by packages/contracts/scripts/docs.ts; do not edit.",
      ].join(" "),
    },
    defaultContentType: "application/octet-stream",
    servers: {
      local: {
        host: "localhost:9092",
        protocol: "kafka",
        description: "The development broker (make kafka-up); each environment gives its own.",
      },
    },
    channels,
    operations,
    components: {
      messages,
      schemas: { RecordHeaders: recordHeaders(), DeadLetterHeaders: deadLetterHeaders() },
      correlationIds: {
        bzCorrelationId: {
          description: "The envelope's correlationId, copied into the bz-correlation-id header.",
          location: "$message.header#/bz-correlation-id",
        },
      },
    },
  };
  return `# Generated from contracts/ by packages/contracts/scripts/docs.ts. Do not edit.\n${stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

function messageId(event: EventSchemaSource): string {
  return `${event.eventType}-v${event.version}`;
}

function eventMessage(event: EventSchemaSource, source: CatalogueSource) {
  const fingerprint = fingerprintHex(fingerprint64(parsingCanonicalForm(event.schema)));
  const latest = Math.max(
    ...source.events.filter((e) => e.eventType === event.eventType).map((e) => e.version),
  );
  const status =
    event.version === latest
      ? "the current version: publish this one"
      : `superseded by v${latest}; still readable`;
  return {
    name: event.eventType,
    title: `${event.eventType} v${event.version}`,
    summary: String(event.schema.doc),
    description: `Schema ${event.file} (${status}). Writer fingerprint ${fingerprint}. Data category: ${String(event.schema["bz.dataCategory"])}.`,
    contentType: "application/octet-stream",
    headers: { $ref: "#/components/schemas/RecordHeaders" },
    correlationId: { $ref: "#/components/correlationIds/bzCorrelationId" },
    payload: { schemaFormat: AVRO_FORMAT, schema: event.schema },
    bindings: {
      kafka: {
        key: {
          type: "string",
          description:
            "The envelope's subject pseudonym: all events of one client go to one partition, in order.",
        },
        bindingVersion: KAFKA_BINDING,
      },
    },
    "x-bz-fingerprint": fingerprint,
  };
}

function deadLetterMessage() {
  return {
    name: "DeadLetter",
    title: "Rejected record",
    summary:
      "A record the platform could not accept, byte for byte as it arrived, with the reason in its headers.",
    contentType: "application/octet-stream",
    headers: { $ref: "#/components/schemas/DeadLetterHeaders" },
    payload: { type: "string", format: "binary", description: "The original record value, unchanged." },
    bindings: {
      kafka: {
        key: { type: "string", description: "The original record's key, unchanged." },
        bindingVersion: KAFKA_BINDING,
      },
    },
  };
}

function recordHeaders() {
  return {
    type: "object",
    description: "Kafka headers on every care event record (UTF-8 strings).",
    required: ["bz-event-type"],
    properties: {
      "bz-event-type": {
        type: "string",
        description: "The envelope's eventType, so a consumer can route without decoding.",
        examples: ["ContactDelivered"],
      },
      "bz-correlation-id": { type: "string", description: "The envelope's correlationId." },
    },
  };
}

function deadLetterHeaders() {
  const text = (description: string, examples?: string[]) => ({
    type: "string",
    description,
    ...(examples ? { examples } : {}),
  });
  return {
    type: "object",
    description: "Kafka headers the platform adds to a dead-lettered record (UTF-8 strings).",
    required: [
      "bz-reason-code",
      "bz-error",
      "bz-original-topic",
      "bz-original-partition",
      "bz-original-offset",
      "bz-failed-at",
      "bz-original-sha256",
      "bz-original-length",
    ],
    properties: {
      "bz-reason-code": text("Stable error code (docs/errors.md).", [
        "CONTRACT_UNKNOWN_FINGERPRINT",
        "INGEST_FORBIDDEN_TYPE",
      ]),
      "bz-error": text("What was wrong, with which value, and what to do."),
      "bz-original-topic": text("The topic the record was read from.", ["care.trajekt.v1"]),
      "bz-original-partition": text("Its partition, in decimal.", ["0"]),
      "bz-original-offset": text("Its offset, in decimal.", ["42"]),
      "bz-failed-at": text("When it was rejected, ISO-8601 UTC.", ["2025-03-01T09:30:00.000Z"]),
      "bz-original-sha256": text("SHA-256 (hex) of the original record's value, whether or not it is kept."),
      "bz-original-length": text("Length in bytes of the original record's value.", ["512"]),
      "bz-value-withheld": text(
        "Present when the value is not the original: clear-identifier (empty: the record may hold a BSN in clear; key and headers dropped too) or truncated (its first 256 KiB).",
        ["clear-identifier", "truncated"],
      ),
    },
  };
}
