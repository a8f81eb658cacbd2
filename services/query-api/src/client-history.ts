import {
  type CareRelationship,
  type ConsentState,
  evolveConsent,
  evolveRelationships,
  noConsent,
} from "@bz/consent";
import { catalogue, clientStreamOf } from "@bz/contracts";
import type { EventStore, RecordedEvent } from "@bz/event-store";

/** What the access rules need of one client, read from the event store at query time. */
export interface ClientHistory {
  consent: ConsentState;
  relationships: readonly CareRelationship[];
  /** The partners that published anything about the client. */
  publishers: ReadonlySet<string>;
}

/** Reads a client's history as of now: everything the store accepted before the call. */
export type ClientHistoryReader = (subject: string) => Promise<ClientHistory>;

interface Folded extends ClientHistory {
  /** The stream revision the next read starts at. */
  next: number;
}

const empty: Folded = { consent: noConsent, relationships: [], publishers: new Set(), next: 0 };

/**
 * Reads each client's stream from the event store, the system of record, and folds it into consent
 * state and care relationships. Read at query time, so a revocation or objection the store accepted
 * before the query began always applies to it (ADR 0031): no projection lag to wait for.
 *
 * The fold of the clients read last is kept (up to `maxClients`, least recently read dropped first),
 * so a read asks the store only for the events after the revision it folded last: usually none, one
 * indexed lookup instead of the whole stream. A stream only grows (events are never rewritten), so
 * the kept fold plus the new events is exactly the fold of the whole stream.
 */
export function createClientHistoryReader(
  store: EventStore,
  options: { maxClients?: number } = {},
): ClientHistoryReader {
  const maxClients = options.maxClients ?? 20_000;
  const folds = new Map<string, Folded>();
  return async (subject) => {
    const kept = folds.get(subject) ?? empty;
    const events: RecordedEvent[] = await store.readStream(clientStreamOf(subject), {
      fromRevision: kept.next,
    });
    let folded = kept;
    const last = events.at(-1);
    if (last !== undefined) {
      let { consent, relationships } = kept;
      let publishers: Set<string> | undefined;
      for (const event of events) {
        consent = evolveConsent(consent, event);
        relationships = evolveRelationships(relationships, event);
        const publisher = event.data.publisher;
        if (typeof publisher === "string" && !kept.publishers.has(publisher)) {
          publishers ??= new Set(kept.publishers);
          publishers.add(publisher);
        }
      }
      folded = { consent, relationships, publishers: publishers ?? kept.publishers, next: last.revision + 1 };
    }
    // Map order is insertion order: re-inserting makes this client the most recently read.
    folds.delete(subject);
    if (folded.next > 0) folds.set(subject, folded);
    if (folds.size > maxClients) {
      const oldest = folds.keys().next().value;
      if (oldest !== undefined) folds.delete(oldest);
    }
    return { consent: folded.consent, relationships: folded.relationships, publishers: folded.publishers };
  };
}

const fixedCategory = new Map(
  catalogue
    .filter((info) => info.dataCategory !== "per-event")
    .map((info) => [info.name as string, info.dataCategory]),
);

/**
 * The data category of a stored event: fixed per type, or the event's own `dataCategory`; null when
 * neither is known (a type or version this service does not know yet: shared with nobody else).
 */
export function categoryOfStored(eventType: string, details: Record<string, unknown>): string | null {
  const fixed = fixedCategory.get(eventType);
  if (fixed !== undefined) return fixed;
  return typeof details.dataCategory === "string" ? details.dataCategory : null;
}
