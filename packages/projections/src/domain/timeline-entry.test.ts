import { describe, expect, it } from "vitest";
import { timelineEntryOf } from "./timeline-entry.ts";

describe("timelineEntryOf", () => {
  const base = {
    eventId: "7d1c7e43-8a4e-4a8e-9a53-1b2c3d4e5f60",
    eventType: "ContactDelivered",
    schemaVersion: 1,
    occurredAt: "2026-11-02T09:30:00.000Z",
    publisher: "trajekt",
    subject: "k1:abc",
    household: null,
    buurtCode: "BU09350400",
    financingDomain: "WMO",
    actor: { role: "social-worker", professionalId: "p-17" },
    correlationId: "c-1",
    mode: "HOME_VISIT",
    minutes: 45,
  };

  it("keeps the envelope in columns and the event's own fields as details", () => {
    const entry = timelineEntryOf({
      globalPosition: 7n,
      eventId: base.eventId,
      type: "ContactDelivered",
      data: base,
    });
    expect(entry).toEqual({
      position: 7n,
      subject: "k1:abc",
      eventId: base.eventId,
      eventType: "ContactDelivered",
      occurredAt: "2026-11-02T09:30:00.000Z",
      publisher: "trajekt",
      buurtCode: "BU09350400",
      financingDomain: "WMO",
      details: { mode: "HOME_VISIT", minutes: 45 },
    });
  });

  it("skips an event without a subject", () => {
    const { subject: _subject, ...withoutSubject } = base;
    expect(
      timelineEntryOf({ globalPosition: 1n, eventId: base.eventId, type: "X", data: withoutSubject }),
    ).toBeNull();
  });
});
