import type { EventStore } from "@bz/event-store";
import type { SqlClient } from "@bz/sql";
import { type TimelineEntry, timelineEntryOf } from "./domain/timeline-entry.ts";
import { migrateCheckpoints } from "./projection.ts";
import { timelineProjection } from "./timeline-projection.ts";

/** Options of {@link rebuildTimelineByBulkLoad}. */
export interface TimelineRebuildOptions {
  /** Events read from the store and written per statement; default 5,000. */
  batchSize?: number;
  /** Called after each loaded batch with the store position reached. */
  onLoaded?: (position: bigint, loaded: number) => void;
}

const fresh = "timeline_entries_rebuild";

/**
 * Rebuilds the `ClientTimeline` read model by bulk load: the whole store is replayed into a fresh
 * table without indexes (multi-row inserts of `batchSize` rows, one parameter each), the indexes are
 * built once after the load, and one transaction swaps the new table in and sets the checkpoint.
 * Readers see the old timeline until the swap and the new one after it, never a partial one. Stop
 * the projector first: events it applies to the old table meanwhile would be lost with it.
 * Returns the number of events replayed and the checkpoint set.
 */
export async function rebuildTimelineByBulkLoad(
  sql: SqlClient,
  store: Pick<EventStore, "readAll">,
  options: TimelineRebuildOptions = {},
): Promise<{ events: number; checkpoint: bigint }> {
  const batchSize = options.batchSize ?? 5_000;
  await migrateCheckpoints(sql);
  await timelineProjection.migrate(sql);
  // A rebuild that died half-way left its table behind; start that one afresh.
  await sql.exec(
    `drop table if exists ${fresh}; create table ${fresh} (like timeline_entries including defaults)`,
  );

  let after = 0n;
  let events = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: batchSize });
    const last = page.at(-1);
    if (last === undefined) break;
    const entries = page.map(timelineEntryOf).filter((entry): entry is TimelineEntry => entry !== null);
    if (entries.length > 0) {
      await sql.query(
        `insert into ${fresh} (position, subject, event_id, event_type, occurred_at, publisher, buurt_code,
           financing_domain, details)
         select r.position, r.subject, r.event_id, r.event_type, r.occurred_at, r.publisher, r.buurt_code,
                r.financing_domain, r.details
         from jsonb_to_recordset($1::jsonb) as r(position bigint, subject text, event_id uuid, event_type text,
           occurred_at timestamptz, publisher text, buurt_code text, financing_domain text, details jsonb)`,
        [
          JSON.stringify(
            entries.map((entry) => ({
              position: entry.position.toString(),
              subject: entry.subject,
              event_id: entry.eventId,
              event_type: entry.eventType,
              occurred_at: entry.occurredAt,
              publisher: entry.publisher,
              buurt_code: entry.buurtCode,
              financing_domain: entry.financingDomain,
              details: entry.details,
            })),
          ),
        ],
      );
    }
    events += page.length;
    after = last.globalPosition;
    options.onLoaded?.(after, page.length);
  }

  // Indexes once, after the load: far cheaper than maintaining them row by row. The store's event
  // ids are unique, so the unique index holds; if it ever did not, the rebuild fails here and the
  // old timeline stays in place.
  await sql.exec(`
    alter table ${fresh} add constraint ${fresh}_pkey primary key (position);
    alter table ${fresh} add constraint ${fresh}_event_id_key unique (event_id);
    create index ${fresh}_subject on ${fresh} (subject, occurred_at desc, position desc);
    analyze ${fresh}`);

  await sql.transaction(async (tx) => {
    // The same lock as the migration, so a starting query API does not recreate the table mid-swap.
    await tx.query("select pg_advisory_xact_lock(hashtext('bz-projection-migrate:client-timeline'))");
    await tx.query("drop table timeline_entries");
    await tx.query(`alter table ${fresh} rename to timeline_entries`);
    await tx.query(`alter table timeline_entries rename constraint ${fresh}_pkey to timeline_entries_pkey`);
    await tx.query(
      `alter table timeline_entries rename constraint ${fresh}_event_id_key to timeline_entries_event_id_key`,
    );
    await tx.query(`alter index ${fresh}_subject rename to timeline_entries_subject`);
    await tx.query(
      `insert into projection_checkpoints (projection, position) values ($1, $2::bigint)
       on conflict (projection) do update set position = excluded.position, updated_at = now()`,
      [timelineProjection.name, after.toString()],
    );
  });
  return { events, checkpoint: after };
}
