import type { CareEvent, DataCategory, Partner } from "@bz/contracts";
import { createEventSink, type EventSink } from "./events.ts";
import {
  createPopulation,
  type Household,
  type Identity,
  type Population,
  type Resident,
  weighted,
} from "./population.ts";
import type { Random } from "./random.ts";
import type { Role, Scenario, Service } from "./scenario.ts";

/**
 * Years of care in the four wards, pathway by pathway, as the partners' systems would have sent
 * it: episodes that start and end with their contacts, visits, stays and monthly costs in between
 * (financing fixed per service), the Sociaal Team's intakes and the referral loop, stacked care
 * around families and their coordination, mental-health care with the waterbed effect, shelter and
 * probation, Positive Health over time, consents, objections and moves. Pure: the random source,
 * the period and the pseudonymiser are passed in.
 */

/** Options of {@link simulateHistory}. */
export interface HistoryOptions {
  scenario: Scenario;
  random: Random;
  /** First moment of the history (inclusive) and its end (exclusive), in milliseconds. */
  from: number;
  to: number;
  identity: Identity;
}

/** A simulated history. */
export interface History {
  population: Population;
  /** Every event, ordered by occurredAt (ties in the order they happened). */
  events: CareEvent[];
}

/** One simulated care episode (what the realism test and the live mode look at). */
interface Episode {
  id: string;
  resident: Resident;
  partner: Partner;
  serviceId: string;
  service: Service;
  start: number;
  end: number;
  /** True when the end lies inside the history (a CareEpisodeEnded was sent). */
  ended: boolean;
}

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/** Simulates the history of the four wards between `from` and `to`. */
export function simulateHistory(options: HistoryOptions): History {
  const { steps, finish } = start(options);
  for (const _ of steps) {
    // all steps at once
  }
  return finish();
}

/**
 * The same history, pausing between steps so a process stays responsive (a CLI's progress bar, a
 * test runner's heartbeat); `pause` is the caller's (e.g. setImmediate), so the core stays pure.
 */
export async function simulateHistoryInSteps(
  options: HistoryOptions,
  pause: () => Promise<void>,
): Promise<History> {
  const { steps, finish } = start(options);
  for (const _ of steps) await pause();
  return finish();
}

function start(options: HistoryOptions) {
  const { scenario, random, from, to } = options;
  const population = createPopulation(scenario, random, options.identity, [from + 30 * DAY, to - 30 * DAY]);
  // Nothing after the horizon has happened yet: an episode planned past it is simply not sent.
  const sink = createEventSink(population, random, to);
  const sim = new Pathways(scenario, random, population, sink, from, to);
  return { steps: sim.steps(), finish: (): History => ({ population, events: sink.sorted() }) };
}

class Pathways {
  private readonly episodes: Episode[] = [];
  private readonly consented = new Set<number>();
  private readonly months: number;
  private readonly monthStarts: number[];

  private readonly scenario: Scenario;
  private readonly random: Random;
  private readonly population: Population;
  private readonly sink: EventSink;
  private readonly from: number;
  private readonly to: number;

