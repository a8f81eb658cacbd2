export type { StoredCareEvent, TimelineEntry } from "./domain/timeline-entry.ts";
export { timelineEntryOf } from "./domain/timeline-entry.ts";
export type { Projection } from "./projection.ts";
export {
  applyBatch,
  migrateCheckpoints,
  migrateProjectionSchema,
  readCheckpoint,
  resetProjection,
} from "./projection.ts";
export type { StartProjectionOptions } from "./projection-runner.ts";
export { startProjection } from "./projection-runner.ts";
export type { ProjectionStatus, RebuildOptions, RebuildProgress } from "./rebuild.ts";
export {
  clearProjectionError,
  projectionStatus,
  rebuildProjection,
  recordProjectionError,
  shadowSchemaOf,
} from "./rebuild.ts";
export type { TimelineProjectionOptions, TimelineRow } from "./timeline-projection.ts";
export { createTimelineProjection, readTimeline, timelineProjection } from "./timeline-projection.ts";
export type { TimelineRebuildOptions } from "./timeline-rebuild.ts";
export { rebuildTimelineByBulkLoad } from "./timeline-rebuild.ts";
