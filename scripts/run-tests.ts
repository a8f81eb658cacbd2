// Runs every vitest project once and ends with one plain summary line taken from vitest's own
// JSON result: "N passed, N failed" (", N skipped" when any were skipped).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const resultFile = join(root, ".vitest-results.json");
rmSync(resultFile, { force: true });

const run = spawnSync(
  "vitest",
  [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${resultFile}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit" },
);

interface VitestJson {
  testResults: {
    name: string;
    status: string;
    assertionResults: { fullName: string; title: string; ancestorTitles: string[]; status: string }[];
  }[];
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}
if (!existsSync(resultFile)) {
  console.log(`0 passed, 1 failed (vitest exited with ${run.status ?? run.signal} before writing a result)`);
  process.exit(1);
}
const result = JSON.parse(readFileSync(resultFile, "utf8")) as VitestJson;
// A skip is said out loud, with its reason, so it cannot hide among the passes. Tests skipped
// together (a whole suite, e.g. EventStoreDB without a server) are listed under their outermost
// block, whose title carries the reason once, instead of repeating it on every line.
for (const file of result.testResults) {
  const groups = new Map<string, string[]>();
  for (const test of file.assertionResults) {
    if (test.status === "pending" || test.status === "skipped" || test.status === "todo") {
      const [outer, ...inner] = test.ancestorTitles;
      const group = outer ?? "";
      groups.set(group, [...(groups.get(group) ?? []), [...inner, test.title].join(" > ")]);
    }
  }
  const path = file.name.replace(`${root}/`, "");
  for (const [outer, tests] of groups) {
    if (outer === "" || tests.length === 1) {
      for (const test of tests) console.log(`skipped: ${path} > ${outer === "" ? "" : `${outer} > `}${test}`);
      continue;
    }
    console.log(`skipped ${tests.length}: ${path} > ${outer}`);
    for (const test of tests) console.log(`  - ${test}`);
  }
}
// Failures are named again just above the summary, so a CI log cut to its tail still says which.
for (const file of result.testResults) {
  const path = file.name.replace(`${root}/`, "");
  for (const test of file.assertionResults) {
    if (test.status === "failed")
      console.log(`failed: ${path} > ${[...test.ancestorTitles, test.title].join(" > ")}`);
  }
  if (file.assertionResults.length === 0 && file.status === "failed") {
    console.log(`failed: ${path} (the file did not load)`);
  }
}
// A file that fails to load counts as a failure even though none of its tests ran.
const failed = result.numFailedTests + (result.numFailedTests === 0 ? result.numFailedTestSuites : 0);
const skipped = result.numPendingTests + result.numTodoTests;
console.log(`${result.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
