// The two properties, over random histories of consents, revocations, objections and care
// relationships, checked against an oracle that reads the raw history (not the evolve functions).
import fc from "fast-check";
import { describe, it } from "vitest";
import { base, categories, day, history, partner, policy } from "../testing.ts";
import { relationshipsOf } from "./care-relationships.ts";
import { consentStateOf } from "./consent-state.ts";
import { decideAccess, sensitiveCategories } from "./decide-access.ts";
import type { StoredEvent } from "./event-fields.ts";

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
