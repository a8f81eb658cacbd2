import { isBzError } from "@bz/errors";
import { loadScenario, parseScenario } from "@bz/simulation";
import { describe, expect, it } from "vitest";

describe("scenario file", () => {
  it("given the documented default, when loaded, then it is valid and matches DOMAIN.md's wards", () => {
    const scenario = loadScenario();
    const residents = Object.values(scenario.population.wards).reduce((sum, w) => sum + w.residents, 0);
    expect(residents).toBe(14885);
    expect(Object.values(scenario.services).every((s) => s.unitCents > 0)).toBe(true);
  });

  it("given a wrong value, when parsed, then CONFIG_INVALID names its path and the rule", () => {
    const scenario = structuredClone(loadScenario());
    const broken = {
      ...scenario,
      population: { ...scenario.population, singlePersonShare: 1.5 },
      services: {
        ...scenario.services,
        wijkverpleging: { ...scenario.services.wijkverpleging, financing: "MAGIC" },
      },
    };
    let caught: unknown;
    try {
      parseScenario(broken);
    } catch (error) {
      caught = error;
    }
    expect(isBzError(caught, "CONFIG_INVALID")).toBe(true);
    const message = (caught as Error).message;
    expect(message).toContain("population.singlePersonShare");
    expect(message).toContain("services.wijkverpleging.financing");
    expect(loadScenarioError("/nonexistent/scenario.json")).toMatch(/Cannot read the scenario file/);
  });
});

function loadScenarioError(file: string): string {
  try {
    loadScenario(file);
    return "no error";
  } catch (error) {
    return isBzError(error, "CONFIG_INVALID") ? error.message : String(error);
  }
}
