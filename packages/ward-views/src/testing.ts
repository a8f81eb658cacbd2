import type { RecordedEvent } from "@bz/event-store";

/** Buurt codes of the four wards, for building test events. */
export const buurtOf = {
  WYCKERPOORT: "BU09350400",
  WITTEVROUWENVELD: "BU09350402",
  NAZARETH: "BU09350403",
  LIMMEL: "BU09350404",
  ELSEWHERE: "BU09359999",
} as const;

/** What {@link storedEvent} may vary. */
export interface StoredEventOptions {
  position: number;
  type: string;
  subject: string;
  ward?: keyof typeof buurtOf;
  occurredAt: string;
  publisher?: string;
  household?: string | null;
  financingDomain?: string | null;
  fields?: Record<string, unknown>;
}

/** A stored event as the ward views read it (`@bz/ward-views/testing`). */
export function storedEvent(options: StoredEventOptions): RecordedEvent {
  const eventId = `00000000-0000-4000-8000-${String(options.position).padStart(12, "0")}`;
  const ward = options.ward ?? "WYCKERPOORT";
  return {
    streamId: `client-${options.subject}`,
    revision: 0,
    globalPosition: BigInt(options.position),
    eventId,
    type: options.type,
    recordedAt: new Date(0),
    metadata: ward === "ELSEWHERE" ? { ward: "ELSEWHERE" } : { ward },
    data: {
      eventId,
      eventType: options.type,
      schemaVersion: 1,
      occurredAt: options.occurredAt,
      publisher: options.publisher ?? "TRAJEKT",
      subject: options.subject,
      household: options.household ?? null,
      buurtCode: buurtOf[ward],
      financingDomain: options.financingDomain === undefined ? "WMO" : options.financingDomain,
      actor: { role: "SOCIAL_WORKER", professionalId: "p-1" },
      correlationId: `c-${options.position}`,
      ...options.fields,
    },
  };
}
