import {
  type CareEvent,
  type DataCategory,
  type FinancingDomain,
  mayPublish,
  type Partner,
  partners,
  wards,
} from "@bz/contracts";
import { loadScenario } from "./default-scenario.ts";
import { createEventSink } from "./events.ts";
import { createPopulation, type Identity, type Resident } from "./population.ts";
import { type Random, seededRandom } from "./random.ts";
import type { Scenario, Service } from "./scenario.ts";

/**
 * Live mode: care events stamped "now", one at a time, for residents of the simulated wards. Each
 * partner delivers only its own services (from the scenario), with the financing of that service,
 * so an Envida visit is never financed as youth care. The history (simulateHistory) is what the
 * backfill writes; this is what keeps flowing afterwards at a configurable rate.
 */

/** A simulated client: a pseudonym (never a BSN past this point) and a home buurt. */
export interface SimulatedClient {
  subject: string;
  buurtCode: string;
}

/** Options of {@link createCareSimulation}. */
export interface CareSimulationOptions {
  seed: number;
  /** Number of residents who receive care (taken from the simulated wards). */
  clients: number;
  /** Turns a simulated BSN into the platform's pseudonym (the gateway's or SDK's pseudonymizer). */
  pseudonymize: (bsn: string) => string;
  /** Turns an address key into the household pseudonym; without it events carry no household. */
  pseudonymizeHousehold?: (householdKey: string) => string;
  /** The scenario (default: packages/simulation/scenario.json). */
  scenario?: Scenario;
  /** How unevenly events fall on clients: 1 is uniform; 3 (default) gives a few clients many events. */
  skew?: number;
}

/** A simulation of the partners' care events for residents of the four wards. */
export interface CareSimulation {
  readonly clients: readonly SimulatedClient[];
  /** The next event of `partner` (or of a partner chosen at random), happening at `at`. */
  nextEvent(at: Date, partner?: Partner): CareEvent;
}

/** Every partner that publishes today (has a folder in contracts/partners), in catalogue order. */
export const publishingPartners: readonly Partner[] = partners.map((p) => p.id);

