import {
  type ActorRole,
  type CareEvent,
  type DataCategory,
  type FinancingDomain,
  mayPublish,
  type Partner,
  wards,
} from "@bz/contracts";
import { simulatedBsn } from "./bsn.ts";
import { type Random, seededRandom } from "./random.ts";

/** A simulated resident: a pseudonym (never a BSN past this point) and a home buurt. */
export interface SimulatedClient {
  subject: string;
  buurtCode: string;
}

/** Options of {@link createCareSimulation}. */
export interface CareSimulationOptions {
  seed: number;
  /** Number of residents who receive care. */
  clients: number;
  /** Turns a simulated BSN into the platform's pseudonym (the gateway's or SDK's pseudonymizer). */
  pseudonymize: (bsn: string) => string;
  /**
   * How unevenly events fall on clients: 1 is uniform; 3 (default) gives a few clients thousands
   * of events in a large data set, as with stacked care around one family.
   */
  skew?: number;
}

type Kind = "contact" | "homeCare" | "episode" | "cost" | "shelter" | "positiveHealth";

interface PartnerProfile {
  kinds: Kind[];
  financing: FinancingDomain[];
  category: DataCategory;
  roles: ActorRole[];
}

/** What each partner mostly publishes (DOMAIN.md: partners and what they publish). */
const profiles: Record<string, PartnerProfile> = {
  ENVIDA: {
    kinds: ["homeCare", "homeCare", "homeCare", "episode", "cost"],
    financing: ["ZVW", "WLZ", "WMO"],
    category: "HOME_CARE",
    roles: ["DISTRICT_NURSE", "NURSING_ASSISTANT", "HOME_HELP"],
  },
  RADAR: {
    kinds: ["contact", "contact", "episode", "cost"],
    financing: ["WMO", "JW", "WLZ"],
    category: "DISABILITY_SUPPORT",
    roles: ["SUPPORT_WORKER", "SOCIAL_TEAM_MEMBER"],
  },
  TRAJEKT: {
    kinds: ["contact", "contact", "positiveHealth", "episode", "cost"],
    financing: ["SUBSIDY", "WMO"],
    category: "SOCIAL_SUPPORT",
    roles: ["SOCIAL_WORKER", "SOCIAL_TEAM_MEMBER"],
  },
  LEVANTO: {
    kinds: ["contact", "contact", "shelter", "episode", "cost"],
    financing: ["WMO"],
    category: "SOCIAL_SUPPORT",
    roles: ["SUPPORT_WORKER", "SHELTER_WORKER"],
  },
  MONDRIAAN: {
    kinds: ["contact", "contact", "episode", "cost"],
    financing: ["ZVW"],
    category: "MENTAL_HEALTH",
    roles: ["PSYCHOLOGIST", "PSYCHIATRIST", "ADDICTION_CARE_WORKER"],
  },
  METGGZ: {
    kinds: ["contact", "contact", "episode", "cost"],
    financing: ["ZVW"],
    category: "MENTAL_HEALTH",
    roles: ["PSYCHOLOGIST", "MENTAL_HEALTH_NURSE"],
  },
  LEGER_DES_HEILS: {
    kinds: ["shelter", "contact", "episode", "cost"],
    financing: ["WMO"],
    category: "SHELTER",
    roles: ["SHELTER_WORKER", "PROBATION_OFFICER"],
  },
};

/** The seven partners that publish today, in a fixed order. */
export const publishingPartners = Object.keys(profiles) as Partner[];

/** Residents per ward (DOMAIN.md), so simulated clients spread as the population does. */
const residents: Record<string, number> = {
  WYCKERPOORT: 4020,
  WITTEVROUWENVELD: 5400,
  NAZARETH: 3140,
  LIMMEL: 2325,
};

/** A simulation of the seven partners' care events for residents of the four wards. */
export interface CareSimulation {
  readonly clients: readonly SimulatedClient[];
  /** The next event of `partner` (or of a partner chosen at random), happening at `at`. */
  nextEvent(at: Date, partner?: Partner): CareEvent;
}

