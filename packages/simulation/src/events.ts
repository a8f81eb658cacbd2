import {
  type ActorRole,
  type CareEvent,
  catalogue,
  type FinancingDomain,
  mayPublish,
  type Partner,
  partners,
} from "@bz/contracts";
import { ageBandOf, type Population, type Resident } from "./population.ts";
import type { Random } from "./random.ts";

/**
 * Builds the events a partner's system would send: the envelope from the resident's address and
 * age at that moment, the partner's own professional ids, and only types the partner may publish.
 */

/** An event with its moment in milliseconds, for ordering. */
export interface TimedEvent {
  at: number;
  seq: number;
  event: CareEvent;
}

/** What one event needs besides the resident and the moment. */
export interface EventParts {
  partner: Partner;
  financing: FinancingDomain | null;
  role: ActorRole;
  correlationId: string;
  /** The event's own fields, eventType first. */
  fields: { eventType: CareEvent["eventType"] } & Record<string, unknown>;
}

const latestVersion = new Map<string, number>(catalogue.map((info) => [info.name, info.latestVersion]));

/** Collects events of one history, in the order they are made; `sorted()` orders them by time. */
export function createEventSink(population: Population, random: Random, horizon = Number.POSITIVE_INFINITY) {
  const events: TimedEvent[] = [];
  const slugs = new Map(partners.map((p) => [p.id, p.slug]));
  const staff = new Map<Partner, number>();

  /** A professional id of the partner, like "envida-p017": never nine digits. */
  const professional = (partner: Partner) => {
    const size = staff.get(partner) ?? 60;
    staff.set(partner, size);
    return `${slugs.get(partner) ?? partner.toLowerCase()}-p${String(random.int(1, size)).padStart(3, "0")}`;
  };

  function emit(resident: Resident, at: number, parts: EventParts): CareEvent {
    const { partner, fields } = parts;
    if (!mayPublish(partner, fields.eventType)) {
      throw new Error(`${partner} may not publish ${fields.eventType}; check the scenario's partner roles`);
    }
    const address = population.addressAt(resident, at);
    const event = {
      eventId: random.uuid(),
      schemaVersion: latestVersion.get(fields.eventType) ?? 1,
      occurredAt: new Date(at).toISOString(),
      recordedAt: null,
      publisher: partner,
      subject: resident.subject,
      household: address.household,
      ageBand: ageBandOf(Math.max(0, Math.floor(population.ageAt(resident, at)))),
      buurtCode: address.buurtCode,
      financingDomain: parts.financing,
      actor: { role: parts.role, professionalId: professional(partner) },
      correlationId: parts.correlationId,
      ...fields,
    } as unknown as CareEvent;
    if (at < horizon) events.push({ at, seq: events.length, event });
    return event;
  }

  return {
    emit,
    /** True when the partner may publish the type (partners differ: Leger des Heils has no contacts). */
    may: (partner: Partner, eventType: CareEvent["eventType"]) => mayPublish(partner, eventType),
    professional,
    count: () => events.length,
    /** Forgets the events made so far (live mode keeps none). */
    clear: () => {
      events.length = 0;
    },
    sorted(): CareEvent[] {
      events.sort((a, b) => a.at - b.at || a.seq - b.seq);
      return events.map((e) => e.event);
    },
  };
}

export type EventSink = ReturnType<typeof createEventSink>;
