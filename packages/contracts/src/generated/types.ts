// Generated from contracts/*.avsc by packages/contracts/scripts/generate.ts. Do not edit.

/** An organisation taking part in the pilot. A partner publishes once it has a folder in contracts/partners/ (its topic, credentials and allowed event types are data there); the others are named so they can join without a new version of every event (an enum change ripples into every schema that uses it). XONAR (youth care) was added in version 2 of every event type; readers built on older versions refuse its events rather than guess, so there is no enum default. */
export type Partner =
  | "ENVIDA"
  | "RADAR"
  | "TRAJEKT"
  | "LEVANTO"
  | "MONDRIAAN"
  | "METGGZ"
  | "LEGER_DES_HEILS"
  | "ZIO"
  | "GGD_ZUID_LIMBURG"
  | "GEMEENTE_MAASTRICHT"
  | "VGZ"
  | "BURGERKRACHT_LIMBURG"
  | "XONAR";

/** The client's age in bands the ward views use (0-3, 4-11, 12-17, 18-26, 27-64, 65-79, 80 and over), at the time of the event. The platform never holds a birth date. */
export type AgeBand =
  | "AGE_0_3"
  | "AGE_4_11"
  | "AGE_12_17"
  | "AGE_18_26"
  | "AGE_27_64"
  | "AGE_65_79"
  | "AGE_80_PLUS";

/** Who pays: ZVW health insurance (Zorgverzekeringswet), WLZ long-term care (Wet langdurige zorg), WMO social support (Wet maatschappelijke ondersteuning), JW youth act (Jeugdwet), PW participation act (Participatiewet), WPG public health (Wet publieke gezondheid), SUBSIDY municipal subsidy, POOL the pilot's pooled budget, JUSTICE the Ministry of Justice and Security (probation, forensic care). */
export type FinancingDomain =
  | "ZVW"
  | "WLZ"
  | "WMO"
  | "JW"
  | "PW"
  | "WPG"
  | "SUBSIDY"
  | "POOL"
  | "JUSTICE";

/** Who acted: the professional's role and the responsible professional. */
export interface Actor {
  /** Professional role of whoever acted. */
  role: ActorRole;
  /** Identifier of the responsible professional within the publishing partner (a staff number or AGB code, never a name). */
  professionalId: string;
}

/** The professional role of whoever acted: district nurse (wijkverpleegkundige), nursing assistant (verzorgende), home help, social worker, Sociaal Team member, family coordinator (gezinsregisseur), support worker (begeleider), psychologist, psychiatrist, mental-health nurse (SPV), addiction care worker, shelter worker, probation officer, GP, GP practice nurse for mental health (POH-GGZ), administrator (costs, registration) or other. */
export type ActorRole =
  | "DISTRICT_NURSE"
  | "NURSING_ASSISTANT"
  | "HOME_HELP"
  | "SOCIAL_WORKER"
  | "SOCIAL_TEAM_MEMBER"
  | "FAMILY_COORDINATOR"
  | "SUPPORT_WORKER"
  | "PSYCHOLOGIST"
  | "PSYCHIATRIST"
  | "MENTAL_HEALTH_NURSE"
  | "ADDICTION_CARE_WORKER"
  | "SHELTER_WORKER"
  | "PROBATION_OFFICER"
  | "GP"
  | "PRACTICE_NURSE_MENTAL_HEALTH"
  | "ADMINISTRATOR"
  | "OTHER";

/** The kind of care data, the unit in which a client gives consent. MENTAL_HEALTH, ADDICTION and SHELTER are sensitive: they are shared only under a consent that names them. */
export type DataCategory =
  | "HOME_CARE"
  | "DISABILITY_SUPPORT"
  | "SOCIAL_SUPPORT"
  | "MENTAL_HEALTH"
  | "ADDICTION"
  | "SHELTER"
  | "POSITIVE_HEALTH"
  | "COSTS"
  | "CONSENT"
  | "CARE_COORDINATION"
  | "RESIDENCE";

/** Why an episode ended: goals met, transferred to another provider, the client stopped, the client moved away, the client died, or another reason. */
export type EpisodeEndReason =
  | "GOALS_MET"
  | "TRANSFERRED"
  | "CLIENT_STOPPED"
  | "MOVED_AWAY"
  | "DECEASED"
  | "OTHER";

