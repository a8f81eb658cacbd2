import { partnerSchema } from "@bz/contracts";
import { BzError } from "@bz/errors";
import { z } from "zod";

/**
 * The scenario of the simulated four wards: population, which partner plays which role, the
 * services with their financing, the pathways' rates and durations and the waterbed episodes. One
 * documented JSON file (packages/simulation/scenario.json, docs/simulation.md) validated here.
 */

const share = z.number().min(0).max(1);
const month = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, "a month YYYY-MM");
const range = z
  .tuple([z.number().nonnegative(), z.number().nonnegative()])
  .refine(([low, high]) => low <= high, "a range [low, high] with low <= high");
const weights = z
  .record(z.string(), z.number().nonnegative())
  .refine((w) => Object.values(w).some((v) => v > 0), "at least one positive weight");

/** The roles a partner can play in the pathways. */
export const roles = [
  "homeCare",
  "socialTeam",
  "disabilitySupport",
  "shelteredHousing",
  "mentalHealth",
  "addiction",
  "shelter",
  "probation",
  "youthCare",
] as const;
export type Role = (typeof roles)[number];

const financing = z.enum(["ZVW", "WLZ", "WMO", "JW", "PW", "WPG", "SUBSIDY", "POOL", "JUSTICE"]);
const service = z.strictObject({
  role: z.enum(roles),
  financing,
  category: z.enum([
    "HOME_CARE",
    "DISABILITY_SUPPORT",
    "SOCIAL_SUPPORT",
    "MENTAL_HEALTH",
    "ADDICTION",
    "SHELTER",
  ]),
  delivery: z.enum(["homeCareVisit", "contact", "shelterStay"]),
  careType: z.enum(["PERSONAL_CARE", "NURSING", "DOMESTIC_SUPPORT"]).optional(),
  facility: z
    .enum(["NIGHT_SHELTER", "DAY_AND_NIGHT_SHELTER", "CRISIS_SHELTER", "SHELTERED_HOUSING"])
    .optional(),
  actor: z.enum([
    "DISTRICT_NURSE",
    "NURSING_ASSISTANT",
    "HOME_HELP",
    "SOCIAL_WORKER",
    "SOCIAL_TEAM_MEMBER",
    "SUPPORT_WORKER",
    "PSYCHOLOGIST",
    "MENTAL_HEALTH_NURSE",
    "ADDICTION_CARE_WORKER",
    "SHELTER_WORKER",
    "PROBATION_OFFICER",
  ]),
  unit: z.enum(["MINUTES", "HOURS", "CONTACTS", "VISITS", "DAYS", "NIGHTS", "MONTHS", "ITEMS"]),
  unitCents: z.number().int().positive().max(1_000_000),
  unitsPerMonth: z.number().int().positive().max(10_000),
  /** Contacts sent per month of a contact service (the cost lines carry the full volume). */
  contactsPerMonth: z.number().positive().max(60).optional(),
});

const ageRange = {
  minAge: z.number().int().min(0).max(110),
  maxAge: z.number().int().min(0).max(110).optional(),
};

