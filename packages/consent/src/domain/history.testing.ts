// Builders of stored consent and care events for the package's own tests.
import type { StoredEvent } from "./event-fields.ts";

export const t = (iso: string) => Date.parse(iso);

export function granted(
  consentId: string,
  at: string,
  fields: {
    recipients: string[];
    categories: string[];
    validUntil?: string | null;
    sources?: string[];
    recipientRoles?: string[];
    purpose?: string;
  },
): StoredEvent {
  return {
    type: "ConsentGranted",
    data: {
      publisher: "TRAJEKT",
      occurredAt: at,
      consentId,
      recipients: fields.recipients,
      dataCategories: fields.categories,
      purpose: fields.purpose ?? "CARE_COORDINATION",
      validUntil: fields.validUntil ?? null,
      grantor: "CLIENT",
      ...(fields.sources === undefined ? {} : { sources: fields.sources }),
      ...(fields.recipientRoles === undefined ? {} : { recipientRoles: fields.recipientRoles }),
    },
  };
}

export const revoked = (consentId: string, at: string): StoredEvent => ({
  type: "ConsentRevoked",
  data: { publisher: "TRAJEKT", occurredAt: at, consentId, grantor: "CLIENT" },
});

export const objected = (objectionId: string, at: string, scope = "SHARED_TIMELINE"): StoredEvent => ({
  type: "ObjectionRecorded",
  data: { publisher: "TRAJEKT", occurredAt: at, objectionId, scope, raisedBy: "CLIENT" },
});

export const withdrawn = (objectionId: string, at: string): StoredEvent => ({
  type: "ObjectionWithdrawn",
  data: { publisher: "TRAJEKT", occurredAt: at, objectionId, scope: "SHARED_TIMELINE", raisedBy: "CLIENT" },
});

export const episodeStarted = (partner: string, id: string, at: string): StoredEvent => ({
  type: "CareEpisodeStarted",
  data: { publisher: partner, occurredAt: at, episodeId: id, dataCategory: "SOCIAL_SUPPORT" },
});

export const episodeEnded = (partner: string, id: string, at: string): StoredEvent => ({
  type: "CareEpisodeEnded",
  data: { publisher: partner, occurredAt: at, episodeId: id, endReason: "GOALS_MET" },
});

export const referralAccepted = (partner: string, id: string, at: string): StoredEvent => ({
  type: "ReferralAccepted",
  data: { publisher: partner, occurredAt: at, referralId: id, referringPartner: "TRAJEKT" },
});

export const referralCompleted = (partner: string, id: string, at: string): StoredEvent => ({
  type: "ReferralCompleted",
  data: {
    publisher: partner,
    occurredAt: at,
    referralId: id,
    referringPartner: "TRAJEKT",
    outcome: "GOALS_MET",
  },
});
