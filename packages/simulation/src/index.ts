export { simulatedBsn } from "./bsn.ts";
export type { CareSimulation, CareSimulationOptions, SimulatedClient } from "./care-simulation.ts";
export { createCareSimulation, publishingPartners } from "./care-simulation.ts";
export type { Random } from "./random.ts";
export { seededRandom } from "./random.ts";