/** Where a referral came from: the client themself, a GP, a partner in the pilot, the municipality, the Sociaal Team, a hospital, the justice system or elsewhere. */
export type ReferralSource =
  | "SELF"
  | "GP"
  | "PARTNER"
  | "MUNICIPALITY"
  | "SOCIAL_TEAM"
  | "HOSPITAL"
  | "JUSTICE"
  | "OTHER";

/** What shared data may be used for: coordinating the client's care between partners, or population analytics. */
export type ConsentPurpose =
  | "CARE_COORDINATION"
  | "ANALYTICS";

/** Who gave or withdrew a consent or objection: the client, a legal representative, or a parent (for a client under 16). */
export type Grantor =
  | "CLIENT"
  | "LEGAL_REPRESENTATIVE"
  | "PARENT";

/** How a contact took place: face to face at the partner's location, by phone, a home visit, a group session or a video call. */
export type ContactMode =
  | "FACE_TO_FACE"
  | "PHONE"
  | "HOME_VISIT"
  | "GROUP"
  | "VIDEO";

/** Why coordination ended: goals met, handed back to regular care, the household declined, the household moved away, or another reason. */
export type CoordinationEndReason =
  | "GOALS_MET"
  | "HANDED_BACK_TO_REGULAR_CARE"
  | "HOUSEHOLD_DECLINED"
  | "MOVED_AWAY"
  | "OTHER";

/** Role of a coordinator: family coordinator (gezinsregisseur), case manager, or a Sociaal Team member acting as the contact person. */
export type CoordinatorRole =
  | "FAMILY_COORDINATOR"
  | "CASE_MANAGER"
  | "SOCIAL_TEAM_MEMBER";

/** Number of people in a household, banded: one, two, three or four, five or more. */
export type HouseholdSizeBand =
  | "SIZE_1"
  | "SIZE_2"
  | "SIZE_3_4"
  | "SIZE_5_PLUS";

/** Unit of the care a cost pays for: minutes or hours of care, contacts, home visits, days or nights of a stay, months of a package or a lump sum (one item). */
export type VolumeUnit =
  | "MINUTES"
  | "HOURS"
  | "CONTACTS"
  | "VISITS"
  | "DAYS"
  | "NIGHTS"
  | "MONTHS"
  | "ITEMS";

/** Home care: personal care (persoonlijke verzorging), nursing (verpleging) or domestic support (huishoudelijke hulp). */
export type HomeCareType =
  | "PERSONAL_CARE"
  | "NURSING"
  | "DOMESTIC_SUPPORT";

/** Dutch qualification level (kwalificatieniveau) of care staff: 1 care aide up to 6 nurse specialist. */
export type StaffLevel =
  | "LEVEL_1"
  | "LEVEL_2"
  | "LEVEL_3"
  | "LEVEL_4"
  | "LEVEL_5"
  | "LEVEL_6";

/** What the client objects to: appearing on the shared timeline professionals see, being counted in analytics, or both. */
export type ObjectionScope =
  | "SHARED_TIMELINE"
  | "ANALYTICS"
  | "SHARED_TIMELINE_AND_ANALYTICS";

/** Occasion of a Positive Health assessment: at intake, an evaluation, a follow-up, a workshop, or the client's own self-assessment. */
export type AssessmentContext =
  | "INTAKE"
  | "EVALUATION"
  | "FOLLOW_UP"
  | "WORKSHOP"
  | "SELF_ASSESSMENT";

/** One score 0-10 per Positive Health dimension. */
export interface PositiveHealthScores {
  /** Body functions (lichaamsfuncties). Score 0-10. */
  bodyFunctions: number;
  /** Mental well-being (mentaal welbevinden). Score 0-10. */
  mentalWellbeing: number;
  /** Meaning (zingeving). Score 0-10. */
  meaning: number;
  /** Quality of life (kwaliteit van leven). Score 0-10. */
  qualityOfLife: number;
  /** Participation (meedoen). Score 0-10. */
  participation: number;
  /** Daily functioning (dagelijks functioneren). Score 0-10. */
  dailyFunctioning: number;
}

