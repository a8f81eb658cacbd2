export type { ProjectorDeps, ProjectorService } from "./app.ts";
export { buildProjectorService } from "./app.ts";
