export { bsnProblem, passesElfproef } from "./domain/bsn.ts";
export type { Pseudonymizer, PseudonymKey } from "./pseudonymizer.ts";
export { createPseudonymizer, parsePseudonymKeys } from "./pseudonymizer.ts";
