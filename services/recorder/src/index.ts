// The dead-letter format, admin and partner topics live in @bz/dead-letters; kept here for callers.
export type { DeadLetter } from "@bz/dead-letters";
export {
  countByReason,
  DEAD_LETTER_VALUE_LIMIT,
  deadLetterHeaders,
  fromDeadLetter,
  partnerTopics,
  readDeadLetters,
  replayDeadLetters,
} from "@bz/dead-letters";
export type { RecorderService, RecorderServiceDeps } from "./app.ts";
export { buildRecorderService } from "./app.ts";
export { careContracts } from "./care-contracts.ts";
export type { Admitted, IncomingRecord, Rejection, Triage, TriageRules } from "./domain/triage.ts";
export { triage } from "./domain/triage.ts";
export type { Recorder, RecorderContracts, RecorderDeps, RecorderTopic } from "./recorder.ts";
export { startRecorder } from "./recorder.ts";
export type { RecorderMetrics } from "./recorder-metrics.ts";
export { createRecorderMetrics } from "./recorder-metrics.ts";
