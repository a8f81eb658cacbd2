export type { BackfillOptions, BackfillResult, PartnerPath } from "./backfill.ts";
export { backfill, gatewayPath, householdKeysOf, sdkPath, withBsn } from "./backfill.ts";
export type { Simulator, SimulatorOptions } from "./simulator.ts";
export { recordOf, startSimulator } from "./simulator.ts";
