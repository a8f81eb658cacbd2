import { type CareRelationship, evolveRelationships } from "./care-relationships.ts";
import { type ConsentState, evolveConsent, noConsent } from "./consent-state.ts";
import type { StoredEvent } from "./event-fields.ts";

/**
 * What the access rules need of one client, folded from the client's stream up to a revision:
 * consent state, care relationships and the partners that published about the client.
 */
export interface ClientAccessState {
  consent: ConsentState;
  relationships: readonly CareRelationship[];
  publishers: ReadonlySet<string>;
  /** The stream revision of the next event to fold: every event before it is in this state. */
  next: number;
}

/** The state of a client with no events. */
export const noAccessState: ClientAccessState = {
  consent: noConsent,
  relationships: [],
  publishers: new Set(),
  next: 0,
};

/**
 * Folds a client's stream events, in revision order and starting at `state.next`, onto the state.
 * A stream only grows, so a kept state plus the events after it is exactly the fold of the whole
 * stream. An event out of that order means the caller skipped or repeated part of the stream: it
 * throws rather than return a state that is not the stream's.
 */
export function foldClientEvents(
  state: ClientAccessState,
  events: readonly (StoredEvent & { revision: number })[],
): ClientAccessState {
  if (events.length === 0) return state;
  let { consent, relationships, next } = state;
  let publishers: Set<string> | undefined;
  for (const event of events) {
    if (event.revision !== next) {
      throw new Error(`stream revision ${event.revision} folded where revision ${next} was due`);
    }
    consent = evolveConsent(consent, event);
    relationships = evolveRelationships(relationships, event);
    const publisher = event.data.publisher;
    if (typeof publisher === "string" && !state.publishers.has(publisher) && !publishers?.has(publisher)) {
      publishers ??= new Set(state.publishers);
      publishers.add(publisher);
    }
    next += 1;
  }
  return { consent, relationships, publishers: publishers ?? state.publishers, next };
}
