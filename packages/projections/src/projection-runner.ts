import type { EventStore, Subscription } from "@bz/event-store";
import type { SqlClient } from "@bz/sql";
import { applyBatch, migrateCheckpoints, type Projection, readCheckpoint } from "./projection.ts";

/** Options of {@link startProjection}. */
export interface StartProjectionOptions {
  store: EventStore;
  sql: SqlClient;
  projection: Projection;
  batchSize?: number;
  /** Called after each applied batch with the new checkpoint and the number applied. */
  onApplied?: (checkpoint: bigint, applied: number) => void;
}

/**
 * Migrates the read model, then follows the event store from the projection's checkpoint. Each batch
 * is applied together with its checkpoint, so a restart resumes exactly where the last commit ended.
 */
export async function startProjection(options: StartProjectionOptions): Promise<Subscription> {
  const { store, sql, projection } = options;
  await migrateCheckpoints(sql);
  await projection.migrate(sql);
  const after = await readCheckpoint(sql, projection.name);
  return store.subscribeToAll({
    ...(after === undefined || after < 0n ? {} : { after }),
    batchSize: options.batchSize ?? 500,
    handle: async (events) => {
      const applied = await applyBatch(sql, projection, events);
      const last = events.at(-1);
      if (last !== undefined) options.onApplied?.(last.globalPosition, applied);
    },
  });
}
