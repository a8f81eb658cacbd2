// `simulator backfill --from 2016-01 --to 2026-11 [--live]` and `simulator live`: the four wards'
// history through the partners' own paths, then (with --live, or `live`) events at a steady rate.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { env, kafkaConnection, loadConfigOrExit, withKafkaConnection } from "@bz/config";
import { type Partner, partners, topicFor } from "@bz/contracts";
import { createKafkaEventLog } from "@bz/event-log";
import { createLogger, stopOnSignals } from "@bz/observability";
import { createPartnerPublisher, type PartnerPublisher } from "@bz/partner-sdk";
import { createPseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import { createCareSimulation, loadScenario, seededRandom, simulateHistory } from "@bz/simulation";
import { SingleBar } from "cli-progress";
import { z } from "zod";
import { backfill, gatewayPath, householdKeysOf, type PartnerPath, sdkPath } from "./backfill.ts";
import { startSimulator } from "./simulator.ts";

const usage = `usage: simulator backfill --from YYYY-MM [--to YYYY-MM] [--scenario file] [--live]
       simulator live [--scenario file] [--rate N]`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: "string" },
    to: { type: "string" },
    scenario: { type: "string" },
    live: { type: "boolean", default: false },
    rate: { type: "string" },
  },
});
const command = positionals[0];
if (command !== "backfill" && command !== "live") {
  console.error(usage);
  process.exit(2);
}

const config = loadConfigOrExit(
  // The Kafka connection (brokers, SASL, TLS) as every service takes it (ADR 0040).
  withKafkaConnection({
    // Needed only without the gateway (and for live mode): with BZ_GATEWAY_URL the platform makes
    // every pseudonym and the simulator holds no key (ADR 0061).
    BZ_PSEUDONYM_KEYS: z.string().min(1, "expected id=base64secret[,id=base64secret]").optional(),
    BZ_GATEWAY_URL: z.url().optional(),
    BZ_GATEWAY_KEYS_FILE: z.string().optional(),
    BZ_SIMULATOR_SCENARIO: z.string().optional(),
    BZ_TOPIC_SUFFIX: env.topicSuffix(),
    BZ_LOG_LEVEL: env.logLevel(),
  }),
);
const logger = createLogger({ service: "simulator", level: config.BZ_LOG_LEVEL });
const kafka = kafkaConnection(config);
const scenario = (() => {
  try {
    return loadScenario(values.scenario ?? config.BZ_SIMULATOR_SCENARIO);
  } catch (error) {
    // Like any configuration error: say what is wrong and exit 78 (EX_CONFIG).
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(78);
  }
})();
/** The platform's keys, for the paths that pseudonymise locally (no gateway, or live mode). */
function platformPseudonymizer() {
  if (config.BZ_PSEUDONYM_KEYS === undefined) {
    console.error(
      "invalid configuration:\n  - BZ_PSEUDONYM_KEYS is not set: without BZ_GATEWAY_URL and BZ_GATEWAY_KEYS_FILE (or for live mode) the simulator pseudonymises with the platform's keys",
    );
    process.exit(78);
  }
  const keys = parsePseudonymKeys(config.BZ_PSEUDONYM_KEYS);
  return createPseudonymizer(keys.current, keys.older);
}
const identityOf = (pseudonymizer: ReturnType<typeof createPseudonymizer>) => ({
  pseudonymize: (bsn: string) => pseudonymizer.pseudonymize(bsn),
  pseudonymizeHousehold: (key: string) => pseudonymizer.pseudonymizeHousehold(key),
});

