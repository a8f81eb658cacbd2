// For property tests here and in the services that apply the access rules: random histories of
// consents, revocations, objections and care relationships (fast-check arbitraries).
import fc from "fast-check";
import type { StoredEvent } from "./domain/event-fields.ts";

export const partners = ["TRAJEKT", "ENVIDA", "MONDRIAAN", "RADAR"];
export const categories = ["SOCIAL_SUPPORT", "HOME_CARE", "MENTAL_HEALTH", "ADDICTION", "SHELTER"];
export const base = Date.parse("2026-01-01T00:00:00Z");
export const day = 86_400_000;
export const policy = { relationshipGraceMs: 14 * day };

export const time = fc.integer({ min: 0, max: 200 }).map((d) => base + d * day);
const id = fc.constantFrom("a", "b", "c");
export const partner = fc.constantFrom(...partners);
const at = (ms: number) => new Date(ms).toISOString();

export const historyEvent: fc.Arbitrary<StoredEvent> = fc.oneof(
  fc
    .record({
      at: time,
      id,
      recipients: fc.uniqueArray(partner, { minLength: 1 }),
      categories: fc.uniqueArray(fc.constantFrom(...categories), { minLength: 1 }),
      validUntil: fc.option(time, { nil: null }),
      purpose: fc.constantFrom("CARE_COORDINATION", "ANALYTICS"),
    })
    .map((g) => ({
      type: "ConsentGranted",
      data: {
        publisher: "TRAJEKT",
        occurredAt: at(g.at),
        consentId: g.id,
        recipients: g.recipients,
        dataCategories: g.categories,
        purpose: g.purpose,
        validUntil: g.validUntil === null ? null : at(g.validUntil),
        grantor: "CLIENT",
      },
    })),
  fc.record({ at: time, id }).map((r) => ({
    type: "ConsentRevoked",
    data: { publisher: "TRAJEKT", occurredAt: at(r.at), consentId: r.id },
  })),
  fc
    .record({
      at: time,
      id,
      scope: fc.constantFrom("SHARED_TIMELINE", "ANALYTICS", "SHARED_TIMELINE_AND_ANALYTICS"),
    })
    .map((o) => ({
      type: "ObjectionRecorded",
      data: { publisher: "TRAJEKT", occurredAt: at(o.at), objectionId: o.id, scope: o.scope },
    })),
  fc.record({ at: time, id }).map((o) => ({
    type: "ObjectionWithdrawn",
    data: { publisher: "TRAJEKT", occurredAt: at(o.at), objectionId: o.id },
  })),
  fc
    .record({
      at: time,
      id,
      partner,
      type: fc.constantFrom(
        "CareEpisodeStarted",
        "CareEpisodeEnded",
        "ReferralAccepted",
        "ReferralCompleted",
      ),
    })
    .map((r) => ({
      type: r.type,
      data: {
        publisher: r.partner,
        occurredAt: at(r.at),
        [r.type.startsWith("CareEpisode") ? "episodeId" : "referralId"]: r.id,
      },
    })),
);

// Grants and relationship starts are drawn more often, so that a fair share of looks is allowed.
export const history = fc
  .tuple(
    fc.array(
      historyEvent.filter((e) => e.type === "ConsentGranted"),
      { maxLength: 4 },
    ),
    fc.array(
      historyEvent.filter((e) => e.type === "CareEpisodeStarted" || e.type === "ReferralAccepted"),
      { maxLength: 3 },
    ),
    fc.array(historyEvent, { maxLength: 15 }),
  )
  .chain(([grants, starts, rest]) => {
    const all = [...grants, ...starts, ...rest];
    return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
  });
