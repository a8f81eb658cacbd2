// `make demo`: the whole platform embedded in one process, nothing to install.
import { resolve } from "node:path";
import { env, loadConfigOrExit } from "@bz/config";
import { createLogger, stopOnSignals } from "@bz/observability";
import { z } from "zod";
import { startPlatform } from "./platform.ts";

const config = loadConfigOrExit(
  z.object({
    BZ_DATA_DIR: z.string().min(1).default(".data/platform"),
    BZ_HTTP_HOST: z.string().min(1).default("127.0.0.1"),
    BZ_HTTP_PORT: env.port(8080),
    BZ_GATEWAY_PORT: env.port(8081),
    BZ_SIMULATOR_RATE: z.coerce
      .number({ error: "expected events per second" })
      .min(0, "expected 0 or more")
      .default(20),
    BZ_LOG_LEVEL: env.logLevel().default("warn"),
  }),
);
const logger = createLogger({ service: "platform", level: config.BZ_LOG_LEVEL });
const dataDir = resolve(config.BZ_DATA_DIR);
let platform: Awaited<ReturnType<typeof startPlatform>>;
try {
  platform = await startPlatform({
    dataDir,
    host: config.BZ_HTTP_HOST,
    port: config.BZ_HTTP_PORT,
    gatewayPort: config.BZ_GATEWAY_PORT,
    rate: config.BZ_SIMULATOR_RATE,
    logger,
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
const timeline =
  platform.sampleSubject === undefined
    ? ""
    : `\n  a client's timeline (as a Trajekt professional; every read is access-logged):\n    curl -H 'x-bz-user: demo-professional' -H 'x-bz-organisation: TRAJEKT' '${platform.url}/v1/clients/${encodeURIComponent(platform.sampleSubject)}/timeline'\n  who read it:\n    curl -H 'x-bz-user: demo-professional' -H 'x-bz-organisation: TRAJEKT' -H 'x-bz-purpose: CLIENT_ACCESS_REQUEST' '${platform.url}/v1/clients/${encodeURIComponent(platform.sampleSubject)}/access-log'`;
process.stdout.write(
  `Blauwe Zorg platform (embedded) is running at ${platform.url}\n  API documentation:  ${platform.url}/docs\n  partner gateway:    ${platform.gatewayUrl}/v1/events (keys in ${platform.apiKeyFile}; docs at ${platform.gatewayUrl}/docs)\n  metrics:            ${platform.url}/metrics\n  ward figures (analysts; key in ${platform.analystKeyFile}):\n    curl -H "Authorization: Bearer $(cat ${platform.analystKeyFile})" '${platform.url}/v1/wards/DISTRICT/indicators?indicator=clients-in-care'${timeline}\n  data folder:        ${dataDir}\nPress Ctrl-C to stop.\n`,
);

stopOnSignals(logger, async () => {
  process.stdout.write("\nstopping...\n");
  await platform.stop();
  process.stdout.write("stopped; data kept in the data folder\n");
});
