import {
  type CareRelationship,
  type ConsentState,
  consentStateOf,
  relationshipsOf,
  type StoredEvent,
} from "@bz/consent";
import { catalogue, clientStreamOf } from "@bz/contracts";
import type { EventStore } from "@bz/event-store";

/** What the access rules need of one client, read from the event store at query time. */
export interface ClientHistory {
  consent: ConsentState;
  relationships: readonly CareRelationship[];
  /** The partners that published anything about the client. */
  publishers: ReadonlySet<string>;
}

/**
 * Reads the client's stream from the event store, the system of record, and folds it into consent
 * state and care relationships. Read at query time, so a revocation or objection the store accepted
 * before the query began always applies to it (ADR 0031): no projection lag to wait for.
 */
export async function readClientHistory(store: EventStore, subject: string): Promise<ClientHistory> {
  const events: StoredEvent[] = await store.readStream(clientStreamOf(subject));
  const publishers = new Set<string>();
  for (const event of events) {
    if (typeof event.data.publisher === "string") publishers.add(event.data.publisher);
  }
  return { consent: consentStateOf(events), relationships: relationshipsOf(events), publishers };
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