/** A deterministic live simulation: the same seed gives the same clients and the same events. */
export function createCareSimulation(options: CareSimulationOptions): CareSimulation {
  const scenario = options.scenario ?? loadScenario();
  const random: Random = seededRandom(options.seed);
  const skew = options.skew ?? 3;
  const identity: Identity = {
    pseudonymize: options.pseudonymize,
    pseudonymizeHousehold: options.pseudonymizeHousehold ?? (() => ""),
  };
  const reference = Date.UTC(scenario.population.referenceYear, 0, 1);
  const population = createPopulation(scenario, random, identity, [reference, reference]);
  const chosen: Resident[] = Array.from(
    { length: Math.min(options.clients, population.residents.length) },
    () => random.pick(population.residents),
  );
  const clients = chosen.map((r) => ({
    subject: r.subject,
    buurtCode: population.addressAt(r, reference).buurtCode,
  }));
  const sink = createEventSink(population, random);
  const servicesOf = (partner: Partner): [string, Service][] =>
    Object.entries(scenario.services).filter(([, s]) => {
      const playing = scenario.partners[s.role];
      return Array.isArray(playing) ? playing.includes(partner) : playing === partner;
    });
  const pickClient = () => chosen[Math.floor(chosen.length * random.next() ** skew)] ?? random.pick(chosen);
  const knownWard = new Set(wards.map((w) => w.buurtCode));

  function nextEvent(at: Date, wanted?: Partner): CareEvent {
    const partner = wanted ?? random.pick(publishingPartners);
    const services = servicesOf(partner);
    const resident = pickClient();
    const when = at.getTime();
    const base = (financing: FinancingDomain | null, role: Service["actor"] | "ADMINISTRATOR") => ({
      partner,
      financing,
      role,
      correlationId: random.uuid(),
    });
    const event = (() => {
      if (services.length === 0) {
        // A partner the scenario gives no role yet still shows up: with Positive Health or consent.
        const type = mayPublish(partner, "PositiveHealthAssessed")
          ? "PositiveHealthAssessed"
          : "ConsentGranted";
        return sink.emit(resident, when, { ...base(null, "ADMINISTRATOR"), fields: fallback(type, partner) });
      }
      const [serviceId, service] = random.pick(services);
      const roll = random.next();
      if (roll < 0.15 && mayPublish(partner, "CostIncurred")) {
        const day = at.toISOString().slice(0, 10);
        const volume = random.int(1, service.unitsPerMonth);
        return sink.emit(resident, when, {
          ...base(service.financing, "ADMINISTRATOR"),
          fields: {
            eventType: "CostIncurred",
            costId: random.uuid(),
            amountCents: volume * service.unitCents,
            periodStart: `${day.slice(0, 8)}01`,
            periodEnd: day,
            pooled: false,
            episodeId: null,
            serviceType: serviceId,
            volume,
            volumeUnit: service.unit,
          },
        });
      }
      if (roll < 0.25 || service.delivery === "shelterStay") {
        return sink.emit(resident, when, {
          ...base(service.financing, service.actor),
          fields:
            service.delivery === "shelterStay" && roll >= 0.2
              ? {
                  eventType: "ShelterStayStarted",
                  stayId: random.uuid(),
                  facilityType: service.facility ?? "NIGHT_SHELTER",
                }
              : {
                  eventType: "CareEpisodeStarted",
                  dataCategory: service.category as DataCategory,
                  episodeId: random.uuid(),
                  serviceType: serviceId,
                  referralSource: random.pick(["SELF", "GP", "SOCIAL_TEAM"] as const),
                  referralId: null,
                },
        });
      }
      if (service.delivery === "homeCareVisit") {
        return sink.emit(resident, when, {
          ...base(service.financing, service.actor),
          fields: {
            eventType: "HomeCareVisitDelivered",
            minutes: random.int(15, 75),
            careType: service.careType ?? "PERSONAL_CARE",
            staffLevel: random.pick(["LEVEL_2", "LEVEL_3", "LEVEL_4"] as const),
          },
        });
      }
      if (!mayPublish(partner, "ContactDelivered")) {
        return sink.emit(resident, when, {
          ...base(service.financing, service.actor),
          fields: {
            eventType: "CareEpisodeStarted",
            dataCategory: service.category as DataCategory,
            episodeId: random.uuid(),
            serviceType: serviceId,
            referralSource: "JUSTICE",
            referralId: null,
          },
        });
      }
      const group = random.next() < 0.05;
      return sink.emit(resident, when, {
        ...base(service.financing, service.actor),
        fields: {
          eventType: "ContactDelivered",
          dataCategory: service.category as DataCategory,
          episodeId: null,
          mode: group ? "GROUP" : random.pick(["FACE_TO_FACE", "PHONE", "HOME_VISIT", "VIDEO"] as const),
          minutes: random.int(10, 90),
          groupSize: group ? random.int(3, 10) : null,
        },
      });
    })();
    if (options.pseudonymizeHousehold === undefined) (event as { household: string | null }).household = null;
    if (!knownWard.has(event.buurtCode))
      throw new Error(`simulated buurt code ${event.buurtCode} is not a ward`);
    sink.clear();
    return event;
  }
  return { clients, nextEvent };
}

function fallback(type: "PositiveHealthAssessed" | "ConsentGranted", partner: Partner) {
  if (type === "PositiveHealthAssessed") {
    const scores = {
      bodyFunctions: 6,
      mentalWellbeing: 6,
      meaning: 6,
      qualityOfLife: 6,
      participation: 6,
      dailyFunctioning: 6,
    };
    return { eventType: type, context: "SELF_ASSESSMENT", scores, items: null, statedWish: null } as const;
  }
  return {
    eventType: type,
    consentId: `consent-${partner.toLowerCase()}`,
    recipients: [partner],
    recipientRoles: null,
    dataCategories: ["POSITIVE_HEALTH"],
    purpose: "CARE_COORDINATION",
    validUntil: null,
    grantor: "CLIENT",
  } as const;
}
