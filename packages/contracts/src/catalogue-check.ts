import { isDeepStrictEqual } from "node:util";
import { BzError } from "@bz/errors";
import { parsingCanonicalForm } from "./canonical-form.ts";
import type { CatalogueSource, EventSchemaSource } from "./catalogue-source.ts";
import { avscRefusal, avscType, incompatibilities } from "./compatibility.ts";
import { fingerprint64, fingerprintHex } from "./crc64.ts";
import { parseSchemaTree } from "./schema-tree.ts";

/**
 * Every rule a contracts folder must keep, as one list of problems: what `contracts check` prints
 * and what the test suite asserts empty. Each problem names the file and the field.
 */

/** One broken rule. */
export interface CatalogueProblem {
  code: "CONTRACT_INCOMPATIBLE" | "CONTRACT_INVALID_SCHEMA";
  file: string;
  message: string;
}

/** The recorded fingerprints of published versions: contracts/fingerprints.json. */
export type FingerprintLock = Record<string, string>;

/** `ContactDelivered v1`: the key of a version in fingerprints.json. */
export function lockKey(event: Pick<EventSchemaSource, "eventType" | "version">): string {
  return `${event.eventType} v${event.version}`;
}

/** All problems of a catalogue; `lock` (when given) freezes the fingerprints of published versions. */
export function checkCatalogue(source: CatalogueSource, lock?: FingerprintLock): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const parsed = new Map<EventSchemaSource, ReturnType<typeof parseSchemaTree>>();
  for (const event of source.events) {
    try {
      avscType(event.schema);
      parsed.set(event, parseSchemaTree(event.schema, event.file));
    } catch (error) {
      problems.push({ code: "CONTRACT_INVALID_SCHEMA", file: event.file, message: messageOf(error) });
    }
  }
  problems.push(...compatibility(source.events, parsed));
  problems.push(...frozenFingerprints(source.events, lock));
  problems.push(...sharedDefinitions(source));
  problems.push(...partnerLists(source));
  problems.push(...dataCategories(source));
  return problems;
}

/** Backward, transitive: each version reads data written by every earlier version of its type. */
function compatibility(
  events: EventSchemaSource[],
  parsed: Map<EventSchemaSource, ReturnType<typeof parseSchemaTree>>,
) {
  const problems: CatalogueProblem[] = [];
  for (const reader of events) {
    const readerTree = parsed.get(reader);
    if (readerTree === undefined) continue;
    const earlier = events.filter((e) => e.eventType === reader.eventType && e.version < reader.version);
    for (const writer of earlier) {
      const writerTree = parsed.get(writer);
      if (writerTree === undefined) continue;
      const found = incompatibilities(readerTree, writerTree);
      const avsc = avscRefusal(avscType(reader.schema), avscType(writer.schema));
      for (const { path, message } of found) {
        problems.push({
          code: "CONTRACT_INCOMPATIBLE",
          file: reader.file,
          message: `${lockKey(reader)} cannot read data written with v${writer.version}: at ${path}, ${message}. Give new fields a default and keep old symbols.`,
        });
      }
      if (found.length === 0 && avsc !== undefined) {
        problems.push({
          code: "CONTRACT_INCOMPATIBLE",
          file: reader.file,
          message: `${lockKey(reader)} cannot read data written with v${writer.version}: ${avsc}.`,
        });
      }
    }
  }
  return problems;
}

function frozenFingerprints(
  events: EventSchemaSource[],
  lock: FingerprintLock | undefined,
): CatalogueProblem[] {
  if (lock === undefined) return [];
  return events.flatMap((event): CatalogueProblem[] => {
    const recorded = lock[lockKey(event)];
    const actual = fingerprintHex(fingerprint64(parsingCanonicalForm(event.schema)));
    if (recorded === undefined || recorded === actual) return [];
    return [
      {
        code: "CONTRACT_INCOMPATIBLE",
        file: event.file,
        message: `${lockKey(event)} was published with fingerprint ${recorded} but now has ${actual}: stored events name the old one. Revert the change and add v${event.version + 1}.avsc instead (docs and bz.* attributes may change freely).`,
      },
    ];
  });
}

/**
 * Envelope fields and named types copied into each self-contained .avsc equal contracts/shared
 * (and each other), so an enum cannot quietly differ between two event types.
 */
