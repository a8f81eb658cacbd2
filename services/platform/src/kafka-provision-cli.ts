// `platform kafka provision [--prune]`: loaded by cli.ts for the kafka group.
//   node services/platform/src/cli.ts kafka provision [--prune]
// Creates every catalogue partner's topics and the ACLs of its principals (ADR 0041), idempotently,
// and prints what it changed. Environment: BZ_KAFKA_BROKERS with BZ_KAFKA_SASL_* / BZ_KAFKA_TLS_* of a
// super user (admin), BZ_TOPIC_SUFFIX, BZ_PARTITIONS (6), BZ_RECORDER_GROUP (bz-recorder).
import { parseArgs } from "node:util";
import { env, kafkaConnection, loadConfigOrExit, withKafkaConnection } from "@bz/config";
import { partners } from "@bz/contracts";
import { describeChanges, planAccess, plannedUsers, provisionKafka } from "@bz/kafka-access";
import { z } from "zod";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { prune: { type: "boolean", default: false } },
});
if (positionals[0] !== "kafka" || positionals[1] !== "provision") {
  process.stderr.write("usage: platform kafka provision [--prune]\n");
  process.exit(2);
}
const config = loadConfigOrExit(
  withKafkaConnection({
    BZ_TOPIC_SUFFIX: env.topicSuffix(),
    BZ_PARTITIONS: env.positiveInt(6),
    BZ_RECORDER_GROUP: z.string().min(1).default("bz-recorder"),
  }),
);
const options = {
  partitions: config.BZ_PARTITIONS,
  recorderGroup: config.BZ_RECORDER_GROUP,
  topicSuffix: config.BZ_TOPIC_SUFFIX,
  prune: values.prune,
};
const plan = planAccess(partners, options);
try {
  const { changes, pruned } = await provisionKafka(kafkaConnection(config), plan, options);
  const lines = describeChanges(changes, pruned);
  for (const line of lines) process.stdout.write(`${line}\n`);
  const made =
    changes.createTopics.length + changes.createAcls.length + (pruned ? changes.staleAcls.length : 0);
  process.stdout.write(
    made === 0
      ? `nothing to change: ${plan.topics.length} topics and ${plan.acls.length} ACLs of ${partners.length} partners in place\n`
      : `${made} change(s) made\n`,
  );
  process.stdout.write(
    `principals (each needs a SCRAM-SHA-512 credential; see docs/operations.md): ${plannedUsers(plan).join(", ")}\n`,
  );
} catch (error) {
  // The platform's typed errors (BzError) carry a stable code; anything else is unexpected.
  const code = (error as { code?: unknown }).code;
  if (error instanceof Error && typeof code === "string") {
    process.stderr.write(`platform kafka provision: ${code}: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