/** The zod schema of a scenario file. */
export const scenarioSchema = z
  .strictObject({
    "$schema-doc": z.string().optional(),
    seed: z.number().int().nonnegative(),
    history: z.strictObject({ from: month }),
    live: z.strictObject({ eventsPerSecond: z.number().positive().max(100_000) }),
    population: z.strictObject({
      referenceYear: z.number().int().min(2000).max(2100),
      wards: z.record(
        z.enum(["WYCKERPOORT", "WITTEVROUWENVELD", "NAZARETH", "LIMMEL"]),
        z.strictObject({
          residents: z.number().int().positive(),
          households: z.number().int().positive(),
          postcode: z.string().regex(/^[1-9][0-9]{3}$/, "a PC4 postcode"),
        }),
      ),
      singlePersonShare: share,
      adultAgeBands: weights,
      childAgeBands: weights,
      householdsThatMovedBetweenWards: share,
    }),
    partners: z.strictObject({
      homeCare: partnerSchema,
      socialTeam: partnerSchema,
      disabilitySupport: partnerSchema,
      shelteredHousing: partnerSchema,
      mentalHealth: z.array(partnerSchema).min(1),
      addiction: partnerSchema,
      shelter: partnerSchema,
      probation: partnerSchema,
      youthCare: partnerSchema,
      overGateway: z.array(partnerSchema),
    }),
    services: z.record(z.string().regex(/^[a-z0-9-]{1,60}$/), service),
    pathways: z.strictObject({
      elderlyCare: z.strictObject({
        ...ageRange,
        startsPerResidentYear: share,
        services: weights,
        months: range,
        visitsPerMonth: z.number().int().min(1).max(60),
      }),
      socialTeam: z.strictObject({
        ...ageRange,
        intakesPerResidentYear: share,
        referralShare: share,
        answers: z.strictObject({ accepted: share, rejected: share, unanswered: share }),
        referTo: weights,
        ownSupportMonths: range,
        referredMonths: range,
      }),
      mentalHealth: z.strictObject({
        ...ageRange,
        startsPerResidentYear: share,
        addictionShare: share,
        months: range,
      }),
      shelter: z.strictObject({ ...ageRange, staysPerResidentYear: share, services: weights, nights: range }),
      probation: z.strictObject({ ...ageRange, startsPerResidentYear: share, months: range }),
      youthCare: z.strictObject({
        ...ageRange,
        startsPerResidentYear: share,
        radarShare: share,
        months: range,
      }),
      stackedCare: z.strictObject({
        minHouseholdSize: z.number().int().min(2),
        householdsPerYear: z.number().nonnegative(),
        months: range,
        partners: range,
        professionalsPerPartner: range,
      }),
      coordination: z.strictObject({
        from: month,
        coordinators: z.number().int().nonnegative(),
        familiesPerCoordinator: z.number().int().nonnegative(),
        months: range,
        yearlySavingCents: z.number().int().nonnegative(),
        pooledShare: share,
      }),
      positiveHealth: z.strictObject({
        gainPerCareMonth: z.number().min(0).max(2),
        noise: z.number().min(0).max(3),
      }),
      consent: z.strictObject({
        grantShare: share,
        analyticsShare: share,
        revokeShare: share,
        objectionShare: share,
        withdrawShare: share,
      }),
    }),
    waterbed: z.array(
      z.strictObject({
        ward: z.enum(["WYCKERPOORT", "WITTEVROUWENVELD", "NAZARETH", "LIMMEL"]),
        from: month,
        quarters: z.number().int().positive(),
        socialWorkCapacity: share,
        lagQuarters: z.number().int().nonnegative(),
        mentalHealthFactor: z.number().min(1).max(10),
      }),
    ),
  })
  .superRefine((scenario, ctx) => {
    for (const [id, s] of Object.entries(scenario.services)) {
      if (s.delivery === "homeCareVisit" && s.careType === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["services", id, "careType"],
          message: "a home-care service needs careType",
        });
      if (s.delivery === "shelterStay" && s.facility === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["services", id, "facility"],
          message: "a shelter service needs facility",
        });
    }
    const weighted = [
      ["elderlyCare", scenario.pathways.elderlyCare.services],
      ["socialTeam", scenario.pathways.socialTeam.referTo],
      ["shelter", scenario.pathways.shelter.services],
    ] as const;
    for (const [pathway, services] of weighted) {
      for (const id of Object.keys(services)) {
        if (scenario.services[id] === undefined)
          ctx.addIssue({ code: "custom", path: ["pathways", pathway], message: `unknown service "${id}"` });
      }
    }
    for (const role of roles) {
      if (!Object.values(scenario.services).some((s) => s.role === role))
        ctx.addIssue({ code: "custom", path: ["services"], message: `no service for the role ${role}` });
    }
    for (const [ward, w] of Object.entries(scenario.population.wards)) {
      if (w.households > w.residents)
        ctx.addIssue({
          code: "custom",
          path: ["population", "wards", ward],
          message: "more households than residents",
        });
    }
  });

/** A validated scenario. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** One service of the scenario. */
export type Service = Scenario["services"][string];

/** Validates a parsed scenario file; the error names each wrong parameter. */
export function parseScenario(input: unknown): Scenario {
  const result = scenarioSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
  );
  throw new BzError("CONFIG_INVALID", `Invalid scenario: ${problems.join("; ")}`);
}
