export type { QueryApiDeps } from "./app.ts";
export { buildQueryApi } from "./app.ts";
