import { type ClientAccessState, foldClientEvents, noAccessState } from "@bz/consent";
import { catalogue, clientStreamOf } from "@bz/contracts";
import type { EventStore } from "@bz/event-store";

/** What the access rules need of one client, read from the event store at query time. */
export type ClientHistory = Omit<ClientAccessState, "next">;

/** Reads a client's history as of now: everything the store accepted before the call. */
export type ClientHistoryReader = (subject: string) => Promise<ClientHistory>;

/** Options of {@link createClientHistoryReader}. */
export interface ClientHistoryOptions {
  /** Clients whose fold is kept in memory; default 20,000. */
  maxClients?: number;
  /**
   * A fold of the client's stream up to some revision, kept elsewhere (the `client-access`
   * projection), for a client whose fold is not in memory; it may lag the store by any amount.
   */
  base?: (subject: string) => Promise<ClientAccessState | undefined>;
}

/**
 * Reads each client's stream from the event store, the system of record, and folds it into consent
 * state and care relationships. Read at query time, so a revocation or objection the store accepted
 * before the query began always applies to it (ADR 0031): no projection lag to wait for.
 *
 * A read starts from a fold of the stream up to some revision, and asks the store only for the
 * events after it: usually none, one indexed lookup instead of the whole stream. That fold is the
 * one this reader kept for the clients read last (up to `maxClients`, least recently read dropped
 * first), else the `base` (the projection's), else nothing. A stream only grows (events are never
 * rewritten), so any such fold plus the events after it is exactly the fold of the whole stream.
 */
export function createClientHistoryReader(
  store: EventStore,
  options: ClientHistoryOptions = {},
): ClientHistoryReader {
  const maxClients = options.maxClients ?? 20_000;
  const folds = new Map<string, ClientAccessState>();
  return async (subject) => {
    const kept = folds.get(subject) ?? (await options.base?.(subject)) ?? noAccessState;
    const events = await store.readStream(clientStreamOf(subject), { fromRevision: kept.next });
    const folded = foldClientEvents(kept, events);
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
