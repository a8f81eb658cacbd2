import { type AgeBand, type Ward, wards } from "@bz/contracts";
import { simulatedBsn } from "./bsn.ts";
import type { Random } from "./random.ts";
import type { Scenario } from "./scenario.ts";

/**
 * The residents and households of the four wards as they are at the scenario's reference year:
 * ward sizes and household counts from the scenario (DOMAIN.md), about half single-person, adults
 * and children in age bands, each household at an address key (PC6 + house number) resolved to the
 * ward's buurt code. Some households lived in another of the four wards before a move.
 */

/** Turns simulated identifiers into platform pseudonyms (the partner SDK's or gateway's keys). */
export interface Identity {
  pseudonymize(bsn: string): string;
  pseudonymizeHousehold(householdKey: string): string;
}

/** Where a household lives from a moment on. */
export interface Address {
  ward: Ward;
  buurtCode: string;
  /** PC6 and house number, e.g. "6224AB 12": what every partner knows, the household key. */
  addressKey: string;
  /** The household's platform pseudonym at this address. */
  household: string;
}

/** One household. */
export interface Household {
  index: number;
  members: number[];
  /** Where it lives at the end of the history (the population DOMAIN.md describes). */
  address: Address;
  /** When it moved there from another of the four wards, if it did. */
  moved?: { at: number; from: Address };
}

/** One resident; the BSN stays inside the simulation and the partner SDK. */
export interface Resident {
  index: number;
  bsn: string;
  subject: string;
  household: number;
  /** Age in whole years at the start of the reference year. */
  age: number;
}

/** The simulated population. */
export interface Population {
  residents: Resident[];
  households: Household[];
  /** Age at a moment (negative before birth). */
  ageAt(resident: Resident, at: number): number;
  /** The household's address at a moment. */
  addressAt(resident: Resident, at: number): Address;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const bandYears: Record<AgeBand, [number, number]> = {
  AGE_0_3: [0, 3],
  AGE_4_11: [4, 11],
  AGE_12_17: [12, 17],
  AGE_18_26: [18, 26],
  AGE_27_64: [27, 64],
  AGE_65_79: [65, 79],
  AGE_80_PLUS: [80, 99],
};

/** The age band of an age in years. */
export function ageBandOf(age: number): AgeBand {
  for (const [band, high] of bandTops) {
    if (age <= high) return band;
  }
  return "AGE_80_PLUS";
}
const bandTops = (Object.entries(bandYears) as [AgeBand, [number, number]][]).map(
  ([band, [, high]]) => [band, high] as const,
);

/** A weighted choice among the keys of `weights`. */
export function weighted<K extends string>(random: Random, weights: Partial<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let point = random.next() * total;
  for (const [key, w] of entries) {
    point -= w;
    if (point < 0) return key;
  }
  const last = entries[entries.length - 1];
  if (last === undefined) throw new Error("weighted choice from nothing");
  return last[0];
}

/** Builds the population; `movesBetween` is the period in which earlier moves happened. */
export function createPopulation(
  scenario: Scenario,
  random: Random,
  identity: Identity,
  movesBetween: [number, number],
): Population {
  const residents: Resident[] = [];
  const households: Household[] = [];
  const usedKeys = new Set<string>();
  const usedBsns = new Set<string>();
  const referenceStart = Date.UTC(scenario.population.referenceYear, 0, 1);
  const wardCodes = new Map(wards.map((w) => [w.ward, w.buurtCode]));
  const wardNames = Object.keys(scenario.population.wards) as Ward[];

  const newAddress = (ward: Ward): Address => {
    const postcode =
      scenario.population.wards[ward as keyof Scenario["population"]["wards"]]?.postcode ?? "6222";
    const buurtCode = wardCodes.get(ward);
    if (buurtCode === undefined) throw new Error(`no buurt code for ward ${ward}`);
    for (;;) {
      const letters = String.fromCharCode(65 + random.int(0, 25), 65 + random.int(0, 25));
      const addressKey = `${postcode}${letters} ${random.int(1, 240)}`;
      if (usedKeys.has(addressKey)) continue;
      usedKeys.add(addressKey);
      return { ward, buurtCode, addressKey, household: identity.pseudonymizeHousehold(addressKey) };
    }
  };
  const ageIn = (band: AgeBand) => {
    const [low, high] = bandYears[band];
    return random.int(low, high);
  };
  const addResident = (household: number, age: number) => {
    let bsn = simulatedBsn(random);
    while (usedBsns.has(bsn)) bsn = simulatedBsn(random);
    usedBsns.add(bsn);
    const index = residents.length;
    residents.push({ index, bsn, subject: identity.pseudonymize(bsn), household, age });
    return index;
  };
  const adultBands = scenario.population.adultAgeBands as Partial<Record<AgeBand, number>>;
  const childBands = scenario.population.childAgeBands as Partial<Record<AgeBand, number>>;

  for (const ward of wardNames) {
    const size = scenario.population.wards[ward as keyof Scenario["population"]["wards"]];
    if (size === undefined) continue;
    const singles = Math.round(size.households * scenario.population.singlePersonShare);
    const multi = size.households - singles;
    const sizes = [...Array<number>(singles).fill(1), ...Array<number>(multi).fill(2)];
    let extra = size.residents - singles - 2 * multi;
    // Extra people go to random multi-person households: sizes 2, 3, 4 ... with a thin tail.
    while (extra > 0 && multi > 0) {
      const at = singles + random.int(0, multi - 1);
      sizes[at] = (sizes[at] ?? 2) + 1;
      extra--;
    }
    for (const members of sizes) {
      const index = households.length;
      const household: Household = { index, members: [], address: newAddress(ward) };
      households.push(household);
      const singleParent = members >= 2 && random.next() < (members === 2 ? 0.2 : 0.25);
      const adults = members === 1 || singleParent ? 1 : 2;
      const adultBand =
        members >= 3 ? (random.next() < 0.85 ? "AGE_27_64" : "AGE_18_26") : weighted(random, adultBands);
      for (let i = 0; i < members; i++) {
        const isAdult = i < adults;
        const age = isAdult ? ageIn(adultBand) : ageIn(weighted(random, childBands));
        household.members.push(addResident(index, age));
      }
    }
  }

  const [moveFrom, moveTo] = movesBetween;
  for (const household of households) {
    if (random.next() >= scenario.population.householdsThatMovedBetweenWards) continue;
    const others = wardNames.filter((w) => w !== household.address.ward);
    const at = moveFrom + random.next() * (moveTo - moveFrom);
    household.moved = { at: Math.floor(at), from: newAddress(random.pick(others)) };
  }

  return {
    residents,
    households,
    ageAt: (resident, at) => resident.age - (referenceStart - at) / YEAR_MS,
    addressAt: (resident, at) => {
      const household = households[resident.household];
      if (household === undefined) throw new Error(`resident ${resident.index} has no household`);
      return household.moved !== undefined && at < household.moved.at
        ? household.moved.from
        : household.address;
    },
  };
}
