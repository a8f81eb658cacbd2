/**
 * Rules that relate two fields of one event, which Avro and a per-field zod schema cannot say: a
 * GROUP contact has a group size, a cost period does not end before it starts, a move's new ward is
 * the ward of its buurt code. Each event type lists its rules in its .avsc (`"bz.rules": {id: text}`,
 * shown in docs/contracts.md); the implementations are here, keyed by id. A rule applies to values
 * written against the version that introduced it or a later one, so events stored before it stay
 * readable. The codec checks them on encode, on decode and on JSON input.
 */

/** What a rule needs to know besides the event. */
export interface RuleContext {
  /** The ward of a CBS buurt code, or undefined for a code outside the four wards. */
  wardOf(buurtCode: string): string | undefined;
}

/** A broken rule: the field to fix and what is wrong with it. */
export interface RuleViolation {
  field: string;
  message: string;
}

type Value = Record<string, unknown>;
type Check = (event: Value, context: RuleContext) => RuleViolation | undefined;

/** The shape of a referral id: what ReferralMade and its answers share, so they can refer to it. */
export const REFERRAL_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const checks: Record<string, Check> = {
  "group-size": (event) => {
    if (event.mode === "GROUP" && event.groupSize === null) {
      return { field: "groupSize", message: "a GROUP contact needs groupSize (2-100)" };
    }
    if (event.mode !== "GROUP" && event.groupSize !== null) {
      return {
        field: "groupSize",
        message: `a ${String(event.mode)} contact has no groupSize; send null or mode GROUP`,
      };
    }
    return undefined;
  },
  "financing-required": (event) =>
    event.financingDomain === null
      ? {
          field: "financingDomain",
          message: `a ${String(event.eventType)} names who pays; null is not allowed`,
        }
      : undefined,
  "period-order": (event) =>
    String(event.periodEnd) < String(event.periodStart)
      ? {
          field: "periodEnd",
          message: `periodEnd ${String(event.periodEnd)} is before periodStart ${String(event.periodStart)}`,
        }
      : undefined,
  "volume-with-unit": (event) =>
    (event.volume === null) !== (event.volumeUnit === null)
      ? {
          field: event.volume === null ? "volume" : "volumeUnit",
          message: "volume and volumeUnit go together",
        }
      : undefined,
  "household-required": (event) =>
    event.household === null
      ? { field: "household", message: "a coordinator is assigned to a household: set its pseudonym" }
      : undefined,
  "referral-id-shape": (event) =>
    REFERRAL_ID.test(String(event.referralId))
      ? undefined
      : {
          field: "referralId",
          message: "a referral id uses only letters, digits, '.', '_', ':' and '-' (at most 128)",
        },
  "ward-matches-buurt": (event, context) => {
    const ward = context.wardOf(String(event.buurtCode)) ?? "ELSEWHERE";
    return event.toWard === ward
      ? undefined
      : {
          field: "toWard",
          message: `buurt code ${String(event.buurtCode)} lies in ${ward}, not ${String(event.toWard)}`,
        };
  },
};

/** The ids of every implemented rule (a schema naming another id is refused when the registry is built). */
export const ruleIds: readonly string[] = Object.keys(checks);

/** A rule an event type declares, from the version that introduced it. */
export interface DeclaredRule {
  id: string;
  since: number;
}

/** The first violation of `rules` by `event` written against `version`, or undefined. */
export function firstViolation(
  rules: readonly DeclaredRule[],
  event: Value,
  version: number,
  context: RuleContext,
): RuleViolation | undefined {
  for (const rule of rules) {
    if (version < rule.since) continue;
    const violation = checks[rule.id]?.(event, context);
    if (violation !== undefined) return violation;
  }
  return undefined;
}

/**
 * Changes a valid-per-field event as little as possible so it keeps every rule: what the test
 * arbitraries use, so random events are valid events.
 */
export function satisfyRules(rules: readonly DeclaredRule[], event: Value, context: RuleContext): Value {
  const result = { ...event };
  for (const { id } of rules) {
    switch (id) {
      case "group-size":
        if (result.mode === "GROUP" && result.groupSize === null) result.groupSize = 2;
        if (result.mode !== "GROUP") result.groupSize = null;
        break;
      case "financing-required":
        if (result.financingDomain === null) result.financingDomain = "WMO";
        break;
      case "period-order":
        if (String(result.periodEnd) < String(result.periodStart)) {
          [result.periodStart, result.periodEnd] = [result.periodEnd, result.periodStart];
        }
        break;
      case "volume-with-unit":
        if (result.volume === null) result.volumeUnit = null;
        else if (result.volumeUnit === null) result.volumeUnit = "HOURS";
        break;
      case "household-required":
        if (result.household === null) result.household = result.subject;
        break;
      case "referral-id-shape":
        if (!REFERRAL_ID.test(String(result.referralId))) {
          result.referralId = String(result.referralId).replace(/[^A-Za-z0-9._:-]/g, "-");
        }
        break;
      case "ward-matches-buurt":
        result.toWard = context.wardOf(String(result.buurtCode)) ?? "ELSEWHERE";
        break;
    }
  }
  return result;
}

/** The rules of one event type from its versions' `bz.rules`, each with the version it began in. */
export function declaredRules(
  versions: readonly { version: number; schema: Record<string, unknown> }[],
): DeclaredRule[] {
  const since = new Map<string, number>();
  for (const { version, schema } of versions) {
    const rules = schema["bz.rules"];
    if (rules === undefined) continue;
    for (const id of Object.keys(rules as Record<string, string>)) {
      if (!since.has(id)) since.set(id, version);
    }
  }
  const latest = versions[versions.length - 1]?.schema["bz.rules"] as Record<string, string> | undefined;
  return Object.keys(latest ?? {}).map((id) => ({ id, since: since.get(id) ?? 1 }));
}
