// Re-renders docs/BENCHMARKS.md from docs/benchmarks.json and test/bench/findings.md, without
// running anything (after editing the findings): node test/bench/src/render.ts [dir]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchResult } from "./harness/benchmark.ts";
import { repoRoot } from "./harness/infra.ts";
import { type MachineFacts, renderReport } from "./harness/report.ts";
import type { Sizes } from "./harness/sizes.ts";

const dir = process.argv[2] ?? join(repoRoot, "docs");
const raw = JSON.parse(readFileSync(join(dir, "benchmarks.json"), "utf8")) as {
  machine: MachineFacts;
  sizes: Sizes;
  smoke: boolean;
  results: BenchResult[];
};
const findingsFile = join(repoRoot, "test", "bench", "findings.md");
const findings = existsSync(findingsFile) ? readFileSync(findingsFile, "utf8") : "";
writeFileSync(join(dir, "BENCHMARKS.md"), renderReport({ ...raw, findings: raw.smoke ? "" : findings }));
