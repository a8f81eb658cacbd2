import { type Constraint, solve } from "yalps";
import type { Relation } from "./grid.ts";

/** What the attacker knows: published values, the relations, and a public bound on every cell. */
export interface AttackerKnowledge {
  relations: readonly Relation[];
  /** Value of every cell (published ones are constants to the attacker). */
  values: ReadonlyMap<string, number>;
  hidden: ReadonlySet<string>;
  /** Largest value any cell may take as far as the public knows. */
  upperBound: number;
}

/** The feasibility interval of a hidden cell: its min and max over all tables consistent with what is published. */
export interface Interval {
  min: number;
  max: number;
}

/**
 * The attacker's LP (as in τ-ARGUS's audit and sdcTable's `attack()`): one variable per hidden
 * cell in [0, upperBound], one constraint per relation with published cells as constants; minimise
 * and maximise `target`. Pure and deterministic.
 */
export function feasibilityInterval(knowledge: AttackerKnowledge, target: string): Interval {
  const constraints = new Map<string, Constraint>();
  const variables = new Map<string, Map<string, number>>();
  const coefficient = (cell: string, constraint: string, c: number) => {
    let row = variables.get(cell);
    if (row === undefined) {
      row = new Map();
      variables.set(cell, row);
    }
    row.set(constraint, (row.get(constraint) ?? 0) + c);
  };
  const known = (cell: string) => (knowledge.hidden.has(cell) ? 0 : (knowledge.values.get(cell) ?? 0));
  for (const cell of [...knowledge.hidden].sort()) {
    const name = `ub:${cell}`;
    constraints.set(name, { max: knowledge.upperBound });
    coefficient(cell, name, 1);
  }
  knowledge.relations.forEach((relation, r) => {
    const hiddenParts = relation.parts.filter((p) => knowledge.hidden.has(p));
    const totalHidden = knowledge.hidden.has(relation.total);
    if (hiddenParts.length === 0 && !totalHidden) return;
    const knownParts = relation.parts.reduce((sum, p) => sum + known(p), 0);
    const total = known(relation.total);
    if (relation.kind === "sum") {
      // Σ hidden parts − hidden total = known total − Σ known parts
      const name = `sum:${r}`;
      constraints.set(name, { equal: total - knownParts });
      for (const p of hiddenParts) coefficient(p, name, 1);
      if (totalHidden) coefficient(relation.total, name, -1);
      return;
    }
    // distinct: each part <= total <= Σ parts
    const upper = `dsum:${r}`;
    constraints.set(upper, { min: total - knownParts });
    for (const p of hiddenParts) coefficient(p, upper, 1);
    if (totalHidden) coefficient(relation.total, upper, -1);
    relation.parts.forEach((p, i) => {
      const pHidden = knowledge.hidden.has(p);
      if (!pHidden && !totalHidden) return;
      const name = `dmax:${r}:${i}`;
      constraints.set(name, { max: total - known(p) });
      if (pHidden) coefficient(p, name, 1);
      if (totalHidden) coefficient(relation.total, name, -1);
    });
  });
  const objective = "objective";
  coefficient(target, objective, 1);
  const model = (direction: "minimize" | "maximize") => ({
    direction,
    objective,
    constraints,
    variables: [...variables.entries()].map(([cell, row]) => [cell, [...row.entries()]] as const),
  });
  const low = solve(model("minimize"));
  const high = solve(model("maximize"));
  if (low.status !== "optimal" || high.status !== "optimal") {
    // An infeasible model means the published figures contradict the relations: treat as disclosed.
    return { min: Number.NaN, max: Number.NaN };
  }
  return { min: low.result, max: high.result };
}
