import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { BzError } from "@bz/errors";

/**
 * Reads a contracts folder (the .avsc catalogue) as plain JSON. Used by the type generator, the
 * `contracts check` CLI and the tests; the codec itself uses the generated copy and does no I/O.
 *
 * Layout: events/<kebab-type>/v<N>.avsc, shared/*.avsc, partners/<partner>/publishes.json.
 */

/** One version of one event type, as written in its .avsc file. */
export interface EventSchemaSource {
  eventType: string;
  version: number;
  /** Path relative to the contracts folder, for messages. */
  file: string;
  schema: Record<string, unknown>;
}

/** One partner folder. */
export interface PartnerSource {
  /** The folder name: the partner id used in topic names, e.g. leger-des-heils. */
  slug: string;
  /** The Partner enum symbol, e.g. LEGER_DES_HEILS. */
  partner: string;
  name: string;
  publishes: string[];
}

/** Everything in a contracts folder. */
export interface CatalogueSource {
  events: EventSchemaSource[];
  shared: { file: string; schema: Record<string, unknown> }[];
  partners: PartnerSource[];
}

/** The catalogue in `dir`, events sorted by type then version. */
export function readCatalogueSource(dir: string): CatalogueSource {
  const events: EventSchemaSource[] = [];
  for (const folder of list(join(dir, "events"))) {
    for (const name of list(join(dir, "events", folder))) {
      const match = /^v([1-9][0-9]*)\.avsc$/.exec(name);
      const file = relative(dir, join(dir, "events", folder, name));
      if (match === null) throw invalid(`${file}: event schema files are named v1.avsc, v2.avsc, ...`);
      const schema = readJson(dir, file) as Record<string, unknown>;
      const eventType = String(schema.name);
      if (kebab(eventType) !== folder)
        throw invalid(`${file}: record ${eventType} belongs in events/${kebab(eventType)}/`);
      events.push({ eventType, version: Number(match[1]), file, schema });
    }
  }
  events.sort((a, b) => a.eventType.localeCompare(b.eventType) || a.version - b.version);
  const shared = list(join(dir, "shared"))
    .filter((name) => name.endsWith(".avsc"))
    .map((name) => ({
      file: `shared/${name}`,
      schema: readJson(dir, `shared/${name}`) as Record<string, unknown>,
    }));
  const partners = list(join(dir, "partners")).map((slug): PartnerSource => {
    const json = readJson(dir, `partners/${slug}/publishes.json`) as Partial<PartnerSource>;
    if (typeof json.partner !== "string" || typeof json.name !== "string" || !Array.isArray(json.publishes)) {
      throw invalid(`partners/${slug}/publishes.json needs "partner", "name" and a "publishes" array`);
    }
    return { slug, partner: json.partner, name: json.name, publishes: json.publishes };
  });
  return { events, shared, partners };
}

/** ContactDelivered → contact-delivered: the folder of an event type. */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (cause) {
    throw new BzError("CONTRACT_INVALID_SCHEMA", `Cannot read the catalogue folder ${dir}.`, { cause });
  }
}

function readJson(dir: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (cause) {
    throw new BzError("CONTRACT_INVALID_SCHEMA", `${file} is not readable JSON: ${String(cause)}.`, {
      cause,
    });
  }
}

function invalid(message: string): BzError {
  return new BzError("CONTRACT_INVALID_SCHEMA", `${message}.`);
}
