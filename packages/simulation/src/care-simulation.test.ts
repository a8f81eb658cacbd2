import { decodeEvent, encodeEvent, mayPublish, parseEvent } from "@bz/contracts";
import { createCareSimulation, publishingPartners } from "@bz/simulation";
import { describe, expect, it } from "vitest";

const pseudonymize = (bsn: string) => `sim:${Buffer.from(bsn).toString("base64url")}`;

describe("care simulation", () => {
  it("gives every partner valid events it may publish, that round-trip through the codec", () => {
    const simulation = createCareSimulation({ seed: 7, clients: 50, pseudonymize });
    const at = new Date("2026-11-02T10:00:00.000Z");
    for (const partner of publishingPartners) {
      for (let i = 0; i < 30; i++) {
        const event = simulation.nextEvent(at, partner);
        expect(event.publisher).toBe(partner);
        expect(mayPublish(partner, event.eventType)).toBe(true);
        expect(parseEvent(event)).toEqual(parseEvent(JSON.parse(JSON.stringify(event))));
        expect(decodeEvent(encodeEvent(event)).eventId).toBe(event.eventId);
      }
    }
  });

  it("is reproducible from its seed and skews events towards a few clients", () => {
    const at = new Date("2026-11-02T10:00:00.000Z");
    const run = () => {
      const simulation = createCareSimulation({ seed: 42, clients: 1000, pseudonymize });
      return Array.from({ length: 5000 }, () => simulation.nextEvent(at).subject);
    };
    const first = run();
    expect(run()).toEqual(first);
    const counts = new Map<string, number>();
    for (const subject of first) counts.set(subject, (counts.get(subject) ?? 0) + 1);
    const busiest = Math.max(...counts.values());
    expect(busiest).toBeGreaterThan(100);
    expect(first.every((subject) => subject.startsWith("sim:"))).toBe(true);
  });
});
