// `make bench-smoke` inside `make test`, so the benchmark harness never rots. It checks that every
// benchmark's code path ran and produced figures; it asserts no time (machines are noisy).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";

const out = mkdtempSync(join(tmpdir(), "bz-bench-smoke-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Result {
  name: string;
  spreads: Record<string, { min: number; median: number; max: number; runs: number[] }>;
  evidence: {
    load?: { process: string; pid: number; cores?: number; ingest?: { pid: number } };
    statements?: { available: boolean; reason?: string; top: unknown[] };
  };
}

describe("benchmark harness (smoke)", () => {
  // Eighteen benchmarks, four of them starting service processes: minutes on a busy machine.
  it("runs every benchmark once at tiny sizes and reports figures for each", {
    timeout: 300_000,
  }, async () => {
    // Asynchronous on purpose: a synchronous spawn blocks this worker for the whole run (over a
    // minute), and vitest's worker gives up on its runner after 60 s without a reply.
    const run = await promisify(execFile)(
      process.execPath,
      [join(import.meta.dirname, "src", "main.ts"), "--smoke", "--out", out],
      {
        env: {
          ...process.env,
          // Plaintext on purpose: the benchmarks (test/bench) take only KAFKA_BROKERS and measure the
          // pipeline's throughput, not its rights; the ACL and SASL paths are tested elsewhere.
          KAFKA_BROKERS: inject("kafkaBrokers"),
          DATABASE_URL: inject("postgresAdminUrl"),
        },
        encoding: "utf8",
        timeout: 300_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    ).then(
      ({ stderr }) => ({ status: 0, stderr }),
      (error: { code?: number; stderr?: string }) => ({
        status: error.code ?? 1,
        stderr: error.stderr ?? "",
      }),
    );
    expect(run.status, run.stderr.slice(-4000)).toBe(0);
    const report = JSON.parse(readFileSync(join(out, "benchmarks.json"), "utf8")) as {
      smoke: boolean;
      machine: { harnessPid: number };
      results: Result[];
    };
    expect(report.smoke).toBe(true);
    expect(report.results.map((r) => r.name)).toEqual([
      "B_codec",
      "B_http",
      "B_pipe",
      "B_pipe_platformatic",
      "B_store",
      "B_pglite",
      "G1",
      "G1_platformatic",
      "G1_embedded",
      "G2_1000",
      "G2_half",
      "G3",
      "G4",
      "G5",
      "G6",
      "G7",
      "G8",
      "G9",
    ]);
    for (const result of report.results) {
      const figures = Object.values(result.spreads).flatMap((spread) => spread.runs);
      expect(figures.length, `${result.name} reported no figures`).toBeGreaterThan(0);
      expect(figures.every(Number.isFinite), `${result.name} reported a non-number`).toBe(true);
      // Every figure keeps its spread: min ≤ median ≤ max over its runs.
      for (const [metric, spread] of Object.entries(result.spreads)) {
        expect(spread.min <= spread.median && spread.median <= spread.max, `${result.name}.${metric}`).toBe(
          true,
        );
      }
    }
    // The load ran in a process of its own (ADR 0073): another pid than the measured one, with its
    // CPU reported as a figure of its own; the embedded G1 says why its load stays in-process.
    const byName = new Map(report.results.map((r) => [r.name, r]));
    const harness = report.machine.harnessPid;
    expect(harness).toBeGreaterThan(0);
    for (const name of [
      "B_http",
      "B_pipe",
      "B_pipe_platformatic",
      "G1",
      "G1_platformatic",
      "G2_1000",
      "G2_half",
      "G4",
      "G6",
      "G9",
    ]) {
      const load = byName.get(name)?.evidence.load;
      expect(load?.process, `${name} load process`).toBe("separate");
      expect(load?.pid, `${name} load pid`).toBeGreaterThan(0);
      expect(load?.pid, `${name} load pid`).not.toBe(harness);
      expect(byName.get(name)?.spreads.loadCores?.runs.length, `${name} loadCores`).toBe(1);
    }
    expect(byName.get("G4")?.evidence.load?.ingest?.pid).not.toBe(harness);
    expect(byName.get("G1_embedded")?.evidence.load).toMatchObject({ process: "in-process", pid: harness });
    // G1 and G4 carry PostgreSQL's time per statement, or the reason it is missing.
    for (const name of ["G1", "G4"]) {
      const statements = byName.get(name)?.evidence.statements;
      expect(statements, `${name} statements`).toBeDefined();
      if (statements?.available === true) expect(statements.top.length).toBeGreaterThan(0);
      else expect(statements?.reason, `${name} statements reason`).toMatch(/\S/);
    }
    const markdown = readFileSync(join(out, "BENCHMARKS.md"), "utf8");
    expect(markdown).toContain("## Summary");
    expect(markdown).toContain(`| measured process | pid ${harness} `);
    expect(markdown).toMatch(/^Load generator: its own process \(pid \d+\)/m);
    expect(markdown).toMatch(/^PostgreSQL time per statement/m);
    // Each figure with a goal shows it, with the median and whether it is met.
    expect(markdown).toMatch(/^\| G1 \|.*\| ratioToBaseline ≥ 0\.80: [\d.,]+, (met|not yet) \|$/m);
    expect(markdown).toMatch(/^\| G2_1000 \|.*p99Ms ≤ 100: [\d.,]+, (met|not yet); p999Ms ≤ 250: /m);
    expect(markdown).toMatch(/^\| G5 \|.*decodeVsJson ≥ 1\.00: [\d.,]+, (met|not yet) \|$/m);
  });
});
