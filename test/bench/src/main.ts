// `make bench` / `make bench-smoke`: runs the benchmarks against real Kafka and PostgreSQL (and the
// embedded mode) and writes docs/BENCHMARKS.md and docs/benchmarks.json (smoke: a temp folder).
//   --smoke            tiny sizes, one repetition, results in $TMPDIR/bz-bench-smoke
//   --events N         data set size for G3/G4 (default 1,000,000; e.g. --events 10000000)
//   --clients M        clients in the data set
//   --reps N           repetitions per benchmark
//   --only A,B         run only these benchmarks (names as in the report, e.g. G1,G5)
//   --out DIR          where to write the report
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bCodec } from "./benchmarks/b-codec.ts";
import { bHttp } from "./benchmarks/b-http.ts";
import { bPipe, bPipePlatformatic } from "./benchmarks/b-pipe.ts";
import { bPglite, bStore } from "./benchmarks/b-store.ts";
import { g1Embedded, g1Ingest, g1IngestPlatformatic } from "./benchmarks/g1-ingest.ts";
import { g2Fixed, g2Half } from "./benchmarks/g2-latency.ts";
import { g3Rebuild } from "./benchmarks/g3-rebuild.ts";
import { g4Query } from "./benchmarks/g4-query.ts";
import { g5Codec } from "./benchmarks/g5-codec.ts";
import { g6Burst } from "./benchmarks/g6-burst.ts";
import { g7WardViews } from "./benchmarks/g7-ward-views.ts";
import { g8Backfill } from "./benchmarks/g8-backfill.ts";
import { g9ScaleOut } from "./benchmarks/g9-scale-out.ts";
import type { BenchContext, Benchmark, BenchResult } from "./harness/benchmark.ts";
import { kafkaVersion, postgresVersion, repoRoot, startInfra } from "./harness/infra.ts";
import { type MachineFacts, renderReport } from "./harness/report.ts";
import { runBenchmarks } from "./harness/runner.ts";
import { fullSizes, smokeSizes } from "./harness/sizes.ts";

/** In run order: baselines first, then the figures that compare with them. */
const benchmarks: Benchmark[] = [
  bCodec,
  bHttp,
  bPipe,
  bPipePlatformatic,
  bStore,
  bPglite,
  g1Ingest,
  g1IngestPlatformatic,
  g1Embedded,
  g2Fixed,
  g2Half,
  g3Rebuild,
  g4Query,
  g5Codec,
  g6Burst,
  g7WardViews,
  g8Backfill,
  g9ScaleOut,
];

const { values: args } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    events: { type: "string" },
    clients: { type: "string" },
    reps: { type: "string" },
    only: { type: "string" },
    out: { type: "string" },
  },
});

const smoke = args.smoke === true;
const sizes = { ...(smoke ? smokeSizes : fullSizes) };
if (args.events !== undefined) sizes.datasetEvents = Number(args.events);
if (args.clients !== undefined) sizes.datasetClients = Number(args.clients);
else if (args.events !== undefined)
  sizes.datasetClients = Math.max(100, Math.round(sizes.datasetEvents / 50));
if (args.reps !== undefined) sizes.repetitions = Number(args.reps);
const only = args.only?.split(",").map((name) => name.trim());
const selected = only === undefined ? benchmarks : benchmarks.filter((b) => only.includes(b.name));
const outDir = args.out ?? (smoke ? join(tmpdir(), "bz-bench-smoke") : join(repoRoot, "docs"));
const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

const started = performance.now();
const log = (message: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);

const infra = await startInfra(adminUrl, log);
const exitSteps: (() => Promise<void>)[] = [];
const results = new Map<string, BenchResult>();
const context: BenchContext & { results: Map<string, BenchResult> } = {
  sizes,
  infra,
  smoke,
  results,
  scratch: new Map(),
  onExit: (step) => exitSteps.push(step),
  log,
};

let ran: BenchResult[] = [];
try {
  const machine: MachineFacts = {
    date: new Date().toISOString(),
    cpuModel: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    kafka: kafkaVersion(),
    kafkaBroker: infra.ownBroker
      ? "single KRaft broker started by the harness"
      : `shared broker ${infra.brokers}`,
    postgres: await postgresVersion(adminUrl),
    loadAverageAtStart: loadavg(),
    harnessPid: process.pid,
    gitCommit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot }).toString().trim(),
  };
  ran = await runBenchmarks(selected, context, sizes.repetitions);
  const findingsFile = join(repoRoot, "test", "bench", "findings.md");
  const findings = !smoke && existsSync(findingsFile) ? readFileSync(findingsFile, "utf8") : "";
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, "BENCHMARKS.md"),
    renderReport({ results: ran, machine, sizes, smoke, findings }),
  );
  writeFileSync(
    join(outDir, "benchmarks.json"),
    `${JSON.stringify({ machine, sizes, smoke, results: ran }, (_, v) => (typeof v === "bigint" ? v.toString() : v), 2)}\n`,
  );
  log(`report written to ${join(outDir, "BENCHMARKS.md")}`);
} finally {
  for (const step of exitSteps.reverse())
    await step().catch((error: unknown) => log(`clean-up failed: ${String(error)}`));
  await infra.stop();
}
const failed = ran.filter((result) => result.error !== undefined);
log(
  `${ran.length - failed.length} of ${ran.length} benchmarks ran${failed.length > 0 ? `; FAILED: ${failed.map((f) => f.name).join(", ")}` : ""}`,
);
process.exit(failed.length > 0 || ran.length === 0 ? 1 : 0);
