export type { AuthorizeAnalyst } from "./analyst-api-keys.ts";
export { apiKeyAnalystAuthorizer, hashAnalystKey } from "./analyst-api-keys.ts";
export type { QueryApiDeps } from "./app.ts";
export { buildQueryApi } from "./app.ts";
export { figuresCsv, SUPPRESSED_MARKER } from "./ward-csv.ts";
export type { WardRoutesOptions } from "./ward-routes.ts";
export { wardRoutes } from "./ward-routes.ts";
