import { millis, type StoredEvent, text } from "./event-fields.ts";

/** A care (treatment) relationship of one partner with the client. */
export interface CareRelationship {
  partner: string;
  /** What it rests on: `episode:<id>` (an open care episode) or `referral:<id>` (an accepted referral). */
  basis: string;
  since: number;
  /** When the episode ended or the referral was completed (epoch ms), or null while it runs. */
  endedAt: number | null;
}

/** The event types that open or close a care relationship. */
export const relationshipEventTypes = [
  "CareEpisodeStarted",
  "CareEpisodeEnded",
  "ReferralAccepted",
  "ReferralCompleted",
] as const;

// An end takes the earliest end time seen. An end that arrives before its start leaves a marker that
// is never current (since = +Infinity), so a late start cannot reopen what already ended: fail closed.
function close(
  relationships: readonly CareRelationship[],
  partner: string,
  basis: string,
  at: number,
): readonly CareRelationship[] {
  if (!relationships.some((r) => r.partner === partner && r.basis === basis)) {
    return [...relationships, { partner, basis, since: Number.POSITIVE_INFINITY, endedAt: at }];
  }
  return relationships.map((r) =>
    r.partner === partner && r.basis === basis ? { ...r, endedAt: Math.min(r.endedAt ?? at, at) } : r,
  );
}

/**
 * The relationships after one stored event: a care episode opens one for its publisher until it
 * ends; an accepted referral opens one for the accepting partner until it is completed. Pure.
 */
export function evolveRelationships(
  relationships: readonly CareRelationship[],
  event: StoredEvent,
): readonly CareRelationship[] {
  const { data } = event;
  const partner = text(data, "publisher");
  const at = millis(data, "occurredAt");
  if (partner === null || at === null) return relationships;
  switch (event.type) {
    case "CareEpisodeStarted":
    case "ReferralAccepted": {
      const id = text(data, event.type === "CareEpisodeStarted" ? "episodeId" : "referralId");
      if (id === null) return relationships;
      const basis = `${event.type === "CareEpisodeStarted" ? "episode" : "referral"}:${id}`;
      if (relationships.some((r) => r.partner === partner && r.basis === basis)) return relationships;
      return [...relationships, { partner, basis, since: at, endedAt: null }];
    }
    case "CareEpisodeEnded": {
      const id = text(data, "episodeId");
      return id === null ? relationships : close(relationships, partner, `episode:${id}`, at);
    }
    case "ReferralCompleted": {
      const id = text(data, "referralId");
      return id === null ? relationships : close(relationships, partner, `referral:${id}`, at);
    }
    default:
      return relationships;
  }
}

/** Folds a client's events (in store order) into their care relationships. */
export function relationshipsOf(events: Iterable<StoredEvent>): readonly CareRelationship[] {
  let relationships: readonly CareRelationship[] = [];
  for (const event of events) relationships = evolveRelationships(relationships, event);
  return relationships;
}

/** The partner's relationship that is current at `now`: running, or ended less than `graceMs` ago. */
export function currentRelationship(
  relationships: readonly CareRelationship[],
  partner: string,
  now: number,
  graceMs: number,
): CareRelationship | undefined {
  return relationships.find(
    (r) => r.partner === partner && r.since <= now && (r.endedAt === null || now <= r.endedAt + graceMs),
  );
}
