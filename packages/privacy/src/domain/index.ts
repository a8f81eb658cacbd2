// The pure rules of @bz/privacy, importable from domain code (no Node built-ins behind them).
export { bsnProblem, passesElfproef } from "./bsn.ts";
export type { PseudonymProblem } from "./identifiers.ts";
export { findClearBsn, holdsClearBsn, pseudonymPattern, pseudonymProblem } from "./identifiers.ts";
