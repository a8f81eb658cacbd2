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
  spreads: Record<string, { runs: number[] }>;
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
    }
    const markdown = readFileSync(join(out, "BENCHMARKS.md"), "utf8");
    expect(markdown).toContain("## Summary");
    // Each figure with a goal shows it, with the median and whether it is met.
    expect(markdown).toMatch(/^\| G1 \|.*\| ratioToBaseline ≥ 0\.80: [\d.,]+, (met|not yet) \|$/m);
    expect(markdown).toMatch(/^\| G2_1000 \|.*p99Ms ≤ 100: [\d.,]+, (met|not yet); p999Ms ≤ 250: /m);
    expect(markdown).toMatch(/^\| G5 \|.*decodeVsJson ≥ 1\.00: [\d.,]+, (met|not yet) \|$/m);
  });
});
