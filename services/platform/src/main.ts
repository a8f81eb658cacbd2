// `make demo`: the whole platform embedded in one process, nothing to install.
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { env, loadConfigOrExit } from "@bz/config";
import { createLogger, stopOnSignals } from "@bz/observability";
import { z } from "zod";
import { startPlatform } from "./platform.ts";
import { continuedHistory, historySample, simulatedHistory } from "./simulated-history.ts";

const config = loadConfigOrExit(
  z.object({
    BZ_DATA_DIR: z.string().min(1).default(".data/platform"),
    BZ_HTTP_HOST: z.string().min(1).default("127.0.0.1"),
    BZ_HTTP_PORT: env.port(8080),
    BZ_GATEWAY_PORT: env.port(8081),
    // Extra simulated load in events per second, apart from the history (default: none with the
    // history, whose own continuation is the live traffic; 20 without it).
    BZ_SIMULATOR_RATE: z.coerce
      .number({ error: "expected events per second" })
      .min(0, "expected 0 or more")
      .optional(),
    BZ_LOG_LEVEL: env.logLevel().default("warn"),
    // The simulated history sent on the first start: from this month to now, or none.
    BZ_HISTORY_FROM: z
      .string()
      .regex(/^([0-9]{4}-(0[1-9]|1[0-2])|none)$/, "expected a month YYYY-MM (e.g. 2016-01) or none")
      .optional(),
  }),
);
const logger = createLogger({ service: "platform", level: config.BZ_LOG_LEVEL });
const dataDir = resolve(config.BZ_DATA_DIR);
// `make demo ARGS=--reset` (or `node services/platform/src/main.ts --reset`): start over.
const { values: flags } = parseArgs({ options: { reset: { type: "boolean", default: false } } });
if (flags.reset) {
  rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write(`--reset: removed ${dataDir}; starting with an empty data folder\n`);
}
const withHistory = config.BZ_HISTORY_FROM !== "none";
const historyOptions = {
  dataDir,
  ...(config.BZ_HISTORY_FROM === undefined || config.BZ_HISTORY_FROM === "none"
    ? {}
    : { from: config.BZ_HISTORY_FROM }),
};
let platform: Awaited<ReturnType<typeof startPlatform>>;
try {
  platform = await startPlatform({
    dataDir,
    host: config.BZ_HTTP_HOST,
    port: config.BZ_HTTP_PORT,
    gatewayPort: config.BZ_GATEWAY_PORT,
    rate: config.BZ_SIMULATOR_RATE ?? (withHistory ? 0 : 20),
    logger,
    ...(withHistory
      ? { firstStart: simulatedHistory(historyOptions), live: continuedHistory(historyOptions) }
      : {}),
  });
} catch (error) {
  if ((error as { code?: string }).code === "EADDRINUSE") {
    process.stderr.write(
      `port ${config.BZ_HTTP_PORT} or ${config.BZ_GATEWAY_PORT} is in use; start with BZ_HTTP_PORT=<port> BZ_GATEWAY_PORT=<port> make demo\n`,
    );
    process.exit(1);
  }
  throw error;
}
const hour = 3600;
const tokens = {
  trajekt: await platform.issueToken(
    { bz_kind: "staff", sub: "demo-trajekt", bz_org: "TRAJEKT", bz_roles: ["PROFESSIONAL"] },
    8 * hour,
  ),
  envida: await platform.issueToken(
    { bz_kind: "staff", sub: "demo-envida", bz_org: "ENVIDA", bz_roles: ["PROFESSIONAL"] },
    8 * hour,
  ),
  officer: await platform.issueToken(
    { bz_kind: "staff", sub: "demo-privacy-officer", bz_org: "TRAJEKT", bz_roles: ["PRIVACY_OFFICER"] },
    8 * hour,
  ),
  analyst: await platform.issueToken(
    { bz_kind: "staff", sub: "demo-analyst", bz_org: "TRAJEKT", bz_roles: ["ANALYST"] },
    8 * hour,
  ),
  ops: platform.opsToken,
};
process.stdout.write(
  `Blauwe Zorg platform (embedded) is running at ${platform.url}\n  dashboard:          ${platform.url}/  (ward overview, client timeline, ops; paste a token below)\n  API documentation:  ${platform.url}/docs\n  partner gateway:    ${platform.gatewayUrl}/v1/events (keys in ${platform.apiKeyFile}; docs at ${platform.gatewayUrl}/docs)\n  metrics:            ${platform.url}/metrics\n  ward figures (analysts):\n    curl -H "Authorization: Bearer $BZ_TOKEN_ANALYST" '${platform.url}/v1/wards/DISTRICT/indicators?indicator=clients-in-care'\n    (scripts may use the analyst key in ${platform.analystKeyFile} instead)\n  data folder:        ${dataDir}\n\nDemo tokens (8 hours; more with: node services/platform/src/cli.ts tokens issue --user <id> --org <PARTNER> --role PROFESSIONAL):\n  export BZ_TOKEN_TRAJEKT=${tokens.trajekt}   # Trajekt professional\n  export BZ_TOKEN_ENVIDA=${tokens.envida}   # Envida professional\n  export BZ_TOKEN_OFFICER=${tokens.officer}   # Trajekt privacy officer\n  export BZ_TOKEN_ANALYST=${tokens.analyst}   # analyst (ward figures only)\n  export BZ_TOKEN_OPS=${tokens.ops}   # operations (paste it on the ops page to see the pipelines and replay dead letters)\nPress Ctrl-C to stop.\n`,
);

/** Prints how to read one client's data, once a sample client is known (the history's, or the load's). */
let samplePrinted = false;
async function printSample(): Promise<void> {
  const sample = platform.sampleSubject ?? historySample(dataDir);
  if (samplePrinted || sample === undefined) return;
  samplePrinted = true;
  const client = await platform.issueToken(
    { bz_kind: "client", sub: "demo-client", bz_subject: sample },
    8 * hour,
  );
  const clientUrl = `${platform.url}/v1/clients/${encodeURIComponent(sample)}`;
  process.stdout.write(
    `\nA sample client:\n  their timeline (as a Trajekt professional; consent-filtered; every read is access-logged):\n    curl -H "Authorization: Bearer $BZ_TOKEN_TRAJEKT" '${clientUrl}/timeline'\n  their own consents and who read their data:\n    curl -H "Authorization: Bearer $BZ_TOKEN_CLIENT" '${clientUrl}/consents'\n    curl -H "Authorization: Bearer $BZ_TOKEN_CLIENT" '${clientUrl}/access-log'\n  export BZ_TOKEN_CLIENT=${client}   # the sample client themself\n`,
  );
}
await printSample();

// The first start sends the simulated history (2016 to now) and reports its progress until done.
const progressTimer = setInterval(() => {
  void printSample();
  const progress = platform.firstStart();
  if (progress.state === "running" && progress.total > 0) {
    process.stdout.write(
      `first start: ${progress.done} of ${progress.total} (${Math.floor((100 * progress.done) / progress.total)}%)\n`,
    );
  } else if (progress.state !== "running") {
    if (progress.state === "done" || progress.state === "failed")
      process.stdout.write(`first start: ${progress.state}${progress.error ? ` (${progress.error})` : ""}\n`);
    clearInterval(progressTimer);
  }
}, 2000);
progressTimer.unref();

stopOnSignals(logger, async () => {
  clearInterval(progressTimer);
  process.stdout.write("\nstopping...\n");
  await platform.stop();
  process.stdout.write("stopped; data kept in the data folder\n");
});
