/** The four pilot wards; events elsewhere are kept out of the ward figures. */
export const pilotWards = ["WYCKERPOORT", "WITTEVROUWENVELD", "NAZARETH", "LIMMEL"] as const;
export type PilotWard = (typeof pilotWards)[number];

/** The part of a stored event the ward views read (the store adapter supplies it). */
export interface WardEventInput {
  globalPosition: bigint;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/** Care activity of one client in one ward and quarter: one row per care event. */
export interface ActivityRow {
  kind: "activity";
  position: bigint;
  subject: string;
  household: string | null;
  ward: PilotWard;
  quarter: string;
  occurredAt: string;
  eventType: string;
  publisher: string;
  /** null = no financing domain (absent in older events or explicitly none). */
  financingDomain: string | null;
  ageBand: string | null;
  minutes: number | null;
  amountCents: number | null;
}

/** A Positive Health assessment: the six dimension scores. */
export interface AssessmentRow {
  kind: "assessment";
  position: bigint;
  subject: string;
  ward: PilotWard;
  quarter: string;
  occurredAt: string;
  scores: [number, number, number, number, number, number];
}

/** A referral opened (the loop's first step), counted in the ward and quarter it was made. */
export interface ReferralMadeRow {
  kind: "referral-made";
  position: bigint;
  referralId: string;
  subject: string;
  ward: PilotWard;
  quarter: string;
  madeAt: string;
  fromPartner: string;
  toPartner: string;
}

/** An answer to a referral from the receiving partner. */
export interface ReferralAnswer {
  kind: "referral-answer";
  referralId: string;
  answer: "ACCEPTED" | "REJECTED" | "COMPLETED";
  at: string;
  /** Rejection reason or completion outcome. */
  detail: string | null;
}

/** An objection to analytics use starts or ends (AVG art. 21). */
export interface ObjectionChange {
  kind: "objection";
  objectionId: string;
  subject: string;
  active: boolean;
}

/** A consent for the ANALYTICS purpose is granted or revoked. */
export interface AnalyticsConsentChange {
  kind: "analytics-consent";
  consentId: string;
  subject: string | null;
  validUntil: string | null;
  revoked: boolean;
}

/** What one event changes in the ward read model. */
export type WardChange =
  | ActivityRow
  | AssessmentRow
  | ReferralMadeRow
  | ReferralAnswer
  | ObjectionChange
  | AnalyticsConsentChange;

const notCare = new Set(["ConsentGranted", "ConsentRevoked", "ObjectionRecorded", "ObjectionWithdrawn"]);

const dimensionFields = [
  "bodyFunctions",
  "mentalWellbeing",
  "meaning",
  "qualityOfLife",
  "participation",
  "dailyFunctioning",
] as const;

function text(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * The quarter a moment falls in, in Dutch local time (Europe/Amsterdam), as `YYYY-Qn`: an event at
 * 23:30 UTC on 31 March belongs to the second quarter in Maastricht. Only the offset at the four
 * quarter boundaries matters: +1 h at 1 January (winter time), +2 h at 1 April, 1 July and 1 October
 * (summer time runs from the last Sunday of March to the last Sunday of October). Computed without
 * Intl, which costs more than the rest of the projection together.
 */
export function quarterOf(isoMoment: string): string | null {
  // Date-only values (a cost's period start) are calendar dates already.
  if (/^\d{4}-\d{2}-\d{2}$/.test(isoMoment)) {
    return `${isoMoment.slice(0, 4)}-Q${Math.floor((Number(isoMoment.slice(5, 7)) - 1) / 3) + 1}`;
  }
  const time = Date.parse(isoMoment);
  if (Number.isNaN(time)) return null;
  const utcMonth = new Date(time).getUTCMonth();
  const offsetHours = utcMonth === 11 || utcMonth === 0 ? 1 : 2;
  const local = new Date(time + offsetHours * 3_600_000);
  return `${local.getUTCFullYear()}-Q${Math.floor(local.getUTCMonth() / 3) + 1}`;
}

/** The pilot ward an event happened in: the recorder's resolution, else undefined (elsewhere). */
export function wardOfEvent(
  event: WardEventInput,
  wardForBuurtCode: (code: string) => string | undefined,
): PilotWard | undefined {
  const resolved = text(event.metadata.ward) ?? wardForBuurtCode(text(event.data.buurtCode) ?? "");
  return (pilotWards as readonly string[]).includes(resolved ?? "") ? (resolved as PilotWard) : undefined;
}

/**
 * What an accepted event changes in the ward views. Pure: the same event always gives the same
 * changes, so a rebuild reproduces the read model. Each event counts in the ward where the client
 * lived when it occurred (its own buurt code), so residents who move count in the right ward per
 * period. Fields added by later schema versions are read defensively.
 */
export function wardChangesOf(
  event: WardEventInput,
  wardForBuurtCode: (code: string) => string | undefined,
): WardChange[] {
  const d = event.data;
  const subject = text(d.subject);
  const occurredAt = text(d.occurredAt);
  if (event.type === "ObjectionRecorded" || event.type === "ObjectionWithdrawn") {
    const objectionId = text(d.objectionId);
    const scope = text(d.scope) ?? "";
    if (subject === null || objectionId === null || !scope.includes("ANALYTICS")) return [];
    return [{ kind: "objection", objectionId, subject, active: event.type === "ObjectionRecorded" }];
  }
  if (event.type === "ConsentGranted") {
    const consentId = text(d.consentId);
    if (consentId === null || d.purpose !== "ANALYTICS") return [];
    return [
      { kind: "analytics-consent", consentId, subject, validUntil: text(d.validUntil), revoked: false },
    ];
  }
  if (event.type === "ConsentRevoked") {
    const consentId = text(d.consentId);
    if (consentId === null) return [];
    return [{ kind: "analytics-consent", consentId, subject, validUntil: null, revoked: true }];
  }
  if (notCare.has(event.type) || subject === null || occurredAt === null) return [];
  const answer = {
    ReferralAccepted: "ACCEPTED",
    ReferralRejected: "REJECTED",
    ReferralCompleted: "COMPLETED",
  }[event.type] as ReferralAnswer["answer"] | undefined;
  const changes: WardChange[] = [];
  if (answer !== undefined && text(d.referralId) !== null) {
    changes.push({
      kind: "referral-answer",
      referralId: text(d.referralId) as string,
      answer,
      at: occurredAt,
      detail: answer === "REJECTED" ? text(d.reason) : answer === "COMPLETED" ? text(d.outcome) : null,
    });
  }
  const ward = wardOfEvent(event, wardForBuurtCode);
  if (ward === undefined) return changes;
  const periodStart = event.type === "CostIncurred" ? text(d.periodStart) : null;
  const quarter = quarterOf(periodStart ?? occurredAt);
  const publisher = text(d.publisher);
  if (quarter === null || publisher === null) return changes;
  changes.push({
    kind: "activity",
    position: event.globalPosition,
    subject,
    household: text(d.household),
    ward,
    quarter,
    occurredAt,
    eventType: event.type,
    publisher,
    financingDomain: text(d.financingDomain),
    ageBand: text(d.ageBand),
    minutes:
      event.type === "ContactDelivered" || event.type === "HomeCareVisitDelivered" ? num(d.minutes) : null,
    amountCents: event.type === "CostIncurred" ? num(d.amountCents) : null,
  });
  if (event.type === "PositiveHealthAssessed") {
    const scores = d.scores as Record<string, unknown> | undefined;
    const values = dimensionFields.map((f) => num(scores?.[f]));
    if (values.every((v) => v !== null)) {
      changes.push({
        kind: "assessment",
        position: event.globalPosition,
        subject,
        ward,
        quarter,
        occurredAt,
        scores: values as AssessmentRow["scores"],
      });
    }
  }
  if (event.type === "ReferralMade") {
    const referralId = text(d.referralId);
    const toPartner = text(d.toPartner);
    if (referralId !== null && toPartner !== null) {
      changes.push({
        kind: "referral-made",
        position: event.globalPosition,
        referralId,
        subject,
        ward,
        quarter,
        madeAt: occurredAt,
        fromPartner: publisher,
        toPartner,
      });
    }
  }
  return changes;
}
