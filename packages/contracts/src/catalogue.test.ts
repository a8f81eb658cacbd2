import { readdirSync } from "node:fs";
import { join } from "node:path";
import {
  careEventSchema,
  catalogue,
  dataCategories,
  dataCategoryOf,
  deadLetterTopicFor,
  eventSchema,
  isSensitiveCategory,
  mayPublish,
  partnerForTopic,
  partnerSchema,
  partners,
  topicFor,
  wardForBuurtCode,
  wards,
} from "@bz/contracts";
import { sampleEvent } from "@bz/contracts/testing";
import { describe, expect, it } from "vitest";
import { readCatalogueSource } from "./catalogue-source.ts";
import { catalogueData } from "./generated/catalogue-data.ts";
import { parseSchemaTree, type SchemaNode } from "./schema-tree.ts";

const contractsDir = join(import.meta.dirname, "..", "..", "..", "contracts");

describe("catalogue", () => {
  it("describes every event type with versions, category, sensitivity and publishers", () => {
    const contact = catalogue.find((e) => e.name === "ContactDelivered");
    expect(contact).toMatchObject({
      latestVersion: 3,
      versions: [1, 2, 3],
      dataCategory: "per-event",
      sensitive: "per-event",
    });
    // Read from the partner folders themselves, so a partner joining as data needs no test change.
    const folders = readCatalogueSource(contractsDir).partners;
    const listing = (type: string) =>
      folders
        .filter((p) => p.publishes.includes(type))
        .map((p) => p.partner)
        .sort();
    expect([...(contact?.publishers ?? [])].sort()).toEqual(listing("ContactDelivered"));
    expect(contact?.publishers).toEqual(
      expect.arrayContaining(["LEVANTO", "METGGZ", "MONDRIAAN", "RADAR", "TRAJEKT"]),
    );
    expect(catalogue.find((e) => e.name === "ShelterStayStarted")).toMatchObject({
      dataCategory: "SHELTER",
      sensitive: true,
    });
    expect(catalogue.find((e) => e.name === "HomeCareVisitDelivered")).toMatchObject({
      dataCategory: "HOME_CARE",
      sensitive: false,
      publishers: listing("HomeCareVisitDelivered"),
    });
    for (const entry of catalogue) expect(entry.publishers.length, entry.name).toBeGreaterThan(0);
  });

  it("marks mental health, addiction and shelter, and only those, as sensitive", () => {
    expect(dataCategories.filter((c) => c.sensitive).map((c) => c.category)).toEqual([
      "MENTAL_HEALTH",
      "ADDICTION",
      "SHELTER",
    ]);
    expect(isSensitiveCategory("ADDICTION")).toBe(true);
    expect(isSensitiveCategory("HOME_CARE")).toBe(false);
  });

  it("gives each event its data category: fixed per type or carried by the event", () => {
    expect(dataCategoryOf(sampleEvent("ContactDelivered", { dataCategory: "ADDICTION" }))).toBe("ADDICTION");
    expect(dataCategoryOf(sampleEvent("ShelterStayEnded"))).toBe("SHELTER");
    expect(dataCategoryOf(sampleEvent("ConsentGranted"))).toBe("CONSENT");
  });

  it("lists every partner folder (the seven of the pilot at least) with what each may publish", () => {
    expect(partners.map((p) => p.slug).sort()).toEqual(readdirSync(join(contractsDir, "partners")).sort());
    expect(partners.map((p) => p.slug)).toEqual(
      expect.arrayContaining([
        "envida",
        "leger-des-heils",
        "levanto",
        "metggz",
        "mondriaan",
        "radar",
        "trajekt",
      ]),
    );
    expect(mayPublish("ENVIDA", "HomeCareVisitDelivered")).toBe(true);
    expect(mayPublish("MONDRIAAN", "HomeCareVisitDelivered")).toBe(false);
    expect(mayPublish("LEGER_DES_HEILS", "ShelterStayStarted")).toBe(true);
    expect(mayPublish("TRAJEKT", "CoordinatorAssigned")).toBe(true);
    expect(mayPublish("ZIO", "ContactDelivered")).toBe(false);
    expect(partnerSchema.safeParse("LEGER_DES_HEILS").success).toBe(true);
    expect(partnerSchema.safeParse("leger-des-heils").success).toBe(false);
  });

  it("names topics care.<partner>.v1 and care.<partner>.v1.dlq, and maps them back", () => {
    expect(topicFor("LEGER_DES_HEILS")).toBe("care.leger-des-heils.v1");
    expect(deadLetterTopicFor("METGGZ")).toBe("care.metggz.v1.dlq");
    expect(topicFor("TRAJEKT", ".staging")).toBe("care.trajekt.v1.staging");
    expect(deadLetterTopicFor("TRAJEKT", ".staging")).toBe("care.trajekt.v1.staging.dlq");
    expect(partnerForTopic("care.leger-des-heils.v1.dlq")).toBe("LEGER_DES_HEILS");
    expect(partnerForTopic("care.nobody.v1")).toBeUndefined();
  });

  it("knows the four wards by CBS buurt code", () => {
    expect(wards.map((w) => [w.ward, w.buurtCode])).toEqual([
      ["WYCKERPOORT", "BU09350400"],
      ["WITTEVROUWENVELD", "BU09350402"],
      ["NAZARETH", "BU09350403"],
      ["LIMMEL", "BU09350404"],
    ]);
    expect(wards.find((w) => w.ward === "WITTEVROUWENVELD")?.verified).toBe(false);
    expect(wardForBuurtCode("BU09350403")).toBe("NAZARETH");
    expect(wardForBuurtCode("BU09359999")).toBeUndefined();
  });

  it("validates JSON with the discriminated union and per-type schemas", () => {
    const json = JSON.parse(JSON.stringify(sampleEvent("ReferralRejected")));
    expect(careEventSchema.parse(json)).toEqual(json);
    const { explanation: _removed, ...withoutReason } = json;
    expect(careEventSchema.safeParse(withoutReason).success).toBe(false);
    expect(eventSchema("ReferralRejected").safeParse(json).success).toBe(true);
    expect(careEventSchema.safeParse({ ...json, eventType: "Nope" }).success).toBe(false);
  });
});

describe("personal detail markers", () => {
  /** Every free-text string field (no pattern, longer than an id) in the latest versions. */
  function freeText(node: SchemaNode, path: string, personal: boolean, out: [string, boolean][]): void {
    if (node.kind === "nullable") freeText(node.value, path, personal, out);
    if (node.kind === "primitive" && node.type === "string" && (node.constraints.maxLength ?? 0) > 128) {
      out.push([path, personal]);
    }
    if (node.kind === "record")
      for (const f of node.fields) freeText(f.type, `${path}.${f.name}`, f.personal, out);
  }

  it("marks every free-text field and the household pseudonym as personal", () => {
    const found: [string, boolean][] = [];
    for (const event of catalogueData.events)
      freeText(parseSchemaTree(event.schema, event.file), event.eventType, false, found);
    const unmarked = found.filter(([path, personal]) => !personal && !/toService|serviceType/.test(path));
    expect(unmarked.map(([path]) => path)).toEqual([]);
    expect(found.length).toBeGreaterThan(5);
    const household = parseSchemaTree(catalogueData.events[0]?.schema, "x");
    expect(
      household.kind === "record" && household.fields.find((f) => f.name === "household")?.personal,
    ).toBe(true);
  });
});
