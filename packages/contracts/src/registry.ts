import { BzError } from "@bz/errors";
import type { Type } from "avsc";
import avro from "avsc";
import type { z } from "zod";
import { parsingCanonicalForm } from "./canonical-form.ts";
import type { CatalogueSource } from "./catalogue-source.ts";
import { fingerprint64, fingerprintHex } from "./crc64.ts";
import { type DeclaredRule, declaredRules, ruleIds } from "./cross-field-rules.ts";
import { parseSchemaTree, type SchemaNode } from "./schema-tree.ts";
import { eventZodSchema } from "./zod-from-avro.ts";

/**
 * Every schema version of the catalogue, parsed once: its tree, its avsc type, its Parsing
 * Canonical Form and fingerprint. The codec looks writer schemas up here by fingerprint.
 */

/** One version of one event type. */
export interface SchemaVersion {
  eventType: string;
  version: number;
  file: string;
  schema: Record<string, unknown>;
  tree: SchemaNode;
  type: Type;
  canonicalForm: string;
  fingerprint: bigint;
}

/** One event type with all its versions, oldest first. */
export interface EventTypeSchemas {
  eventType: string;
  versions: SchemaVersion[];
  latest: SchemaVersion;
  /** Validates JSON input and outputs the value the codec encodes (latest version). */
  zod: z.ZodType;
  /** Cross-field rules (`bz.rules`), each from the version that introduced it. */
  rules: DeclaredRule[];
}

/** The parsed catalogue. */
export interface Registry {
  byType: Map<string, EventTypeSchemas>;
  /** Keyed by the fingerprint as 16 hex digits. */
  byFingerprint: Map<string, SchemaVersion>;
}

/** Parses every schema of `source` (throws CONTRACT_INVALID_SCHEMA on the first bad one). */
export function buildRegistry(source: CatalogueSource): Registry {
  const grouped = new Map<string, SchemaVersion[]>();
  const byFingerprint = new Map<string, SchemaVersion>();
  for (const event of source.events) {
    const canonicalForm = parsingCanonicalForm(event.schema);
    const version: SchemaVersion = {
      ...event,
      tree: parseSchemaTree(event.schema, event.file),
      type: avro.Type.forSchema(event.schema as never),
      canonicalForm,
      fingerprint: fingerprint64(canonicalForm),
    };
    byFingerprint.set(fingerprintHex(version.fingerprint), version);
    grouped.set(event.eventType, [...(grouped.get(event.eventType) ?? []), version]);
  }
  const byType = new Map<string, EventTypeSchemas>();
  for (const [eventType, versions] of grouped) {
    versions.sort((a, b) => a.version - b.version);
    const latest = versions[versions.length - 1];
    if (latest === undefined) continue;
    const identity = { eventType, versions: versions.map((v) => v.version), latest: latest.version };
    const rules = declaredRules(versions);
    const unknown = rules.find((rule) => !ruleIds.includes(rule.id));
    if (unknown !== undefined) {
      throw new BzError(
        "CONTRACT_INVALID_SCHEMA",
        `${latest.file} declares the rule "${unknown.id}", which the codec does not implement; known rules: ${ruleIds.join(", ")}.`,
      );
    }
    byType.set(eventType, { eventType, versions, latest, zod: eventZodSchema(latest.tree, identity), rules });
  }
  return { byType, byFingerprint };
}
