#!/usr/bin/env node
// bz-dead-letters: list a partner's dead letters per reason, and replay chosen ones after a fix.
//   node services/recorder/src/cli.ts list   [--partner envida] [--reason CONTRACT_UNKNOWN_FINGERPRINT]
//   node services/recorder/src/cli.ts replay --partner envida (--reason CODE | --offsets 0:12,1:5 | --all)
// Environment: BZ_KAFKA_BROKERS (+ BZ_KAFKA_SASL_*/BZ_KAFKA_TLS_*: the operators' principal, ops), and BZ_TOPIC_SUFFIX like the recorder's (side-by-side environments).
import { parseArgs } from "node:util";
import { env, kafkaConnection, loadConfigOrExit, withKafkaConnection } from "@bz/config";
import { partners } from "@bz/contracts";
import { countByReason, partnerTopics, readDeadLetters, replayDeadLetters } from "@bz/dead-letters";
import { errorCodes } from "@bz/errors";
import { createKafkaClientEventLog } from "@bz/event-log";
import { createLogger } from "@bz/observability";
import { SingleBar } from "cli-progress";

function fail(message: string): never {
  process.stderr.write(`bz-dead-letters: ${message}\n`);
  process.exit(2);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    partner: { type: "string" },
    reason: { type: "string" },
    offsets: { type: "string" },
    all: { type: "boolean", default: false },
  },
});
const command = positionals[0];
if (command !== "list" && command !== "replay")
  fail(`unknown command "${command ?? ""}"; use list or replay`);
const slugs = partners.map((p) => p.slug);
if (values.partner !== undefined && !slugs.includes(values.partner)) {
  fail(`unknown partner "${values.partner}"; expected one of ${slugs.join(", ")}`);
}
if (values.reason !== undefined && !Object.hasOwn(errorCodes, values.reason)) {
  fail(
    `unknown reason "${values.reason}"; expected a code from docs/errors.md, e.g. CONTRACT_UNKNOWN_FINGERPRINT`,
  );
}
const offsets = values.offsets?.split(",").map((pair) => {
  const match = /^(\d+):(\d+)$/.exec(pair.trim());
  if (match === null) fail(`bad offset "${pair}"; expected partition:offset, e.g. 0:12`);
  return `${match[1]}:${match[2]}`;
});
if (command === "replay" && values.partner === undefined) fail("replay needs --partner");
if (command === "replay" && values.reason === undefined && offsets === undefined && !values.all) {
  fail("replay needs --reason CODE, --offsets p:o[,p:o] or --all to say which dead letters to send back");
}

const config = loadConfigOrExit(
  withKafkaConnection({ BZ_KAFKA_CLIENT: env.kafkaClient(), BZ_TOPIC_SUFFIX: env.topicSuffix() }),
);
const logger = createLogger({ service: "dead-letters", level: "warn", destination: process.stderr as never });
const log = createKafkaClientEventLog(config.BZ_KAFKA_CLIENT, {
  ...kafkaConnection(config),
  clientId: "bz-dead-letters",
  logger,
});
try {
  const partnerId = partners.find((p) => p.slug === values.partner)?.id;
  const chosen = partnerTopics(config.BZ_TOPIC_SUFFIX).filter(
    (t) => partnerId === undefined || t.partner === partnerId,
  );
  for (const topic of chosen) {
    const letters = (await readDeadLetters(log, topic.deadLetterTopic)).filter(
      (letter) =>
        (values.reason === undefined || letter.reasonCode === values.reason) &&
        (offsets === undefined ||
          offsets.includes(`${letter.deadLetterPartition}:${letter.deadLetterOffset}`)),
    );
    if (command === "list") {
      process.stdout.write(`${topic.deadLetterTopic}: ${letters.length} dead letter(s)\n`);
      for (const [reason, count] of Object.entries(countByReason(letters))) {
        process.stdout.write(`  ${reason.padEnd(32)} ${count}\n`);
      }
      for (const letter of letters) {
        process.stdout.write(
          `  ${letter.deadLetterPartition}:${letter.deadLetterOffset}  ${letter.reasonCode}  from ${letter.originalTopic} ${letter.originalPartition}:${letter.originalOffset} at ${letter.failedAt}${letter.valueWithheld === null ? "" : ` [original ${letter.valueWithheld}, sha256 ${letter.originalSha256}]`}: ${letter.error}\n`,
        );
      }
    } else {
      // A letter without its original (a clear BSN was withheld, or it was truncated) cannot be replayed.
      const replayable = letters.filter((letter) => letter.valueWithheld === null);
      const bar = new SingleBar({ format: "replaying {bar} {value}/{total}" });
      if (process.stdout.isTTY) bar.start(replayable.length, 0);
      const sent = await replayDeadLetters(log, replayable, (done) => bar.update(done));
      bar.stop();
      process.stdout.write(`${topic.deadLetterTopic}: replayed ${sent} dead letter(s) to ${topic.topic}\n`);
      if (replayable.length < letters.length) {
        process.stdout.write(
          `${topic.deadLetterTopic}: ${letters.length - replayable.length} dead letter(s) hold no original (withheld or truncated); the partner must send those events again\n`,
        );
      }
    }
  }
} finally {
  await log.close();
}
