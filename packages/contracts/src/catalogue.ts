import { BzError } from "@bz/errors";
import type { CatalogueSource } from "./catalogue-source.ts";
import type { CareEvent, DataCategory, EventType, Partner, Ward } from "./generated/types.ts";
import type { Registry } from "./registry.ts";

/**
 * What the catalogue says about event types, partners, wards and data categories, read from the
 * .avsc attributes (`bz.dataCategory`, `bz.sensitive`, `bz.buurtCodes`) and the partner folders.
 */

/** One event type as the catalogue describes it. */
export interface EventTypeInfo {
  name: EventType;
  doc: string;
  latestVersion: number;
  versions: readonly number[];
  /** The fixed data category, or "per-event" when each event names its own in `dataCategory`. */
  dataCategory: DataCategory | "per-event";
  /** True when the fixed category is sensitive; "per-event" when it depends on the event. */
  sensitive: boolean | "per-event";
  /** The partners whose folder lists this type. */
  publishers: readonly Partner[];
}

/** A partner that publishes today (has a folder in contracts/partners). */
export interface PartnerInfo {
  id: Partner;
  /** Lower-case, kebab-case id used in topic names, e.g. leger-des-heils. */
  slug: string;
  name: string;
  publishes: readonly EventType[];
}

/** One of the four pilot wards. */
export interface WardInfo {
  ward: Ward;
  name: string;
  /** CBS buurt code, e.g. BU09350400. */
  buurtCode: string;
  /** False where the domain brief marks the code as unverified: treat it as configuration. */
  verified: boolean;
}

/** One data category, the unit of consent. */
export interface DataCategoryInfo {
  category: DataCategory;
  /** Sensitive categories are shared only under a consent that names them. */
  sensitive: boolean;
}

/** Reads the catalogue description from the parsed registry and the raw source. */
export function describeCatalogue(source: CatalogueSource, registry: Registry) {
  const partners: PartnerInfo[] = source.partners.map((p) => ({
    id: p.partner as Partner,
    slug: p.slug,
    name: p.name,
    publishes: p.publishes as EventType[],
  }));
  const categoryEnum = findEnum(source, "DataCategory");
  const sensitiveCategories = new Set((categoryEnum["bz.sensitive"] as string[] | undefined) ?? []);
  const dataCategories: DataCategoryInfo[] = (categoryEnum.symbols as DataCategory[]).map((category) => ({
    category,
    sensitive: sensitiveCategories.has(category),
  }));
  const wardEnum = findEnum(source, "Ward");
  const codes = (wardEnum["bz.buurtCodes"] as Record<string, string> | undefined) ?? {};
  const unverified = new Set((wardEnum["bz.unverified"] as string[] | undefined) ?? []);
  const wards: WardInfo[] = Object.entries(codes).map(([ward, buurtCode]) => ({
    ward: ward as Ward,
    name: ward.charAt(0) + ward.slice(1).toLowerCase(),
    buurtCode,
    verified: !unverified.has(ward),
  }));
  const catalogue: EventTypeInfo[] = [...registry.byType.values()].map(({ eventType, versions, latest }) => {
    const category = latest.schema["bz.dataCategory"] as DataCategory | "per-event";
    return {
      name: eventType as EventType,
      doc: String(latest.schema.doc),
      latestVersion: latest.version,
      versions: versions.map((v) => v.version),
      dataCategory: category,
      sensitive: category === "per-event" ? "per-event" : sensitiveCategories.has(category),
      publishers: partners.filter((p) => p.publishes.includes(eventType as EventType)).map((p) => p.id),
    };
  });
  return { catalogue, partners, wards, dataCategories, sensitiveCategories };
}

/** The data category of one event: its type's fixed category or the event's own `dataCategory`. */
export function categoryOf(catalogue: readonly EventTypeInfo[], event: CareEvent): DataCategory {
  const info = catalogue.find((entry) => entry.name === event.eventType);
  if (info !== undefined && info.dataCategory !== "per-event") return info.dataCategory;
  return (event as { dataCategory: DataCategory }).dataCategory;
}

function findEnum(source: CatalogueSource, name: string): Record<string, unknown> {
  const found = source.shared.find((s) => s.schema.name === name && s.schema.type === "enum");
  if (found === undefined) {
    throw new BzError(
      "CONTRACT_INVALID_SCHEMA",
      `contracts/shared has no enum ${name}; the catalogue needs it.`,
    );
  }
  return found.schema;
}
