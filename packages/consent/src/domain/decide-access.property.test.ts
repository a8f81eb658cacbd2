// The two properties, over random histories of consents, revocations, objections and care
// relationships, checked against an oracle that reads the raw history (not the evolve functions).
import fc from "fast-check";
import { describe, it } from "vitest";
import { relationshipsOf } from "./care-relationships.ts";
import { consentStateOf } from "./consent-state.ts";
import { decideAccess, sensitiveCategories } from "./decide-access.ts";
import type { StoredEvent } from "./event-fields.ts";

const partners = ["TRAJEKT", "ENVIDA", "MONDRIAAN", "RADAR"];
const categories = ["SOCIAL_SUPPORT", "HOME_CARE", "MENTAL_HEALTH", "ADDICTION", "SHELTER"];
const base = Date.parse("2026-01-01T00:00:00Z");
const day = 86_400_000;
const policy = { relationshipGraceMs: 14 * day };

const time = fc.integer({ min: 0, max: 200 }).map((d) => base + d * day);
const id = fc.constantFrom("a", "b", "c");
const partner = fc.constantFrom(...partners);
const at = (ms: number) => new Date(ms).toISOString();

const historyEvent: fc.Arbitrary<StoredEvent> = fc.oneof(
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
const history = fc
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

const scenario = fc.record({
  history,
  viewer: partner,
  publisher: partner,
  category: fc.constantFrom(...categories),
  // Queries come after everything the platform acknowledged; how long after varies.
  after: fc.integer({ min: 0, max: 60 }).map((d) => d * day),
});

const ms = (e: StoredEvent) => Date.parse(String(e.data.occurredAt));
const last = (history: StoredEvent[]) => Math.max(base, ...history.map(ms));

/** Oracle: a consent valid at `now` names `viewer` and `category` (read from the raw history). */
function validConsentNames(history: StoredEvent[], viewer: string, category: string, now: number): boolean {
  return history.some(
    (e) =>
      e.type === "ConsentGranted" &&
      e.data.purpose === "CARE_COORDINATION" &&
      (e.data.recipients as string[]).includes(viewer) &&
      (e.data.dataCategories as string[]).includes(category) &&
      ms(e) <= now &&
      (e.data.validUntil === null || now < Date.parse(String(e.data.validUntil))) &&
      !history.some((r) => r.type === "ConsentRevoked" && r.data.consentId === e.data.consentId),
  );
}

/** Oracle: `viewer` has a care relationship current at `now` (started, and every end within grace). */
function relationshipCurrent(history: StoredEvent[], viewer: string, now: number): boolean {
  const key = (e: StoredEvent) => `${e.data.episodeId ?? ""}|${e.data.referralId ?? ""}`;
  return history.some((start) => {
    if (start.data.publisher !== viewer) return false;
    const endType =
      start.type === "CareEpisodeStarted"
        ? "CareEpisodeEnded"
        : start.type === "ReferralAccepted"
          ? "ReferralCompleted"
          : null;
    if (endType === null || ms(start) > now) return false;
    return history.every(
      (end) =>
        end.type !== endType ||
        end.data.publisher !== viewer ||
        key(end) !== key(start) ||
        (ms(end) + policy.relationshipGraceMs >= now && ms(end) >= ms(start)),
    );
  });
}

describe("decideAccess properties", () => {
  it("no event of partner P reaches a viewer of partner Q without a current relationship and a consent valid now", () => {
    fc.assert(
      fc.property(scenario, ({ history, viewer, publisher, category, after }) => {
        fc.pre(viewer !== publisher);
        const now = last(history) + after;
        const decision = decideAccess(
          { organisation: viewer, role: null },
          { publisher, category },
          consentStateOf(history),
          relationshipsOf(history),
          now,
          policy,
        );
        if (!decision.allow) return true;
        return relationshipCurrent(history, viewer, now) && validConsentNames(history, viewer, category, now);
      }),
      { numRuns: 3000 },
    );
  });

  it("no sensitive category reaches another partner without a consent naming it, and never under an objection", () => {
    fc.assert(
      fc.property(scenario, ({ history, viewer, publisher, category, after }) => {
        fc.pre(viewer !== publisher && sensitiveCategories.has(category));
        const now = last(history) + after;
        const decision = decideAccess(
          { organisation: viewer, role: null },
          { publisher, category },
          consentStateOf(history),
          relationshipsOf(history),
          now,
          policy,
        );
        if (!decision.allow) return true;
        const named = history.some(
          (e) => e.type === "ConsentGranted" && (e.data.dataCategories as string[]).includes(category),
        );
        const objection = history.some(
          (o) =>
            o.type === "ObjectionRecorded" &&
            o.data.scope !== "ANALYTICS" &&
            !history.some(
              (w) => w.type === "ObjectionWithdrawn" && w.data.objectionId === o.data.objectionId,
            ),
        );
        return named && !objection;
      }),
      { numRuns: 3000 },
    );
  });

  it("the decision is allow often enough that the properties are not vacuous", () => {
    let allowed = 0;
    fc.assert(
      fc.property(scenario, ({ history, viewer, publisher, category, after }) => {
        const now = last(history) + after;
        const decision = decideAccess(
          { organisation: viewer, role: null },
          { publisher, category },
          consentStateOf(history),
          relationshipsOf(history),
          now,
          policy,
        );
        if (decision.allow && decision.basis.kind === "CONSENT") allowed += 1;
      }),
      { numRuns: 3000, seed: 11 },
    );
    if (allowed < 10) throw new Error(`only ${allowed} of 3000 random looks were allowed by consent`);
  });
});
