export type { ProjectorDeps, ProjectorService } from "./app.ts";
export { buildProjectorService, defaultProjections } from "./app.ts";