  constructor(
    scenario: Scenario,
    random: Random,
    population: Population,
    sink: EventSink,
    from: number,
    to: number,
  ) {
    this.scenario = scenario;
    this.random = random;
    this.population = population;
    this.sink = sink;
    this.from = from;
    this.to = to;
    this.months = Math.max(1, Math.round((to - from) / (30.44 * DAY)));
    const first = new Date(from);
    this.monthStarts = Array.from({ length: this.months + 1 }, (_, m) =>
      Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1),
    );
  }

  /** The work in steps (a few hundred residents each), so a caller may pause between them. */
  *steps(): Generator<void> {
    this.stackedCareFamilies();
    let done = 0;
    for (const resident of this.population.residents) {
      this.monthly(resident, (r, at) => this.elderly(r, at));
      this.monthly(resident, (r, at) => this.socialTeam(r, at));
      this.monthly(resident, (r, at) => this.mentalHealth(r, at));
      this.monthly(resident, (r, at) => this.shelter(r, at));
      this.monthly(resident, (r, at) => this.probation(r, at));
      this.monthly(resident, (r, at) => this.youth(r, at));
      if (++done % 250 === 0) yield;
    }
    this.moves();
  }

  // ---- time -------------------------------------------------------------------------------------

  private monthStart(index: number): number {
    const cached = this.monthStarts[index];
    if (cached !== undefined) return cached;
    const start = new Date(this.from);
    return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + index, 1);
  }

  /** Walks a resident through the months; a pathway that starts returns when the resident is free again. */
  private monthly(resident: Resident, step: (resident: Resident, at: number) => number | undefined) {
    let busyUntil = 0;
    for (let m = 0; m < this.months; m++) {
      const at = this.monthStart(m) + this.random.int(0, 27) * DAY + this.random.int(8, 17) * HOUR;
      if (at >= this.to) break;
      if (at < busyUntil) continue;
      const end = step(resident, at);
      if (end !== undefined) busyUntil = end + 30 * DAY;
    }
  }

  private chance(perYear: number): boolean {
    return this.random.next() < perYear / 12;
  }

  private monthsFrom(at: number, [low, high]: readonly [number, number]): number {
    const months = low + this.random.next() * (high - low);
    return at + Math.round(months * 30.44) * DAY + this.random.int(1, 8) * HOUR;
  }

  private quarterOf(at: number): number {
    const d = new Date(at);
    return d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3);
  }

  private readonly monthKeys = new Map<string, number>();

  private monthKey(month: string): number {
    const known = this.monthKeys.get(month);
    if (known !== undefined) return known;
    const [y, mo] = month.split("-").map(Number);
    const value = Date.UTC(y ?? 2016, (mo ?? 1) - 1, 1);
    this.monthKeys.set(month, value);
    return value;
  }

  /** Social-work capacity (1 = normal) and mental-health use factor in a ward at a moment. */
  private waterbed(resident: Resident, at: number): { capacity: number; mentalHealth: number } {
    const ward = this.population.addressAt(resident, at).ward;
    let capacity = 1;
    let mentalHealth = 1;
    for (const cut of this.scenario.waterbed) {
      if (cut.ward !== ward) continue;
      const start = this.quarterOf(this.monthKey(cut.from));
      const quarter = this.quarterOf(at);
      if (quarter >= start && quarter < start + cut.quarters) capacity *= cut.socialWorkCapacity;
      const later = start + cut.lagQuarters;
      if (quarter >= later && quarter < later + cut.quarters) mentalHealth *= cut.mentalHealthFactor;
    }
    return { capacity, mentalHealth };
  }

  private partnerFor(role: Role): Partner {
    const chosen = this.scenario.partners[role];
    return Array.isArray(chosen) ? this.random.pick(chosen) : (chosen as Partner);
  }

  private servicesOf(role: Role): [string, Service][] {
    return Object.entries(this.scenario.services).filter(([, s]) => s.role === role);
  }

  private service(id: string): Service {
    const found = this.scenario.services[id];
    if (found === undefined) throw new Error(`the scenario has no service "${id}"`);
    return found;
  }

  // ---- pathways ---------------------------------------------------------------------------------

  private elderly(resident: Resident, at: number): number | undefined {
    const p = this.scenario.pathways.elderlyCare;
    const age = this.population.ageAt(resident, at);
    if (age < p.minAge || !this.chance(p.startsPerResidentYear * (age >= 80 ? 2 : 1))) return undefined;
    const serviceId = weighted(this.random, p.services);
    const end = this.monthsFrom(at, p.months);
    const source = this.random.next() < 0.6 ? "GP" : "HOSPITAL";
    const episode = this.episode(resident, serviceId, at, end, { referralSource: source });
    this.assess(resident, episode.partner, at + HOUR, "INTAKE", 0);
    if (episode.ended)
      this.assess(resident, episode.partner, end - HOUR, "EVALUATION", this.careMonths(at, end));
    return end;
  }

  private socialTeam(resident: Resident, at: number): number | undefined {
    const p = this.scenario.pathways.socialTeam;
    if (this.population.ageAt(resident, at) < p.minAge) return undefined;
    const { capacity } = this.waterbed(resident, at);
    if (!this.chance(p.intakesPerResidentYear * capacity)) return undefined;
    const team = this.partnerFor("socialTeam");
    const correlationId = this.random.uuid();
    const refers = this.random.next() < p.referralShare;
    const targetId = refers ? weighted(this.random, p.referTo) : undefined;
    const target = targetId === undefined ? undefined : this.partnerFor(this.service(targetId).role);
    const domains = [
      "MONEY",
      "HOUSING",
      "RELATIONSHIPS",
      "CARE",
      "LONELINESS",
      "PARENTING",
      "WORK_AND_DAYTIME",
    ];
    const requestDomains = [...new Set([this.random.pick(domains), this.random.pick(domains)])];
    this.consent(resident, team, at - 2 * HOUR, "SOCIAL_SUPPORT");
    this.sink.emit(resident, at, {
      partner: team,
      financing: null,
      role: "SOCIAL_TEAM_MEMBER",
      correlationId,
      fields: {
        eventType: "SocialTeamIntakeCompleted",
        intakeId: this.random.uuid(),
        requestDomains,
        outcome: refers ? "REFERRED" : "SOCIAL_TEAM_SUPPORT",
        partnersInvolved: target === undefined || target === team ? [team] : [team, target],
      },
    });
    this.assess(resident, team, at + HOUR, "INTAKE", 0);
    const ownEnd = this.monthsFrom(at + DAY, p.ownSupportMonths);
    const [ownId] = this.servicesOf("socialTeam")[0] ?? [];
    if (ownId !== undefined)
      this.episode(resident, ownId, at + DAY, ownEnd, { referralSource: "SOCIAL_TEAM" });
    let end = ownEnd;
    if (targetId !== undefined && target !== undefined) {
      end = Math.max(end, this.referral(resident, team, targetId, target, at + 2 * HOUR, correlationId));
    }
    this.assess(resident, team, Math.min(end, this.to - HOUR), "FOLLOW_UP", this.careMonths(at, end));
    return end;
  }

  /** A referral from `from` to `target` and its answer; an accepted one becomes an episode and completes. */
  private referral(
    resident: Resident,
    from: Partner,
    serviceId: string,
    target: Partner,
    at: number,
    correlationId: string,
  ): number {
    const p = this.scenario.pathways.socialTeam;
    const service = this.service(serviceId);
    const referralId = this.random.uuid();
    const category = service.category as DataCategory;
    this.sink.emit(resident, at, {
      partner: from,
      financing: null,
      role: "SOCIAL_TEAM_MEMBER",
      correlationId,
      fields: {
        eventType: "ReferralMade",
        dataCategory: category,
        referralId,
        toPartner: target,
        toService: serviceId,
        reason: "Hulpvraag uit de intake van het Sociaal Team",
        urgency: this.random.pick(["ROUTINE", "ROUTINE", "SOON", "URGENT"] as const),
      },
    });
    const answerAt = at + this.random.int(2, 20) * DAY;
    if (answerAt >= this.to) return at;
    const answer = weighted(this.random, p.answers);
    if (answer === "unanswered") return at;
    const base = { partner: target, financing: null, role: service.actor, correlationId } as const;
    if (answer === "rejected") {
      this.sink.emit(resident, answerAt, {
        ...base,
        fields: {
          eventType: "ReferralRejected",
          dataCategory: category,
          referralId,
          referringPartner: from,
          reason: this.random.pick([
            "NO_CAPACITY",
            "NOT_ELIGIBLE",
            "WRONG_SERVICE",
            "CLIENT_DECLINED",
          ] as const),
          explanation: "Toelichting van de ontvangende partner",
        },
      });
      return answerAt;
    }
    const start = answerAt + this.random.int(3, 20) * DAY;
    const expectedStart = new Date(start).toISOString().slice(0, 10);
    this.sink.emit(resident, answerAt, {
      ...base,
      fields: {
        eventType: "ReferralAccepted",
        dataCategory: category,
        referralId,
        referringPartner: from,
        expectedStart,
      },
    });
    if (start >= this.to) return start;
    const end = this.monthsFrom(start, p.referredMonths);
    const episode = this.episode(resident, serviceId, start, end, {
      referralSource: "SOCIAL_TEAM",
      referralId,
      partner: target,
      correlationId,
    });
    if (episode.ended) {
      this.sink.emit(resident, end - 30 * 60 * 1000, {
        ...base,
        fields: {
          eventType: "ReferralCompleted",
          dataCategory: category,
          referralId,
          referringPartner: from,
          outcome: this.random.pick([
            "GOALS_MET",
            "GOALS_MET",
            "PARTLY_MET",
            "NOT_MET",
            "CLIENT_STOPPED",
          ] as const),
          summary: null,
        },
      });
    }
    return end;
  }

  private mentalHealth(resident: Resident, at: number): number | undefined {
    const p = this.scenario.pathways.mentalHealth;
    if (this.population.ageAt(resident, at) < p.minAge) return undefined;
    const { mentalHealth } = this.waterbed(resident, at);
    if (!this.chance(p.startsPerResidentYear * mentalHealth)) return undefined;
    const addiction = this.random.next() < p.addictionShare;
    const [serviceId] = this.servicesOf(addiction ? "addiction" : "mentalHealth")[0] ?? [];
    if (serviceId === undefined) return undefined;
    const end = this.monthsFrom(at, p.months);
    const episode = this.episode(resident, serviceId, at, end, {
      referralSource: this.random.next() < 0.8 ? "GP" : "SELF",
    });
    this.assess(resident, episode.partner, at + HOUR, "INTAKE", 0);
    if (episode.ended)
      this.assess(resident, episode.partner, end - HOUR, "EVALUATION", this.careMonths(at, end));
    return end;
  }

  private shelter(resident: Resident, at: number): number | undefined {
    const p = this.scenario.pathways.shelter;
    const age = this.population.ageAt(resident, at);
    if (age < p.minAge || age > (p.maxAge ?? 200) || !this.chance(p.staysPerResidentYear)) return undefined;
    const serviceId = weighted(this.random, p.services);
    const [low, high] = p.nights;
    const end = at + this.random.int(low, high) * DAY;
    this.episode(resident, serviceId, at, end, {
      referralSource: this.random.pick(["SELF", "MUNICIPALITY"] as const),
    });
    return end;
  }

  private probation(resident: Resident, at: number): number | undefined {
    const p = this.scenario.pathways.probation;
    const age = this.population.ageAt(resident, at);
    if (age < p.minAge || age > (p.maxAge ?? 200) || !this.chance(p.startsPerResidentYear)) return undefined;
    const [serviceId] = this.servicesOf("probation")[0] ?? [];
    if (serviceId === undefined) return undefined;
    const end = this.monthsFrom(at, p.months);
    this.episode(resident, serviceId, at, end, { referralSource: "JUSTICE" });
    return end;
  }

  private youth(resident: Resident, at: number): number | undefined {
    const p = this.scenario.pathways.youthCare;
    const age = this.population.ageAt(resident, at);
    if (age < p.minAge || age > (p.maxAge ?? 17) || !this.chance(p.startsPerResidentYear)) return undefined;
    const role: Role = this.random.next() < p.radarShare ? "disabilitySupport" : "youthCare";
    const options = this.servicesOf(role).filter(([, s]) => role === "youthCare" || s.financing === "JW");
    const [serviceId] = options[0] ?? [];
    if (serviceId === undefined) return undefined;
    const end = this.monthsFrom(at, p.months);
    const episode = this.episode(resident, serviceId, at, end, { referralSource: "MUNICIPALITY" });
    this.assess(resident, episode.partner, at + HOUR, "INTAKE", 0);
    return end;
  }

  /**
   * Families with stacked care: three or more partners around one household for a year or more;
   * from the coordination start a family coordinator takes some of them on, and their costs fall.
   */
  private stackedCareFamilies(): void {
    const p = this.scenario.pathways.stackedCare;
    const c = this.scenario.pathways.coordination;
    const candidates = this.population.households.filter((h) => h.members.length >= p.minHouseholdSize);
    const coordinationFrom = this.monthKey(c.from);
    const capacity = c.coordinators * c.familiesPerCoordinator;
    const coordinated: number[] = []; // end moments of running coordinations
    const used = new Set<number>();
    for (let m = 0; m < this.months; m++) {
      const expected = p.householdsPerYear / 12;
      let count = Math.floor(expected) + (this.random.next() < expected % 1 ? 1 : 0);
      while (count-- > 0 && candidates.length > 0) {
        const household = this.random.pick(candidates);
        if (used.has(household.index)) continue;
        used.add(household.index);
        const start = this.monthStart(m) + this.random.int(0, 27) * DAY + 9 * HOUR;
        if (start >= this.to) continue;
        const end = this.monthsFrom(start, p.months);
        const running = coordinated.filter((until) => until > start).length;
        const coordinate = start >= coordinationFrom && running < capacity;
        const coordination = coordinate ? this.coordination(start, end) : undefined;
        if (coordination !== undefined) coordinated.push(coordination.end);
        this.family(household, start, end, coordination);
      }
    }
  }

  private coordination(start: number, end: number) {
    const c = this.scenario.pathways.coordination;
    // Stacked care runs a while before the Sociaal Team assigns a coordinator.
    const assigned = start + this.random.int(90, 270) * DAY;
    const until = Math.min(this.monthsFrom(assigned, c.months), end - DAY);
    if (assigned >= this.to || until <= assigned + 60 * DAY) return undefined;
    return {
      start: assigned,
      end: until,
      id: this.random.uuid(),
      coordinator: this.random.int(1, c.coordinators),
    };
  }

  private family(
    household: Household,
    start: number,
    end: number,
    coordination: { start: number; end: number; id: string; coordinator: number } | undefined,
  ): void {
    const p = this.scenario.pathways.stackedCare;
    const members = household.members.map((i) => this.population.residents[i]).filter((r) => r !== undefined);
    const adults = members.filter((r) => this.population.ageAt(r, start) >= 18);
    const children = members.filter((r) => {
      const age = this.population.ageAt(r, start);
      return age >= 4 && age < 18;
    });
    const parent = adults[0] ?? members[0];
    if (parent === undefined) return;
    const plan: [Resident, Role, string | undefined][] = [
      [parent, "socialTeam", undefined],
      [children[0] ?? parent, children[0] === undefined ? "disabilitySupport" : "youthCare", undefined],
      [adults[1] ?? parent, "mentalHealth", undefined],
      [
        children[1] ?? children[0] ?? parent,
        "disabilitySupport",
        children[0] === undefined ? "ambulante-begeleiding" : undefined,
      ],
      [parent, "shelteredHousing", "psychosociale-ondersteuning"],
      [parent, "homeCare", "huishoudelijke-hulp"],
    ];
    const [low, high] = p.partners;
    const take = Math.min(plan.length, this.random.int(Math.max(3, low), Math.max(3, high)));
    const episodes: Episode[] = [];
    for (const [member, role, wanted] of plan.slice(0, take)) {
      const choices = this.servicesOf(role).filter(([id, s]) => {
        if (wanted !== undefined) return id === wanted;
        const child = this.population.ageAt(member, start) < 18;
        return child ? s.financing === "JW" || role !== "disabilitySupport" : s.financing !== "JW";
      });
      const [serviceId] = choices[0] ?? this.servicesOf(role)[0] ?? [];
      if (serviceId === undefined) continue;
      const begins = start + this.random.int(0, 40) * DAY + 2 * HOUR;
      episodes.push(
        this.episode(member, serviceId, begins, end - this.random.int(0, 20) * DAY, {
          referralSource: "SOCIAL_TEAM",
          intensity: 4,
          coordination,
        }),
      );
    }
    if (coordination === undefined) return;
    const team = this.partnerFor("socialTeam");
    const [pmin, pmax] = p.professionalsPerPartner;
    const organisations = [...new Set(episodes.map((e) => e.partner))];
    const professionals = organisations.reduce((sum) => sum + this.random.int(pmin, pmax), 0);
    const size = household.members.length;
    const correlationId = this.random.uuid();
    const base = { partner: team, financing: null, role: "FAMILY_COORDINATOR", correlationId } as const;
    this.sink.emit(parent, coordination.start, {
      ...base,
      fields: {
        eventType: "CoordinatorAssigned",
        coordinationId: coordination.id,
        coordinatorRole: "FAMILY_COORDINATOR",
        coordinatorId: `${this.sink.professional(team).split("-p")[0]}-coordinator-${coordination.coordinator}`,
        professionalsInvolved: Math.min(500, professionals),
        organisationsInvolved: organisations,
        householdSizeBand:
          size >= 5 ? "SIZE_5_PLUS" : size >= 3 ? "SIZE_3_4" : size === 2 ? "SIZE_2" : "SIZE_1",
      },
    });
    if (coordination.end < this.to) {
      this.sink.emit(parent, coordination.end, {
        ...base,
        fields: {
          eventType: "CoordinationEnded",
          coordinationId: coordination.id,
          endReason: this.random.pick(["GOALS_MET", "HANDED_BACK_TO_REGULAR_CARE", "GOALS_MET"] as const),
        },
      });
    }
  }

  // ---- building blocks --------------------------------------------------------------------------

  /**
   * One episode of a service: started, delivered (visits, contacts or a stay), costed monthly and
   * ended, all inside [start, end]; an end past the history's horizon leaves it open.
   */
  private episode(
    resident: Resident,
    serviceId: string,
    start: number,
    plannedEnd: number,
    options: {
      referralSource: "SELF" | "GP" | "PARTNER" | "MUNICIPALITY" | "SOCIAL_TEAM" | "HOSPITAL" | "JUSTICE";
      referralId?: string;
      partner?: Partner;
      correlationId?: string;
      intensity?: number;
      coordination?: { start: number; end: number } | undefined;
    },
  ): Episode {
    const service = this.service(serviceId);
    const partner = options.partner ?? this.partnerFor(service.role);
    const end = Math.max(plannedEnd, start + 2 * DAY);
    const ended = end < this.to;
    const episode: Episode = {
      id: this.random.uuid(),
      resident,
      partner,
      serviceId,
      service,
      start,
      end,
      ended,
    };
    this.episodes.push(episode);
    const correlationId = options.correlationId ?? this.random.uuid();
    const category = service.category as DataCategory;
    const base = { partner, financing: service.financing, role: service.actor, correlationId } as const;
    this.consent(resident, partner, start - HOUR, category);
    this.sink.emit(resident, start, {
      ...base,
      fields: {
        eventType: "CareEpisodeStarted",
        dataCategory: category,
        episodeId: episode.id,
        serviceType: serviceId,
        referralSource: options.referralSource,
        referralId: options.referralId ?? null,
      },
    });
    const stayId = this.random.uuid();
    if (service.delivery === "shelterStay") {
      this.sink.emit(resident, start + 60_000, {
        ...base,
        fields: {
          eventType: "ShelterStayStarted",
          stayId,
          facilityType: service.facility ?? "NIGHT_SHELTER",
        },
      });
    }
    const last = ended ? end : this.to;
    this.deliveries(resident, episode, base, start, last);
    this.costs(resident, episode, base, start, last, options.intensity ?? 1, options.coordination);
    if (ended) {
      if (service.delivery === "shelterStay") {
        this.sink.emit(resident, end - 60_000, {
          ...base,
          fields: {
            eventType: "ShelterStayEnded",
            stayId,
            nights: Math.max(0, Math.round((end - start) / DAY)),
            endReason: this.random.pick([
              "HOUSED",
              "HOUSED",
              "MOVED_TO_OTHER_FACILITY",
              "LEFT_WITHOUT_NOTICE",
            ] as const),
          },
        });
      }
      this.sink.emit(resident, end, {
        ...base,
        fields: {
          eventType: "CareEpisodeEnded",
          dataCategory: category,
          episodeId: episode.id,
          endReason: this.random.pick([
            "GOALS_MET",
            "GOALS_MET",
            "CLIENT_STOPPED",
            "TRANSFERRED",
            "OTHER",
          ] as const),
          endNote: null,
        },
      });
    }
    return episode;
  }

  private deliveries(
    resident: Resident,
    episode: Episode,
    base: {
      partner: Partner;
      financing: Service["financing"];
      role: Service["actor"];
      correlationId: string;
    },
    start: number,
    last: number,
  ): void {
    const { service } = episode;
    if (service.delivery === "shelterStay") return;
    const type = service.delivery === "homeCareVisit" ? "HomeCareVisitDelivered" : "ContactDelivered";
    if (!this.sink.may(base.partner, type)) return; // e.g. probation: the cost lines carry the volume
    const perMonth =
      service.delivery === "homeCareVisit"
        ? this.scenario.pathways.elderlyCare.visitsPerMonth
        : (service.contactsPerMonth ?? 2);
    const span = last - start;
    const count = Math.max(1, Math.round((span / (30.44 * DAY)) * perMonth));
    for (let i = 0; i < count; i++) {
      const at = start + HOUR + Math.floor(this.random.next() * Math.max(1, span - 2 * HOUR));
      if (type === "HomeCareVisitDelivered") {
        this.sink.emit(resident, at, {
          ...base,
          fields: {
            eventType: type,
            minutes: this.random.int(15, 75),
            careType: service.careType ?? "PERSONAL_CARE",
            staffLevel:
              service.careType === "NURSING" ? "LEVEL_4" : this.random.pick(["LEVEL_2", "LEVEL_3"] as const),
          },
        });
      } else {
        const group = service.role === "socialTeam" && this.random.next() < 0.1;
        this.sink.emit(resident, at, {
          ...base,
          fields: {
            eventType: type,
            dataCategory: service.category as DataCategory,
            episodeId: episode.id,
            mode: group
              ? "GROUP"
              : this.random.pick(["FACE_TO_FACE", "FACE_TO_FACE", "HOME_VISIT", "PHONE", "VIDEO"] as const),
            minutes: this.random.int(20, 90),
            groupSize: group ? this.random.int(4, 12) : null,
          },
        });
      }
    }
  }

  /** Monthly cost lines of an episode: volume x tariff, lower while a family is coordinated. */
  private costs(
    resident: Resident,
    episode: Episode,
    base: {
      partner: Partner;
      financing: Service["financing"];
      role: Service["actor"];
      correlationId: string;
    },
    start: number,
    last: number,
    intensity: number,
    coordination: { start: number; end: number } | undefined,
  ): void {
    const { service } = episode;
    const c = this.scenario.pathways.coordination;
    const saving = c.yearlySavingCents / 12 / 4; // spread over a family's (about four) services
    let month = Date.UTC(new Date(start).getUTCFullYear(), new Date(start).getUTCMonth(), 1);
    while (month < last) {
      const next = Date.UTC(new Date(month).getUTCFullYear(), new Date(month).getUTCMonth() + 1, 1);
      const periodStart = Math.max(month, start);
      const periodEnd = Math.min(next - 1, last);
      const share = (periodEnd - periodStart) / (next - month);
      const volume = Math.max(
        1,
        Math.round(service.unitsPerMonth * share * intensity * (0.8 + 0.4 * this.random.next())),
      );
      let amount = volume * service.unitCents;
      const coordinated =
        coordination !== undefined && month >= coordination.start && month < coordination.end;
      if (coordinated) amount = Math.max(service.unitCents, amount - Math.round(saving * share));
      const at = Math.min(periodEnd, last - 60_000);
      const line = (cents: number, pooled: boolean) =>
        this.sink.emit(resident, Math.max(at, periodStart), {
          ...base,
          role: "ADMINISTRATOR",
          financing: pooled ? "POOL" : base.financing,
          fields: {
            eventType: "CostIncurred",
            costId: this.random.uuid(),
            amountCents: cents,
            periodStart: new Date(periodStart).toISOString().slice(0, 10),
            periodEnd: new Date(periodEnd).toISOString().slice(0, 10),
            pooled,
            episodeId: episode.id,
            serviceType: episode.serviceId,
            volume,
            volumeUnit: service.unit,
          },
        });
      if (coordinated && c.pooledShare > 0) {
        const pooled = Math.round(amount * c.pooledShare);
        line(amount - pooled, false);
        line(pooled, true);
      } else line(amount, false);
      month = next;
    }
  }

  private careMonths(start: number, end: number): number {
    return Math.max(0, (Math.min(end, this.to) - start) / (30.44 * DAY));
  }

  /** A Positive Health assessment; scores start low and rise with months of care. */
  private assess(
    resident: Resident,
    partner: Partner,
    at: number,
    context: string,
    careMonths: number,
  ): void {
    if (at >= this.to || at < this.from || !this.sink.may(partner, "PositiveHealthAssessed")) return;
    const p = this.scenario.pathways.positiveHealth;
    const baseline = 3 + (resident.index % 7) * 0.4;
    const score = () => {
      const value = baseline + careMonths * p.gainPerCareMonth + (this.random.next() * 2 - 1) * p.noise;
      return Math.round(Math.min(10, Math.max(0, value)) * 10) / 10;
    };
    this.sink.emit(resident, at, {
      partner,
      financing: null,
      role: "OTHER",
      correlationId: this.random.uuid(),
      fields: {
        eventType: "PositiveHealthAssessed",
        context,
        scores: {
          bodyFunctions: score(),
          mentalWellbeing: score(),
          meaning: score(),
          qualityOfLife: score(),
          participation: score(),
          dailyFunctioning: score(),
        },
        items: null,
        statedWish: null,
      },
    });
  }

  /** At a resident's first care: consent (maybe revoked later) and, rarely, an objection. */
  private consent(resident: Resident, partner: Partner, at: number, category: DataCategory): void {
    if (this.consented.has(resident.index) || at < this.from) return;
    this.consented.add(resident.index);
    const p = this.scenario.pathways.consent;
    const grantor = this.population.ageAt(resident, at) < 16 ? "PARENT" : "CLIENT";
    const base = {
      partner,
      financing: null,
      role: "ADMINISTRATOR",
      correlationId: this.random.uuid(),
    } as const;
    const everyone = [...new Set(Object.values(this.scenario.partners).flat())] as Partner[];
    if (this.random.next() < p.grantShare) {
      const consentId = this.random.uuid();
      const purpose = this.random.next() < p.analyticsShare ? "ANALYTICS" : "CARE_COORDINATION";
      const categories = [
        ...new Set<DataCategory>([
          "HOME_CARE",
          "SOCIAL_SUPPORT",
          "POSITIVE_HEALTH",
          "CARE_COORDINATION",
          category,
        ]),
      ];
      this.sink.emit(resident, at, {
        ...base,
        fields: {
          eventType: "ConsentGranted",
          consentId,
          recipients: everyone.slice(0, 12),
          recipientRoles: coordinationOnly(consentId, purpose),
          dataCategories: categories,
          purpose,
          validUntil: null,
          grantor,
        },
      });
      if (this.random.next() < p.revokeShare) {
        const later = at + this.random.int(60, 900) * DAY;
        if (later < this.to) {
          this.sink.emit(resident, later, {
            ...base,
            fields: { eventType: "ConsentRevoked", consentId, grantor },
          });
        }
      }
    }
    if (this.random.next() < p.objectionShare) {
      const objectionId = this.random.uuid();
      const scope = this.random.pick([
        "SHARED_TIMELINE",
        "ANALYTICS",
        "SHARED_TIMELINE_AND_ANALYTICS",
      ] as const);
      this.sink.emit(resident, at + 60_000, {
        ...base,
        fields: { eventType: "ObjectionRecorded", objectionId, scope, raisedBy: grantor },
      });
      const later = at + this.random.int(30, 700) * DAY;
      if (this.random.next() < p.withdrawShare && later < this.to) {
        this.sink.emit(resident, later, {
          ...base,
          fields: { eventType: "ObjectionWithdrawn", objectionId, scope, raisedBy: grantor },
        });
      }
    }
  }

  /** A household that moved: each member in care at that moment is reported moved by the partner caring. */
  private moves(): void {
    const open = new Map<number, Episode[]>();
    for (const episode of this.episodes) {
      open.set(episode.resident.index, [...(open.get(episode.resident.index) ?? []), episode]);
    }
    for (const household of this.population.households) {
      const moved = household.moved;
      if (moved === undefined || moved.at < this.from || moved.at >= this.to) continue;
      for (const index of household.members) {
        const resident = this.population.residents[index];
        const caring = open.get(index)?.find((e) => e.start < moved.at && e.end > moved.at);
        if (resident === undefined || caring === undefined) continue;
        this.sink.emit(resident, moved.at, {
          partner: caring.partner,
          financing: null,
          role: "ADMINISTRATOR",
          correlationId: this.random.uuid(),
          fields: { eventType: "SubjectMoved", fromWard: moved.from.ward, toWard: household.address.ward },
        });
      }
    }
  }
}

/**
 * The professional roles a care-coordination consent is limited to, for about one consent in eight
 * (read from the consent's random id, so the history's other draws stay as they were): those who
 * coordinate the client's care. Null, every role of the named partners, for the others.
 */
function coordinationOnly(consentId: string, purpose: "ANALYTICS" | "CARE_COORDINATION") {
  if (purpose !== "CARE_COORDINATION" || Number.parseInt(consentId.slice(0, 1), 16) >= 2) return null;
  return [
    "DISTRICT_NURSE",
    "SOCIAL_WORKER",
    "SOCIAL_TEAM_MEMBER",
    "FAMILY_COORDINATOR",
    "GP",
    "PRACTICE_NURSE_MENTAL_HEALTH",
  ] as const;
}