/** One item of the Positive Health questionnaire. */
export interface PositiveHealthItem {
  /** The dimension the item belongs to. */
  dimension: PositiveHealthDimension;
  /** Number of the item within its dimension, 1-7. */
  item: number;
  /** The item's score, 0-10. */
  score: number;
}

/** The six dimensions of Positive Health (Machteld Huber's spider web), each with seven items. */
export type PositiveHealthDimension =
  | "BODY_FUNCTIONS"
  | "MENTAL_WELLBEING"
  | "MEANING"
  | "QUALITY_OF_LIFE"
  | "PARTICIPATION"
  | "DAILY_FUNCTIONING";

/** Outcome of referred care: goals met, partly met, not met, the client stopped, or referred onward. */
export type ReferralOutcome =
  | "GOALS_MET"
  | "PARTLY_MET"
  | "NOT_MET"
  | "CLIENT_STOPPED"
  | "REFERRED_ONWARD";

/** How soon the receiving partner should act on a referral: routine (weeks), soon (days), urgent (within a day), crisis (now). */
export type Urgency =
  | "ROUTINE"
  | "SOON"
  | "URGENT"
  | "CRISIS";

/** Why a referral was rejected: no capacity, the client is not eligible, the wrong service was asked, the client declined, the client could not be reached, or another reason. */
export type RejectionReason =
  | "NO_CAPACITY"
  | "NOT_ELIGIBLE"
  | "WRONG_SERVICE"
  | "CLIENT_DECLINED"
  | "CLIENT_UNREACHABLE"
  | "OTHER";

/** Why a shelter stay ended: the client found housing, moved to another facility, left without notice, was sent away, went to hospital or detention, died, or another reason. */
export type ShelterEndReason =
  | "HOUSED"
  | "MOVED_TO_OTHER_FACILITY"
  | "LEFT_WITHOUT_NOTICE"
  | "SENT_AWAY"
  | "HOSPITAL_OR_DETENTION"
  | "DECEASED"
  | "OTHER";

/** Kind of shelter: night shelter (nachtopvang), 24-hour shelter, crisis shelter, or sheltered housing (beschermd wonen). */
export type ShelterFacilityType =
  | "NIGHT_SHELTER"
  | "DAY_AND_NIGHT_SHELTER"
  | "CRISIS_SHELTER"
  | "SHELTERED_HOUSING";

/** A life domain a request for help concerns: money, housing, relationships, care, loneliness, parenting, work and daytime activities, safety. */
export type LifeDomain =
  | "MONEY"
  | "HOUSING"
  | "RELATIONSHIPS"
  | "CARE"
  | "LONELINESS"
  | "PARENTING"
  | "WORK_AND_DAYTIME"
  | "SAFETY";

/** Outcome of an intake: support by the Sociaal Team itself, a referral, family coordination (gezinsregie), no support needed, or the client declined. */
export type IntakeOutcome =
  | "SOCIAL_TEAM_SUPPORT"
  | "REFERRED"
  | "FAMILY_COORDINATION"
  | "NO_SUPPORT_NEEDED"
  | "CLIENT_DECLINED";

/** A ward (wijk/buurt) of Maastricht-Oost in the pilot, or ELSEWHERE for any address outside the four. */
export type Ward =
  | "WYCKERPOORT"
  | "WITTEVROUWENVELD"
  | "NAZARETH"
  | "LIMMEL"
  | "ELSEWHERE";

/** A partner ended a care or support episode. */
export interface CareEpisodeEnded {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "CareEpisodeEnded";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive). */
  dataCategory: DataCategory;
  /** Id of the episode, as in CareEpisodeStarted. */
  episodeId: string;
  /** Why the episode ended. */
  endReason: EpisodeEndReason;
  /** Free-text note on the ending, if the professional wrote one. */
  endNote?: string | null;
}

