import type { RecordedEvent } from "@bz/event-store";

/** What {@link storedContact} may vary. */
export interface StoredContactOptions {
  position: number;
  subject: string;
  publisher?: string;
  minutes?: number;
  /** Default: one minute per position after 2026-01-01T00:00Z, so later positions are newer. */
  occurredAt?: string;
}

/**
 * A stored ContactDelivered at a given global position, with an event id derived from the position:
 * what the timeline projection reads, for read-model tests (`@bz/projections/testing`).
 */
export function storedContact(options: StoredContactOptions): RecordedEvent {
  const { position, subject } = options;
  const eventId = `00000000-0000-4000-8000-${String(position).padStart(12, "0")}`;
  return {
    streamId: `client-${subject}`,
    revision: 0,
    globalPosition: BigInt(position),
    eventId,
    type: "ContactDelivered",
    recordedAt: new Date(),
    metadata: {},
    data: {
      eventId,
      eventType: "ContactDelivered",
      occurredAt: options.occurredAt ?? new Date(Date.UTC(2026, 0, 1, 0, position)).toISOString(),
      publisher: options.publisher ?? "TRAJEKT",
      subject,
      buurtCode: "BU09350400",
      financingDomain: "WMO",
      minutes: options.minutes ?? position,
    },
  };
}