/** A deterministic simulation: the same seed gives the same clients and the same events. */
export function createCareSimulation(options: CareSimulationOptions): CareSimulation {
  const random: Random = seededRandom(options.seed);
  const skew = options.skew ?? 3;
  const buurten = wards.flatMap((ward) =>
    Array.from({ length: Math.round((residents[ward.ward] ?? 1000) / 100) }, () => ward.buurtCode),
  );
  const clients: SimulatedClient[] = Array.from({ length: options.clients }, () => ({
    subject: options.pseudonymize(simulatedBsn(random)),
    buurtCode: random.pick(buurten),
  }));
  const pickClient = () =>
    clients[Math.floor(clients.length * random.next() ** skew)] ?? random.pick(clients);

  function nextEvent(at: Date, chosen?: Partner): CareEvent {
    const partner = chosen ?? random.pick(publishingPartners);
    const profile = profiles[partner];
    if (profile === undefined) throw new Error(`no simulation profile for partner ${partner}`);
    const client = pickClient();
    const kinds = profile.kinds.filter((kind) => mayPublish(partner, eventTypeOf[kind]));
    const kind = random.pick(kinds);
    const envelope = {
      eventId: random.uuid(),
      occurredAt: at.toISOString(),
      publisher: partner,
      subject: client.subject,
      household: null,
      buurtCode: client.buurtCode,
      financingDomain: random.pick(profile.financing),
      actor: {
        role: random.pick(profile.roles),
        professionalId: `${partner.toLowerCase()}-${random.int(1, 40)}`,
      },
      correlationId: random.uuid(),
    };
    const category = partner === "MONDRIAAN" && random.next() < 0.4 ? "ADDICTION" : profile.category;
    switch (kind) {
      case "contact":
        return {
          ...envelope,
          eventType: "ContactDelivered",
          schemaVersion: 3,
          dataCategory: category,
          episodeId: null,
          mode: random.pick(["FACE_TO_FACE", "PHONE", "HOME_VISIT", "GROUP", "VIDEO"] as const),
          minutes: random.int(10, 90),
          groupSize: null,
        } as CareEvent;
      case "homeCare":
        return {
          ...envelope,
          eventType: "HomeCareVisitDelivered",
          schemaVersion: 2,
          minutes: random.int(10, 60),
          careType: random.pick(["PERSONAL_CARE", "NURSING", "DOMESTIC_SUPPORT"] as const),
          staffLevel: random.pick(["LEVEL_2", "LEVEL_3", "LEVEL_4", "LEVEL_5"] as const),
        } as CareEvent;
      case "episode":
        return {
          ...envelope,
          eventType: "CareEpisodeStarted",
          schemaVersion: 2,
          dataCategory: category,
          episodeId: random.uuid(),
          serviceType: random.pick([
            "wijkverpleging",
            "ambulante begeleiding",
            "basis-GGZ",
            "maatschappelijk werk",
          ]),
          referralSource: random.pick(["SELF", "GP", "PARTNER", "SOCIAL_TEAM"] as const),
          referralId: null,
        } as CareEvent;
      case "cost": {
        const month = at.toISOString().slice(0, 7);
        return {
          ...envelope,
          eventType: "CostIncurred",
          schemaVersion: 2,
          costId: random.uuid(),
          amountCents: random.int(2_000, 250_000),
          periodStart: `${month}-01`,
          periodEnd: `${month}-28`,
          pooled: random.next() < 0.1,
        } as CareEvent;
      }
      case "shelter":
        return {
          ...envelope,
          eventType: "ShelterStayStarted",
          schemaVersion: 2,
          stayId: random.uuid(),
          facilityType: random.pick([
            "NIGHT_SHELTER",
            "DAY_AND_NIGHT_SHELTER",
            "CRISIS_SHELTER",
            "SHELTERED_HOUSING",
          ] as const),
        } as CareEvent;
      case "positiveHealth":
        return {
          ...envelope,
          eventType: "PositiveHealthAssessed",
          schemaVersion: 2,
          context: random.pick(["INTAKE", "EVALUATION", "FOLLOW_UP"] as const),
          scores: {
            bodyFunctions: random.int(2, 9),
            mentalWellbeing: random.int(2, 9),
            meaning: random.int(2, 9),
            qualityOfLife: random.int(2, 9),
            participation: random.int(2, 9),
            dailyFunctioning: random.int(2, 9),
          },
          items: null,
          statedWish: null,
        } as CareEvent;
    }
  }
  return { clients, nextEvent };
}

const eventTypeOf = {
  contact: "ContactDelivered",
  homeCare: "HomeCareVisitDelivered",
  episode: "CareEpisodeStarted",
  cost: "CostIncurred",
  shelter: "ShelterStayStarted",
  positiveHealth: "PositiveHealthAssessed",
} as const;