/** A partner started a care or support episode (a trajectory) for the client. */
export interface CareEpisodeStarted {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "CareEpisodeStarted";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive). */
  dataCategory: DataCategory;
  /** Id of the episode within the publishing partner. */
  episodeId: string;
  /** The service in the partner's own words, e.g. wijkverpleging, ambulante begeleiding, basis-GGZ. */
  serviceType: string;
  /** Who referred the client. */
  referralSource: ReferralSource;
  /** The referral (ReferralMade.referralId) that led to this episode, if any. */
  referralId?: string | null;
}

/** The client (or their representative) gave explicit consent to share data of the named categories with the named recipients (optionally only some professional roles within them) for one purpose (Wabvpz art. 15a). */
export interface ConsentGranted {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ConsentGranted";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 3;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** Id of the consent; a revocation names it. */
  consentId: string;
  /** The partners that may see the data. */
  recipients: Partner[];
  /** The professional roles within the recipient partners that may see the data (e.g. only district nurses); null when every professional of a named partner with a care relationship may. A viewer's role is the verified professional role in their token; a viewer without one is not covered by a consent that names roles. Added in version 3. */
  recipientRoles?: ActorRole[] | null;
  /** The data categories covered. Sensitive categories are shared only when named here. */
  dataCategories: DataCategory[];
  /** What the data may be used for. */
  purpose: ConsentPurpose;
  /** When the consent expires; null for no end date. */
  validUntil?: string | null;
  /** Who gave the consent. */
  grantor: Grantor;
}

/** A consent was withdrawn; it applies to every query answered after it was recorded. */
export interface ConsentRevoked {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ConsentRevoked";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** The consent withdrawn (ConsentGranted.consentId). */
  consentId: string;
  /** Who withdrew the consent. */
  grantor: Grantor;
}

/** A professional had a contact with the client (a conversation, visit or group session). */
export interface ContactDelivered {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ContactDelivered";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 3;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive). */
  dataCategory: DataCategory;
  /** The episode (CareEpisodeStarted.episodeId) the contact belongs to, if any. */
  episodeId?: string | null;
  /** How the contact took place. */
  mode: ContactMode;
  /** Duration in minutes. */
  minutes: number;
  /** Number of clients taking part when the mode is GROUP; null for individual contacts and for events written with version 1. */
  groupSize?: number | null;
}

/** Coordination of a household or client (gezinsregie) ended. */
export interface CoordinationEnded {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "CoordinationEnded";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** Id of the coordination, as in CoordinatorAssigned. */
  coordinationId: string;
  /** Why the coordination ended. */
  endReason: CoordinationEndReason;
}

/** The Sociaal Team assigned a coordinator to a household or client (gezinsregie). The envelope's household is set when a household is coordinated. */
export interface CoordinatorAssigned {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "CoordinatorAssigned";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** Id of the coordination within the publishing partner. */
  coordinationId: string;
  /** The coordinator's role. */
  coordinatorRole: CoordinatorRole;
  /** Identifier of the coordinator within the publishing partner (never a name). */
  coordinatorId: string;
  /** Number of professionals involved with the household at assignment (one pilot family had 28). */
  professionalsInvolved: number;
  /** The partners involved with the household. */
  organisationsInvolved: Partner[];
  /** Size of the coordinated household, banded; null when unknown. */
  householdSizeBand?: HouseholdSizeBand | null;
}

/** A partner incurred a cost for the client's care or support in a period; the envelope's financing domain says who pays, and the cost says what it pays for: the episode or service and a volume. */
export interface CostIncurred {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "CostIncurred";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** Id of the cost line within the publishing partner; a correction uses a new id with a negative amount. */
  costId: string;
  /** Amount in euro cents; negative for a correction. */
  amountCents: number;
  /** First day of the period the cost covers. */
  periodStart: string;
  /** Last day of the period the cost covers (inclusive). */
  periodEnd: string;
  /** True when paid from the pilot's pooled budget across domains. */
  pooled: boolean;
  /** The episode (CareEpisodeStarted.episodeId) the cost pays for, when it belongs to one. */
  episodeId?: string | null;
  /** The service the cost pays for, in the publisher's words (e.g. wijkverpleging, beschermd wonen); null only in events written before version 2. */
  serviceType?: string | null;
  /** How much care the cost pays for, in volumeUnit. */
  volume?: number | null;
  /** The unit of volume. */
  volumeUnit?: VolumeUnit | null;
}

