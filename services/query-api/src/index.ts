export type { AuthorizeAnalyst } from "./analyst-api-keys.ts";
export { apiKeyAnalystAuthorizer, hashAnalystKey } from "./analyst-api-keys.ts";
export { analystAuthorizer } from "./analyst-authorizer.ts";
export type { QueryApiDeps } from "./app.ts";
export { buildQueryApi } from "./app.ts";
export { sqlEventStoreHead } from "./ops/event-store-head.ts";
export { opsRoleAuthoriser } from "./ops/ops-role-authoriser.ts";
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
export { figuresCsv, SUPPRESSED_MARKER } from "./ward-csv.ts";
export type { WardRoutesOptions } from "./ward-routes.ts";
export { wardRoutes } from "./ward-routes.ts";