function sharedDefinitions(source: CatalogueSource): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const definitions = new Map<string, { file: string; schema: unknown }>();
  for (const shared of source.shared) {
    if (shared.schema.name !== "Envelope") collectNamed(shared.schema, shared.file, definitions, problems);
  }
  const envelope = source.shared.find((s) => s.schema.name === "Envelope")?.schema.fields as
    | unknown[]
    | undefined;
  for (const event of source.events) {
    // Older versions are history: only the latest must use today's shared definitions.
    const isLatest = !source.events.some((e) => e.eventType === event.eventType && e.version > event.version);
    if (!isLatest) continue;
    collectNamed(event.schema.fields, event.file, definitions, problems);
    const fields = event.schema.fields as unknown[] | undefined;
    if (envelope !== undefined && !isDeepStrictEqual(fields?.slice(0, envelope.length), envelope)) {
      problems.push({
        code: "CONTRACT_INVALID_SCHEMA",
        file: event.file,
        message: `the first ${envelope.length} fields must be the envelope of shared/envelope.avsc, unchanged and in order`,
      });
    }
  }
  return problems;
}

/** Records every named type inside `type` (a schema, union or field list) and flags redefinitions. */
function collectNamed(
  type: unknown,
  file: string,
  seen: Map<string, { file: string; schema: unknown }>,
  problems: CatalogueProblem[],
): void {
  if (Array.isArray(type)) {
    for (const item of type) {
      // A field list holds {name, type, doc}; a union holds schemas.
      const isField =
        typeof item === "object" &&
        item !== null &&
        !("symbols" in item) &&
        !("fields" in item) &&
        "name" in item;
      collectNamed(isField ? (item as { type: unknown }).type : item, file, seen, problems);
    }
    return;
  }
  if (typeof type !== "object" || type === null) return;
  const node = type as Record<string, unknown>;
  if ((node.type === "record" || node.type === "enum") && typeof node.name === "string") {
    const { namespace: _ignored, ...definition } = node;
    const first = seen.get(node.name);
    if (first === undefined) seen.set(node.name, { file, schema: definition });
    else if (!isDeepStrictEqual(first.schema, definition)) {
      problems.push({
        code: "CONTRACT_INVALID_SCHEMA",
        file,
        message: `${node.name} differs from its definition in ${first.file}; a named type is the same everywhere`,
      });
    }
  }
  if (node.type === "record") collectNamed(node.fields, file, seen, problems);
  else if (node.type === "array") collectNamed(node.items, file, seen, problems);
  else if (typeof node.type === "object") collectNamed(node.type, file, seen, problems);
}

function partnerLists(source: CatalogueSource): CatalogueProblem[] {
  const types = new Set(source.events.map((e) => e.eventType));
  return source.partners.flatMap((partner) =>
    partner.publishes
      .filter((type) => !types.has(type))
      .map(
        (type): CatalogueProblem => ({
          code: "CONTRACT_INVALID_SCHEMA",
          file: `partners/${partner.slug}/publishes.json`,
          message: `lists ${type}, which is not an event type in events/`,
        }),
      ),
  );
}

/** Each event type declares a data category: a DataCategory symbol, or per-event with a dataCategory field. */
function dataCategories(source: CatalogueSource): CatalogueProblem[] {
  const symbols = source.shared.find((s) => s.schema.name === "DataCategory")?.schema.symbols as
    | string[]
    | undefined;
  return source.events.flatMap((event): CatalogueProblem[] => {
    const declared = event.schema["bz.dataCategory"];
    const fields = (event.schema.fields as { name: string }[] | undefined) ?? [];
    if (declared === "per-event" && fields.some((f) => f.name === "dataCategory")) return [];
    if (typeof declared === "string" && declared !== "per-event" && symbols?.includes(declared)) return [];
    return [
      {
        code: "CONTRACT_INVALID_SCHEMA",
        file: event.file,
        message: `"bz.dataCategory" must be a DataCategory symbol, or "per-event" with a dataCategory field; it is ${JSON.stringify(declared)}`,
      },
    ];
  });
}

function messageOf(error: unknown): string {
  return error instanceof BzError || error instanceof Error ? error.message : String(error);
}
