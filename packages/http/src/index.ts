export type { HttpApp, HttpAppOptions } from "./http-app.ts";
export { createHttpApp } from "./http-app.ts";
export type { InvalidParam, Problem } from "./problem.ts";
export { problemErrorHandler, sendProblem } from "./problem.ts";
