export type { QueryApiDeps } from "./app.ts";
export { buildQueryApi } from "./app.ts";
export { bearerTokenAuthoriser, refuseOpsActions } from "./ops/bearer-authoriser.ts";
export { sqlEventStoreHead } from "./ops/event-store-head.ts";
export type {
  ComponentCheck,
  DeadLetterAdmin,
  DeadLetterView,
  OffsetReader,
  OpsAuthoriser,
  OpsSources,
} from "./ops/ops-sources.ts";
export type { OpsStatus } from "./ops/ops-status.ts";
export { recorderDeadLetters } from "./ops/recorder-dead-letters.ts";
