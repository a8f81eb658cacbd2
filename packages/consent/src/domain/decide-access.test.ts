import { describe, expect, it } from "vitest";
import { relationshipsOf } from "./care-relationships.ts";
import { consentStateOf } from "./consent-state.ts";
import { type AccessedEvent, type AccessViewer, decideAccess } from "./decide-access.ts";
import type { StoredEvent } from "./event-fields.ts";
import {
  episodeEnded,
  episodeStarted,
  granted,
  objected,
  referralAccepted,
  referralCompleted,
  revoked,
  t,
  withdrawn,
} from "./history.testing.ts";

const day = 86_400_000;
const policy = { relationshipGraceMs: 30 * day };
const envida: AccessViewer = { organisation: "ENVIDA", role: "DISTRICT_NURSE" };
const trajektContact = { publisher: "TRAJEKT", category: "SOCIAL_SUPPORT" };
const mondriaanContact = { publisher: "MONDRIAAN", category: "MENTAL_HEALTH" };
const now = t("2026-06-01T12:00:00Z");

/** given the client's history, when `viewer` looks at `event` at `at`, then: the decision. */
function decide(history: StoredEvent[], event: AccessedEvent = trajektContact, viewer = envida, at = now) {
  return decideAccess(viewer, event, consentStateOf(history), relationshipsOf(history), at, policy);
}

const envidaEpisode = episodeStarted("ENVIDA", "ep-1", "2026-01-10T09:00:00Z");
const consentForEnvida = granted("c-1", "2026-02-01T09:00:00Z", {
  recipients: ["ENVIDA"],
  categories: ["SOCIAL_SUPPORT", "HOME_CARE"],
});

