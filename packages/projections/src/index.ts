export type { StoredCareEvent, TimelineEntry } from "./domain/timeline-entry.ts";
export { timelineEntryOf } from "./domain/timeline-entry.ts";
export type { Projection } from "./projection.ts";
export { applyBatch, migrateCheckpoints, readCheckpoint, resetProjection } from "./projection.ts";
export type { StartProjectionOptions } from "./projection-runner.ts";
export { startProjection } from "./projection-runner.ts";
export type { TimelineProjectionOptions, TimelineRow } from "./timeline-projection.ts";
export { createTimelineProjection, readTimeline, timelineProjection } from "./timeline-projection.ts";