/** Envida delivered a home-care visit: personal care, nursing or domestic support. */
export interface HomeCareVisitDelivered {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "HomeCareVisitDelivered";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** Duration in minutes. */
  minutes: number;
  /** The kind of home care. */
  careType: HomeCareType;
  /** Qualification level of the professional who visited. */
  staffLevel: StaffLevel;
}

/** The client objected to the use of their data: on the shared timeline, in analytics, or both. */
export interface ObjectionRecorded {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ObjectionRecorded";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** Id of the objection; a withdrawal names it. */
  objectionId: string;
  /** What the client objects to. */
  scope: ObjectionScope;
  /** Who raised the objection. */
  raisedBy: Grantor;
}

/** The client withdrew an objection. */
export interface ObjectionWithdrawn {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ObjectionWithdrawn";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** The objection withdrawn (ObjectionRecorded.objectionId). */
  objectionId: string;
  /** What the withdrawn objection covered. */
  scope: ObjectionScope;
  /** Who withdrew the objection. */
  raisedBy: Grantor;
}

/** A Positive Health conversation took place: the six dimension scores (the spider web), optionally the 42 item scores, and the client's stated wish. A conversation tool, not an outcome score. */
export interface PositiveHealthAssessed {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "PositiveHealthAssessed";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** Why the assessment was done. */
  context: AssessmentContext;
  /** The six dimension scores, each the mean of its items on 0-10. */
  scores: PositiveHealthScores;
  /** The item scores, when the full questionnaire was used (at most 42: seven per dimension). */
  items?: PositiveHealthItem[] | null;
  /** What the client said they want to change, in their own words. */
  statedWish?: string | null;
}

/** The receiving partner accepted a referral; this opens a care relationship. */
export interface ReferralAccepted {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ReferralAccepted";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive). */
  dataCategory: DataCategory;
  /** Id of the referral, as given in ReferralMade by the referring partner. */
  referralId: string;
  /** The partner that made the referral. */
  referringPartner: Partner;
  /** The date care is expected to start, if known. */
  expectedStart?: string | null;
}

/** The receiving partner completed the care a referral asked for, closing the loop with an outcome. */
export interface ReferralCompleted {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ReferralCompleted";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive). */
  dataCategory: DataCategory;
  /** Id of the referral, as given in ReferralMade by the referring partner. */
  referralId: string;
  /** The partner that made the referral. */
  referringPartner: Partner;
  /** The outcome of the referred care. */
  outcome: ReferralOutcome;
  /** Summary for the referring professional, if written. */
  summary?: string | null;
}

/** A partner referred the client to another partner or service. Opens the closed referral loop (ReferralAccepted/Rejected/Completed). */
export interface ReferralMade {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ReferralMade";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive). */
  dataCategory: DataCategory;
  /** Id of the referral, as given in ReferralMade by the referring partner. */
  referralId: string;
  /** The partner referred to. */
  toPartner: Partner;
  /** The service referred to, in the receiving partner's words. */
  toService: string;
  /** Why the client is referred. */
  reason: string;
  /** How soon the receiving partner should act. */
  urgency: Urgency;
}

/** The receiving partner rejected a referral, with a reason the referrer can act on. */
export interface ReferralRejected {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ReferralRejected";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** The kind of care this event belongs to. It decides who may see the event under the client's consent (MENTAL_HEALTH, ADDICTION and SHELTER are sensitive). */
  dataCategory: DataCategory;
  /** Id of the referral, as given in ReferralMade by the referring partner. */
  referralId: string;
  /** The partner that made the referral. */
  referringPartner: Partner;
  /** Why the referral was rejected (required). */
  reason: RejectionReason;
  /** The explanation for the referring professional (required). */
  explanation: string;
}

/** A shelter stay ended. */
export interface ShelterStayEnded {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ShelterStayEnded";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** Id of the stay, as in ShelterStayStarted. */
  stayId: string;
  /** Number of nights the stay lasted. */
  nights: number;
  /** Why the stay ended. */
  endReason: ShelterEndReason;
}

