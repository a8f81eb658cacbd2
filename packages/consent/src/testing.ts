// For other packages' tests: random access histories (fast-check arbitraries).
export * from "./domain/history.arbitrary.ts";
