import { readFileSync } from "node:fs";
import { parseScenario, type Scenario } from "./scenario.ts";

/** Where the documented default scenario lives: packages/simulation/scenario.json. */
export const defaultScenarioFile: string = new URL("../scenario.json", import.meta.url).pathname;

/** Reads and validates a scenario file (the default one when no path is given). */
export function loadScenario(file: string = defaultScenarioFile): Scenario {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new Error(`Cannot read the scenario file ${file}: ${String(cause)}`);
  }
  return parseScenario(JSON.parse(text));
}