/** The client started a stay in a shelter or sheltered-housing facility. */
export interface ShelterStayStarted {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "ShelterStayStarted";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** Id of the stay within the publishing partner. */
  stayId: string;
  /** The kind of facility. */
  facilityType: ShelterFacilityType;
}

/** The Sociaal Team completed an intake (keukentafelgesprek) with the client or household. */
export interface SocialTeamIntakeCompleted {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "SocialTeamIntakeCompleted";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** Id of the intake within the publishing partner. */
  intakeId: string;
  /** The life domains the request for help concerns (at least one). */
  requestDomains: LifeDomain[];
  /** What the intake led to. */
  outcome: IntakeOutcome;
  /** The partners taking part in the intake besides the publisher. */
  partnersInvolved: Partner[];
}

/** The client moved. The envelope's buurtCode is the new address's buurt. */
export interface SubjectMoved {
  /** Unique id of this event, chosen by the publisher (a UUID). The platform deduplicates on it: sending the same event twice records it once. */
  eventId: string;
  /** Name of the event type, equal to this record's name (e.g. ContactDelivered). */
  eventType: "SubjectMoved";
  /** Version of this event type's schema the event was written with: N of the file vN.avsc. */
  schemaVersion: 2;
  /** When it happened in the real world (UTC, milliseconds since the epoch). */
  occurredAt: string;
  /** When the publisher's system recorded it, where known; null otherwise. */
  recordedAt?: string | null;
  /** The partner that publishes the event; it must be the partner that owns the topic or credential it arrives on. */
  publisher: Partner;
  /** Keyed pseudonym of the client the event is about (never the BSN). */
  subject: string;
  /** Platform pseudonym of the client's household: `<keyId>:<base64url HMAC-SHA-256>` of "household:" + the household key (the address key every partner knows), made by the same keyed pseudonymiser as `subject` under its own domain, so one household links across partners (stacked care is countable). Null when the publisher does not know the household. */
  household?: string | null;
  /** The client's age band when the event occurred; null when the publisher does not know it. Never a birth date. */
  ageBand?: AgeBand | null;
  /** CBS buurt code of the client's address when the event occurred, e.g. BU09350400 (Wyckerpoort). The platform resolves the ward from it. */
  buurtCode: string;
  /** The financing domain the care or support falls under; null for events that carry none (consents, objections, moves, assessments), so they do not count in any domain. Care, contacts, stays and costs name one (a codec rule). */
  financingDomain: FinancingDomain | null;
  /** Who acted: the professional's role and the responsible professional. */
  actor: Actor;
  /** Id shared by events that belong to one piece of work (e.g. a referral and its answers), for tracing across partners. */
  correlationId: string;
  /** The ward the client moved from. */
  fromWard: Ward;
  /** The ward the client moved to. */
  toWard: Ward;
}

/** Any care event in the catalogue, in its latest version. */

export type CareEvent =
  | CareEpisodeEnded
  | CareEpisodeStarted
  | ConsentGranted
  | ConsentRevoked
  | ContactDelivered
  | CoordinationEnded
  | CoordinatorAssigned
  | CostIncurred
  | HomeCareVisitDelivered
  | ObjectionRecorded
  | ObjectionWithdrawn
  | PositiveHealthAssessed
  | ReferralAccepted
  | ReferralCompleted
  | ReferralMade
  | ReferralRejected
  | ShelterStayEnded
  | ShelterStayStarted
  | SocialTeamIntakeCompleted
  | SubjectMoved;


/** The name of an event type. */

export type EventType = CareEvent["eventType"];


/** Every event type, in catalogue order. */

export const eventTypes = [
  "CareEpisodeEnded",
  "CareEpisodeStarted",
  "ConsentGranted",
  "ConsentRevoked",
  "ContactDelivered",
  "CoordinationEnded",
  "CoordinatorAssigned",
  "CostIncurred",
  "HomeCareVisitDelivered",
  "ObjectionRecorded",
  "ObjectionWithdrawn",
  "PositiveHealthAssessed",
  "ReferralAccepted",
  "ReferralCompleted",
  "ReferralMade",
  "ReferralRejected",
  "ShelterStayEnded",
  "ShelterStayStarted",
  "SocialTeamIntakeCompleted",
  "SubjectMoved",
] as const;
