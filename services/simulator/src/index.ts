export type { Simulator, SimulatorOptions } from "./simulator.ts";
export { recordOf, startSimulator } from "./simulator.ts";