describe("decideAccess", () => {
  it("a partner always sees its own events, even under an objection and without consent", () => {
    expect(
      decide([objected("o-1", "2026-03-01T00:00:00Z")], { publisher: "ENVIDA", category: "HOME_CARE" }),
    ).toEqual({
      allow: true,
      basis: { kind: "OWN_DATA" },
    });
  });

  it("another partner's event: allowed with a current care relationship and a consent naming viewer and category", () => {
    expect(decide([envidaEpisode, consentForEnvida])).toEqual({
      allow: true,
      basis: { kind: "CONSENT", consentId: "c-1", relationship: "episode:ep-1" },
    });
  });

  it("consent without a care relationship is not enough", () => {
    expect(decide([consentForEnvida])).toEqual({ allow: false, reason: "NO_CARE_RELATIONSHIP" });
  });

  it("a care relationship without consent is not enough", () => {
    expect(decide([envidaEpisode])).toEqual({ allow: false, reason: "NO_CONSENT" });
  });

  it("a consent for another recipient, another category, another source or another role does not count", () => {
    const at = "2026-02-01T09:00:00Z";
    for (const grant of [
      granted("c-2", at, { recipients: ["RADAR"], categories: ["SOCIAL_SUPPORT"] }),
      granted("c-3", at, { recipients: ["ENVIDA"], categories: ["HOME_CARE"] }),
      granted("c-4", at, { recipients: ["ENVIDA"], categories: ["SOCIAL_SUPPORT"], sources: ["RADAR"] }),
      granted("c-5", at, { recipients: ["ENVIDA"], categories: ["SOCIAL_SUPPORT"], recipientRoles: ["GP"] }),
      granted("c-6", at, { recipients: ["ENVIDA"], categories: ["SOCIAL_SUPPORT"], purpose: "ANALYTICS" }),
    ]) {
      expect(decide([envidaEpisode, grant])).toEqual({ allow: false, reason: "NO_CONSENT" });
    }
    const named = granted("c-7", at, {
      recipients: ["ENVIDA"],
      categories: ["SOCIAL_SUPPORT"],
      sources: ["TRAJEKT"],
      recipientRoles: ["DISTRICT_NURSE"],
    });
    expect(decide([envidaEpisode, named])).toMatchObject({ allow: true, basis: { consentId: "c-7" } });
  });

  it("a sensitive category needs a consent that names it", () => {
    const general = granted("c-8", "2026-02-01T09:00:00Z", {
      recipients: ["ENVIDA"],
      categories: ["SOCIAL_SUPPORT", "HOME_CARE", "POSITIVE_HEALTH"],
    });
    expect(decide([envidaEpisode, general], mondriaanContact)).toEqual({
      allow: false,
      reason: "SENSITIVE_NOT_NAMED",
    });
    const naming = granted("c-9", "2026-02-01T09:00:00Z", {
      recipients: ["ENVIDA"],
      categories: ["MENTAL_HEALTH"],
    });
    expect(decide([envidaEpisode, general, naming], mondriaanContact)).toMatchObject({
      allow: true,
      basis: { consentId: "c-9" },
    });
  });

  it("a revoked consent counts no more, also when the revocation came before the grant", () => {
    expect(decide([envidaEpisode, consentForEnvida, revoked("c-1", "2026-04-01T00:00:00Z")])).toEqual({
      allow: false,
      reason: "NO_CONSENT",
    });
    expect(decide([envidaEpisode, revoked("c-1", "2026-01-01T00:00:00Z"), consentForEnvida])).toEqual({
      allow: false,
      reason: "NO_CONSENT",
    });
  });

  it("a consent counts only within its validity", () => {
    const expiring = granted("c-10", "2026-02-01T09:00:00Z", {
      recipients: ["ENVIDA"],
      categories: ["SOCIAL_SUPPORT"],
      validUntil: "2026-05-01T00:00:00Z",
    });
    expect(
      decide([envidaEpisode, expiring], trajektContact, envida, t("2026-04-30T23:59:59Z")),
    ).toMatchObject({
      allow: true,
    });
    expect(decide([envidaEpisode, expiring])).toEqual({ allow: false, reason: "NO_CONSENT" });
    expect(
      decide([envidaEpisode, consentForEnvida], trajektContact, envida, t("2026-01-31T00:00:00Z")),
    ).toEqual({
      allow: false,
      reason: "NO_CONSENT",
    });
  });

  it("an objection removes the client from every other partner's view until it is withdrawn", () => {
    const history = [envidaEpisode, consentForEnvida, objected("o-1", "2026-03-01T00:00:00Z")];
    expect(decide(history)).toEqual({ allow: false, reason: "OBJECTION" });
    expect(decide([...history, objected("o-2", "2026-03-02T00:00:00Z", "ANALYTICS")])).toEqual({
      allow: false,
      reason: "OBJECTION",
    });
    expect(decide([...history, withdrawn("o-1", "2026-04-01T00:00:00Z")])).toMatchObject({ allow: true });
    expect(
      decide([envidaEpisode, consentForEnvida, objected("o-3", "2026-03-01T00:00:00Z", "ANALYTICS")]),
    ).toMatchObject({
      allow: true,
    });
  });

  it("an objection id recorded again with another scope widens it, never narrows it (found by the property test)", () => {
    const history = [
      envidaEpisode,
      consentForEnvida,
      objected("o-1", "2026-03-01T00:00:00Z", "ANALYTICS"),
      objected("o-1", "2026-03-02T00:00:00Z", "SHARED_TIMELINE"),
    ];
    expect(decide(history)).toEqual({ allow: false, reason: "OBJECTION" });
  });

  it("a care relationship lasts while the episode runs and for the grace period after it ends", () => {
    const ended = [envidaEpisode, consentForEnvida, episodeEnded("ENVIDA", "ep-1", "2026-05-20T00:00:00Z")];
    expect(decide(ended)).toMatchObject({ allow: true });
    expect(decide(ended, trajektContact, envida, t("2026-06-20T00:00:00Z"))).toEqual({
      allow: false,
      reason: "NO_CARE_RELATIONSHIP",
    });
    // An end that arrives before its start never opens a relationship.
    expect(
      decide([episodeEnded("ENVIDA", "ep-1", "2026-01-01T00:00:00Z"), envidaEpisode, consentForEnvida]),
    ).toEqual({
      allow: false,
      reason: "NO_CARE_RELATIONSHIP",
    });
  });

  it("an accepted referral is a care relationship until it is completed (plus grace)", () => {
    const referral = [referralAccepted("ENVIDA", "r-1", "2026-01-05T00:00:00Z"), consentForEnvida];
    expect(decide(referral)).toMatchObject({ allow: true, basis: { relationship: "referral:r-1" } });
    const completed = [...referral, referralCompleted("ENVIDA", "r-1", "2026-02-01T00:00:00Z")];
    expect(decide(completed)).toEqual({ allow: false, reason: "NO_CARE_RELATIONSHIP" });
    // Another partner's relationship is not the viewer's.
    expect(decide([referralAccepted("RADAR", "r-2", "2026-01-05T00:00:00Z"), consentForEnvida])).toEqual({
      allow: false,
      reason: "NO_CARE_RELATIONSHIP",
    });
  });

  it("break-glass opens another partner's events without consent, with a relationship, for its time only", () => {
    const glass = { ...envida, breakGlass: { id: "bg-1", until: now + day } };
    expect(decide([envidaEpisode], trajektContact, glass)).toEqual({
      allow: true,
      basis: { kind: "BREAK_GLASS", breakGlassId: "bg-1", relationship: "episode:ep-1" },
    });
    expect(decide([envidaEpisode], trajektContact, glass, now + day)).toEqual({
      allow: false,
      reason: "NO_CONSENT",
    });
    expect(decide([], trajektContact, glass)).toEqual({ allow: false, reason: "NO_CARE_RELATIONSHIP" });
    expect(decide([envidaEpisode, objected("o-1", "2026-03-01T00:00:00Z")], trajektContact, glass)).toEqual({
      allow: false,
      reason: "OBJECTION",
    });
  });

  it("an event of an unknown category is never shared with another partner", () => {
    expect(decide([envidaEpisode, consentForEnvida], { publisher: "TRAJEKT", category: null })).toEqual({
      allow: false,
      reason: "UNKNOWN_CATEGORY",
    });
  });
});
