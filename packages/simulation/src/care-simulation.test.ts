import { createHmac } from "node:crypto";
import { decodeEvent, encodeEvent, mayPublish, parseEvent, partners } from "@bz/contracts";
import { createCareSimulation, loadScenario, publishingPartners } from "@bz/simulation";
import { describe, expect, it } from "vitest";

const key = Buffer.alloc(32, 9);
const pseudonymize = (bsn: string) =>
  `k1:${createHmac("sha256", key).update(`bsn:${bsn}`).digest("base64url")}`;
const pseudonymizeHousehold = (k: string) =>
  `k1:${createHmac("sha256", key).update(`household:${k}`).digest("base64url")}`;
const scenario = loadScenario();

describe("live care simulation", () => {
  it("given every partner folder, when each publishes, then its events are valid, its own and round-trip", () => {
    expect([...publishingPartners].sort()).toEqual(partners.map((p) => p.id).sort());
    const simulation = createCareSimulation({
      seed: 7,
      clients: 50,
      pseudonymize,
      pseudonymizeHousehold,
      scenario,
    });
    const at = new Date("2026-11-02T10:00:00.000Z");
    for (const partner of publishingPartners) {
      for (let i = 0; i < 40; i++) {
        const event = simulation.nextEvent(at, partner);
        expect(event.publisher).toBe(partner);
        expect(mayPublish(partner, event.eventType)).toBe(true);
        expect(parseEvent(event)).toEqual(parseEvent(JSON.parse(JSON.stringify(event))));
        expect(decodeEvent(encodeEvent(event)).eventId).toBe(event.eventId);
        expect(event.household).toMatch(/^k1:[A-Za-z0-9_-]{43}$/);
      }
    }
  });

  it("finances a service the same way every time (no Envida nursing under WMO)", () => {
    const simulation = createCareSimulation({ seed: 3, clients: 200, pseudonymize, scenario });
    const at = new Date("2026-11-02T10:00:00.000Z");
    for (let i = 0; i < 2000; i++) {
      const event = simulation.nextEvent(at);
      expect(event.household).toBeNull();
      if (event.eventType === "HomeCareVisitDelivered") {
        const expected = { NURSING: "ZVW", PERSONAL_CARE: "WLZ", DOMESTIC_SUPPORT: "WMO" }[event.careType];
        expect(event.financingDomain).toBe(expected);
      }
      if (
        event.eventType === "CareEpisodeStarted" ||
        (event.eventType === "CostIncurred" && event.serviceType)
      ) {
        const service = scenario.services[String(event.serviceType)];
        expect(event.financingDomain).toBe(service?.financing);
      }
    }
  });

  it("is reproducible from its seed and skews events towards a few clients", () => {
    const at = new Date("2026-11-02T10:00:00.000Z");
    const run = () => {
      const simulation = createCareSimulation({ seed: 42, clients: 1000, pseudonymize, scenario });
      return Array.from({ length: 5000 }, () => simulation.nextEvent(at).subject);
    };
    const first = run();
    expect(run()).toEqual(first);
    const counts = new Map<string, number>();
    for (const subject of first) counts.set(subject, (counts.get(subject) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThan(100);
  });
});
