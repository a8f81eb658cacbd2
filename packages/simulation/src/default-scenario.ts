import { readFileSync } from "node:fs";
import { BzError } from "@bz/errors";
import { parseScenario, type Scenario } from "./scenario.ts";

/** Where the documented default scenario lives: packages/simulation/scenario.json. */
export const defaultScenarioFile: string = new URL("../scenario.json", import.meta.url).pathname;

/** Reads and validates a scenario file (the default one when no path is given). */
export function loadScenario(file: string = defaultScenarioFile): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new BzError("CONFIG_INVALID", `Cannot read the scenario file ${file} as JSON: ${String(cause)}`, {
      cause,
    });
  }
  return parseScenario(json);
}
