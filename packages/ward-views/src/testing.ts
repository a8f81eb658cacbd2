import type { RecordedEvent } from "@bz/event-store";

/** Buurt codes of the four wards, for building test events. */
export const buurtOf = {
  WYCKERPOORT: "BU09350400",
  WITTEVROUWENVELD: "BU09350402",
  NAZARETH: "BU09350403",
  LIMMEL: "BU09350404",
  ELSEWHERE: "BU09359999",
} as const;

/** What {@link storedEvent} may vary. */
export interface StoredEventOptions {
  position: number;
  type: string;
  subject: string;
  ward?: keyof typeof buurtOf;
  occurredAt: string;
  publisher?: string;
  household?: string | null;
  financingDomain?: string | null;
  fields?: Record<string, unknown>;
}

/** A stored event as the ward views read it (`@bz/ward-views/testing`). */
export function storedEvent(options: StoredEventOptions): RecordedEvent {
  const eventId = `00000000-0000-4000-8000-${String(options.position).padStart(12, "0")}`;
  const ward = options.ward ?? "WYCKERPOORT";
  return {
    streamId: `client-${options.subject}`,
    revision: 0,
    globalPosition: BigInt(options.position),
    eventId,
    type: options.type,
    recordedAt: new Date(0),
    metadata: ward === "ELSEWHERE" ? { ward: "ELSEWHERE" } : { ward },
    data: {
      eventId,
      eventType: options.type,
      schemaVersion: 1,
      occurredAt: options.occurredAt,
      publisher: options.publisher ?? "TRAJEKT",
      subject: options.subject,
      household: options.household ?? null,
      buurtCode: buurtOf[ward],
      financingDomain: options.financingDomain === undefined ? "WMO" : options.financingDomain,
      actor: { role: "SOCIAL_WORKER", professionalId: "p-1" },
      correlationId: `c-${options.position}`,
      ...options.fields,
    },
  };
}

const scores = (v: number) => ({
  bodyFunctions: v,
  mentalWellbeing: v,
  meaning: v,
  qualityOfLife: v,
  participation: v,
  dailyFunctioning: v,
});

/**
 * A small known history of 2025. The figures the tests expect are worked out by hand beside it.
 * s3 moves from Wyckerpoort to Nazareth in Q1; s5 objects to analytics use; household h2 (s6, Limmel)
 * gets care from three partners and a family coordinator in Q3. Only s1's and s2's contacts carry an
 * age band (AGE_27_64, AGE_65_79), as partners on the older contract versions send none (`@bz/ward-views/testing`).
 */
