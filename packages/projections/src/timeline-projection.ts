import type { RecordedEvent } from "@bz/event-store";
import { prepared, type SqlClient, type SqlQueryable } from "@bz/sql";
import { type TimelineEntry, timelineEntryOf } from "./domain/timeline-entry.ts";
import { migrateProjectionSchema, type Projection } from "./projection.ts";

const schema = [
  `create table if not exists timeline_entries (
    position bigint primary key,
    subject text not null,
    event_id uuid not null unique,
    event_type text not null,
    occurred_at timestamptz not null,
    publisher text not null,
    buurt_code text,
    financing_domain text,
    details jsonb not null
  )`,
  "create index if not exists timeline_entries_subject on timeline_entries (subject, occurred_at desc, position desc)",
];

const columns = 9;

/** Options of {@link createTimelineProjection}. */
export interface TimelineProjectionOptions {
  /**
   * The subject a timeline row is filed under. After a pseudonym-key rotation this is the
   * pseudonymizer's `relink`, so events under the old and the new pseudonym of one person form one
   * timeline (ADR 0042); rebuild the read model after adding a key. Default: the event's own subject.
   */
  subjectOf?: (subject: string) => string;
}

/** The `ClientTimeline` read model: one row per care event, per subject, newest first when read. */
export function createTimelineProjection(options: TimelineProjectionOptions = {}): Projection {
  const subjectOf = options.subjectOf ?? ((subject: string) => subject);
  return {
    name: "client-timeline",
    async migrate(sql: SqlClient) {
      await migrateProjectionSchema(sql, "client-timeline", schema);
    },
    async apply(tx: SqlQueryable, events: RecordedEvent[]) {
      const entries = events.map(timelineEntryOf).filter((entry): entry is TimelineEntry => entry !== null);
      if (entries.length === 0) return;
      const params: unknown[] = [];
      const rows = entries.map((entry, i) => {
        params.push(
          entry.position.toString(),
          subjectOf(entry.subject),
          entry.eventId,
          entry.eventType,
          entry.occurredAt,
          entry.publisher,
          entry.buurtCode,
          entry.financingDomain,
          JSON.stringify(entry.details),
        );
        const base = i * columns;
        return `(${Array.from({ length: columns }, (_, c) => `$${base + c + 1}`).join(", ")})`;
      });
      // An event id seen at another position is a duplicate that slipped past the store: keep the first.
      await tx.query(
        `insert into timeline_entries (position, subject, event_id, event_type, occurred_at, publisher, buurt_code,
         financing_domain, details) values ${rows.join(", ")} on conflict do nothing`,
        params,
      );
    },
    async reset(tx: SqlQueryable) {
      await tx.query("delete from timeline_entries");
    },
  };
}

/** The timeline over events' own subjects (no pseudonym-key rotation configured). */
export const timelineProjection: Projection = createTimelineProjection();

/** A timeline entry as the query API returns it: the entry without its subject, position as text. */
export type TimelineRow = Omit<TimelineEntry, "position" | "subject"> & { position: string };

/**
 * The newest `limit` entries of one subject's timeline, newest first; only those of `publishers`
 * when given (the viewer's visibility, decided by the caller).
 */
export async function readTimeline(
  sql: SqlQueryable,
  subject: string,
  limit = 100,
  publishers?: readonly string[],
): Promise<TimelineRow[]> {
  const { rows } = await sql.query<{
    position: string;
    event_id: string;
    event_type: string;
    occurred_at: Date | string;
    publisher: string;
    buurt_code: string | null;
    financing_domain: string | null;
    details: Record<string, unknown> | string;
  }>(
    // Order by the qualified column: a bare `position` would be the text alias and sort "9" after "10".
    prepared(`select t.position::text as position, event_id, event_type, occurred_at, publisher, buurt_code, financing_domain, details
       from timeline_entries t where subject = $1 and ($3::text[] is null or publisher = any($3::text[]))
       order by t.occurred_at desc, t.position desc limit $2`),
    [subject, limit, publishers === undefined ? null : [...publishers]],
  );
  return rows.map((row) => ({
    position: row.position,
    eventId: row.event_id,
    eventType: row.event_type,
    occurredAt: new Date(row.occurred_at).toISOString(),
    publisher: row.publisher,
    buurtCode: row.buurt_code,
    financingDomain: row.financing_domain,
    details: typeof row.details === "string" ? JSON.parse(row.details) : row.details,
  }));
}