/** YYYY-MM to the first moment of that month; `end` gives the first moment of the next month. */
function month(text: string, end: boolean): number {
  const match = /^([0-9]{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (match === null) {
    console.error(`"${text}" is not a month YYYY-MM\n${usage}`);
    process.exit(2);
  }
  return Date.UTC(Number(match[1]), Number(match[2]) - 1 + (end ? 1 : 0), 1);
}

async function runBackfill(): Promise<void> {
  const from = month(values.from ?? scenario.history.from, false);
  const to = values.to === undefined ? Date.now() : Math.min(month(values.to, true), Date.now());
  logger.info(
    { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    "simulating the history",
  );
  const gatewayKeys = readGatewayKeys(config.BZ_GATEWAY_KEYS_FILE);
  // With the gateway the platform makes every pseudonym: the SDK partners ask POST /v1/pseudonyms
  // with their API key, the HTTP partners send BSN and household key in clear. The simulation then
  // runs on a throwaway key of its own, whose pseudonyms only stand for the BSNs and address keys
  // inside this process and never leave it.
  const viaPlatform = config.BZ_GATEWAY_URL !== undefined && gatewayKeys.size > 0;
  const pseudonymizer = viaPlatform
    ? createPseudonymizer({ id: "sim", secret: randomBytes(32) })
    : platformPseudonymizer();
  const history = simulateHistory({
    scenario,
    random: seededRandom(scenario.seed),
    from,
    to,
    identity: identityOf(pseudonymizer),
  });
  const bsns = new Map(history.population.residents.map((r) => [r.subject, r.bsn]));
  const householdKeys = householdKeysOf(history.population);
  const publishers = new Map<Partner, PartnerPublisher>();
  const paths = new Map<Partner, PartnerPath>();
  const pathOf = (partner: Partner): PartnerPath => {
    const known = paths.get(partner);
    if (known !== undefined) return known;
    const slug = partners.find((p) => p.id === partner)?.slug ?? partner;
    const key = gatewayKeys.get(slug);
    let path: PartnerPath;
    if (
      scenario.partners.overGateway.includes(partner) &&
      config.BZ_GATEWAY_URL !== undefined &&
      key !== undefined
    ) {
      path = gatewayPath(config.BZ_GATEWAY_URL, key, partner);
      logger.info({ partner }, "publishing over the HTTP gateway");
    } else {
      const topic = topicFor(partner, config.BZ_TOPIC_SUFFIX);
      const publisher =
        viaPlatform && config.BZ_GATEWAY_URL !== undefined && key !== undefined
          ? createPartnerPublisher({
              partner,
              ...kafka,
              topic,
              pseudonymService: { url: config.BZ_GATEWAY_URL, apiKey: key },
            })
          : createPartnerPublisher({ partner, ...kafka, topic, pseudonymizer });
      if (viaPlatform && key === undefined) {
        console.error(
          `${config.BZ_GATEWAY_KEYS_FILE} holds no key for ${slug}; it cannot ask for pseudonyms`,
        );
        process.exit(78);
      }
      publishers.set(partner, publisher);
      path = sdkPath(publisher);
    }
    paths.set(partner, path);
    return path;
  };
  const bar = new SingleBar({
    format: "backfill [{bar}] {percentage}% | {value}/{total} events | {rate} events/s | ETA {eta}s",
    stream: process.stderr,
  });
  const started = Date.now();
  bar.start(history.events.length, 0, { rate: 0 });
  try {
    await backfill({
      events: history.events,
      bsnOf: (subject) => {
        const bsn = bsns.get(subject);
        if (bsn === undefined) throw new Error("an event names a subject outside the population");
        return bsn;
      },
      ...(viaPlatform ? { householdKeyOf: (household: string) => householdKeys.get(household) } : {}),
      pathOf,
      onProgress: (sent) =>
        bar.update(sent, { rate: Math.round(sent / Math.max(0.001, (Date.now() - started) / 1000)) }),
      logger,
    });
  } finally {
    bar.stop();
    await Promise.all([...publishers.values()].map((p) => p.close()));
  }
}

async function runLive(): Promise<void> {
  const rate = values.rate === undefined ? scenario.live.eventsPerSecond : Number(values.rate);
  if (!Number.isFinite(rate) || rate <= 0) {
    console.error(`--rate must be a positive number of events per second\n${usage}`);
    process.exit(2);
  }
  const log = createKafkaEventLog({ ...kafka, clientId: "bz-simulator", logger });
  const producer = await log.producer();
  const simulation = createCareSimulation({
    seed: scenario.seed,
    clients: 2000,
    scenario,
    ...identityOf(platformPseudonymizer()),
  });
  const simulator = startSimulator({
    producer,
    simulation,
    rate,
    logger,
    topicOf: (partner) => topicFor(partner, config.BZ_TOPIC_SUFFIX),
  });
  logger.info({ rate }, "live simulation running");
  stopOnSignals(logger, async () => {
    await simulator.stop();
    await producer.close();
    await log.close();
  });
}

/** `slug=key` lines, the format the embedded platform writes its gateway keys in. */
function readGatewayKeys(file: string | undefined): Map<string, string> {
  const keys = new Map<string, string>();
  if (file === undefined) return keys;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [slug, key] = line.trim().split("=", 2);
    if (slug !== undefined && key !== undefined && key !== "") keys.set(slug, key);
  }
  return keys;
}

if (command === "backfill") await runBackfill();
if (command === "live" || values.live) await runLive();