export function knownHistory(): RecordedEvent[] {
  let p = 0;
  const e = (o: Omit<StoredEventOptions, "position">) => storedEvent({ position: ++p, ...o });
  return [
    e({
      type: "ContactDelivered",
      subject: "s1",
      occurredAt: "2025-01-05T10:00:00Z",
      fields: { minutes: 30, ageBand: "AGE_27_64" },
    }),
    e({
      type: "ContactDelivered",
      subject: "s1",
      occurredAt: "2025-01-06T10:00:00Z",
      fields: { minutes: 15, ageBand: "AGE_27_64" },
    }),
    e({
      type: "ContactDelivered",
      subject: "s2",
      occurredAt: "2025-01-07T10:00:00Z",
      fields: { minutes: 45, ageBand: "AGE_65_79" },
    }),
    e({
      type: "ContactDelivered",
      subject: "s3",
      occurredAt: "2025-02-07T10:00:00Z",
      fields: { minutes: 60 },
    }),
    e({
      type: "HomeCareVisitDelivered",
      subject: "s3",
      ward: "NAZARETH",
      publisher: "ENVIDA",
      occurredAt: "2025-03-07T10:00:00Z",
      fields: { minutes: 25 },
    }),
    e({
      type: "ContactDelivered",
      subject: "s4",
      ward: "LIMMEL",
      occurredAt: "2025-01-08T10:00:00Z",
      fields: { minutes: 20 },
    }),
    e({
      type: "ContactDelivered",
      subject: "s5",
      occurredAt: "2025-01-09T10:00:00Z",
      fields: { minutes: 40 },
    }),
    e({
      type: "ObjectionRecorded",
      subject: "s5",
      occurredAt: "2025-01-10T10:00:00Z",
      fields: { objectionId: "o5", scope: "ANALYTICS" },
    }),
    e({
      type: "CostIncurred",
      subject: "s1",
      occurredAt: "2025-01-31T10:00:00Z",
      fields: { amountCents: 10000, periodStart: "2025-01-01", periodEnd: "2025-01-31" },
    }),
    e({
      type: "CostIncurred",
      subject: "s2",
      publisher: "MONDRIAAN",
      financingDomain: "ZVW",
      occurredAt: "2025-02-28T10:00:00Z",
      fields: { amountCents: 50000, periodStart: "2025-02-01", periodEnd: "2025-02-28" },
    }),
    e({
      type: "CostIncurred",
      subject: "s4",
      ward: "LIMMEL",
      financingDomain: "JW",
      occurredAt: "2025-02-28T10:00:00Z",
      fields: { amountCents: 2000, periodStart: "2025-02-01", periodEnd: "2025-02-28" },
    }),
    e({
      type: "CostIncurred",
      subject: "s5",
      occurredAt: "2025-02-28T10:00:00Z",
      fields: { amountCents: 99900, periodStart: "2025-02-01", periodEnd: "2025-02-28" },
    }),
    e({
      type: "ReferralMade",
      subject: "s1",
      occurredAt: "2025-01-10T10:00:00Z",
      fields: { referralId: "r1", toPartner: "MONDRIAAN" },
    }),
    e({
      type: "ReferralAccepted",
      subject: "s1",
      publisher: "MONDRIAAN",
      occurredAt: "2025-01-20T10:00:00Z",
      fields: { referralId: "r1" },
    }),
    e({
      type: "ReferralCompleted",
      subject: "s1",
      publisher: "MONDRIAAN",
      occurredAt: "2025-03-01T10:00:00Z",
      fields: { referralId: "r1", outcome: "GOALS_MET" },
    }),
    // r2's rejection is recorded before the referral itself (partners publish independently).
    e({
      type: "ReferralRejected",
      subject: "s2",
      publisher: "RADAR",
      occurredAt: "2025-02-03T10:00:00Z",
      fields: { referralId: "r2", reason: "NO_CAPACITY" },
    }),
    e({
      type: "ReferralMade",
      subject: "s2",
      occurredAt: "2025-02-01T10:00:00Z",
      fields: { referralId: "r2", toPartner: "RADAR" },
    }),
    e({
      type: "ReferralMade",
      subject: "s4",
      ward: "LIMMEL",
      occurredAt: "2025-03-01T10:00:00Z",
      fields: { referralId: "r3", toPartner: "LEVANTO" },
    }),
    e({
      type: "PositiveHealthAssessed",
      subject: "s1",
      occurredAt: "2025-02-01T10:00:00Z",
      fields: { scores: scores(5) },
    }),
    e({
      type: "PositiveHealthAssessed",
      subject: "s1",
      occurredAt: "2025-05-01T10:00:00Z",
      fields: { scores: scores(7) },
    }),
    e({
      type: "PositiveHealthAssessed",
      subject: "s2",
      occurredAt: "2025-02-01T10:00:00Z",
      fields: { scores: scores(6) },
    }),
    e({
      type: "CostIncurred",
      subject: "s6",
      ward: "LIMMEL",
      household: "h2",
      occurredAt: "2025-05-01T10:00:00Z",
      fields: { amountCents: 3000, periodStart: "2025-05-01", periodEnd: "2025-05-31" },
    }),
    e({
      type: "ContactDelivered",
      subject: "s6",
      ward: "LIMMEL",
      household: "h2",
      occurredAt: "2025-07-05T10:00:00Z",
      fields: { minutes: 10 },
    }),
    e({
      type: "ContactDelivered",
      subject: "s6",
      ward: "LIMMEL",
      household: "h2",
      publisher: "RADAR",
      occurredAt: "2025-07-06T10:00:00Z",
      fields: { minutes: 20 },
    }),
    e({
      type: "ContactDelivered",
      subject: "s6",
      ward: "LIMMEL",
      household: "h2",
      publisher: "LEVANTO",
      occurredAt: "2025-07-07T10:00:00Z",
      fields: { minutes: 30 },
    }),
    e({
      type: "CoordinatorAssigned",
      subject: "s6",
      ward: "LIMMEL",
      household: "h2",
      occurredAt: "2025-08-01T10:00:00Z",
      fields: { coordinationId: "k1" },
    }),
    e({
      type: "CostIncurred",
      subject: "s6",
      ward: "LIMMEL",
      household: "h2",
      occurredAt: "2025-09-01T10:00:00Z",
      fields: { amountCents: 7000, periodStart: "2025-09-01", periodEnd: "2025-09-30" },
    }),
  ];
}
