export { bsnProblem, passesElfproef } from "./domain/bsn.ts";
export type { PseudonymProblem } from "./domain/identifiers.ts";
export { findClearBsn, holdsClearBsn, pseudonymPattern, pseudonymProblem } from "./domain/identifiers.ts";
export type { Pseudonymizer, PseudonymKey } from "./pseudonymizer.ts";
export { createPseudonymizer, parsePseudonymKeys } from "./pseudonymizer.ts";
