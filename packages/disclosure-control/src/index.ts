export type { AttackerKnowledge, Interval } from "./attacker.ts";
export { feasibilityInterval } from "./attacker.ts";
export type { Dimension, Grid, Relation } from "./grid.ts";
export { cellKey, cellsOf, relationsOf } from "./grid.ts";
export type { Protection, ProtectionOptions, SuppressionReason } from "./suppress.ts";
export { auditGrid, exposedCells, protectGrid } from "./suppress.ts";
