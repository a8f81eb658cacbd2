/** The part of a stored event the timeline needs; the store adapter supplies it. */
export interface StoredCareEvent {
  globalPosition: bigint;
  eventId: string;
  type: string;
  data: Record<string, unknown>;
}

/** One line of a client's timeline (read model `ClientTimeline`). */
export interface TimelineEntry {
  position: bigint;
  subject: string;
  eventId: string;
  eventType: string;
  occurredAt: string;
  publisher: string;
  buurtCode: string | null;
  financingDomain: string | null;
  /** The event's own fields, without the envelope: what the professional reads. */
  details: Record<string, unknown>;
}

/** Envelope fields every care event carries; the rest of an event is its details. */
const envelopeFields = new Set([
  "eventId",
  "eventType",
  "schemaVersion",
  "occurredAt",
  "recordedAt",
  "publisher",
  "subject",
  "household",
  "ageBand",
  "buurtCode",
  "financingDomain",
  "actor",
  "correlationId",
]);

function text(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/**
 * The timeline entry an accepted care event adds, or null for events that are not about a subject.
 * Pure: the same event always gives the same entry, so a rebuild reproduces the read model.
 */
export function timelineEntryOf(event: StoredCareEvent): TimelineEntry | null {
  const subject = text(event.data.subject);
  const occurredAt = text(event.data.occurredAt);
  const publisher = text(event.data.publisher);
  if (subject === null || occurredAt === null || publisher === null) return null;
  const details: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(event.data)) {
    if (!envelopeFields.has(field)) details[field] = value;
  }
  return {
    position: event.globalPosition,
    subject,
    eventId: event.eventId,
    eventType: event.type,
    occurredAt,
    publisher,
    buurtCode: text(event.data.buurtCode),
    financingDomain: text(event.data.financingDomain),
    details,
  };
}
