import { spawn } from "node:child_process";
import { join } from "node:path";
import { type CareEvent, encodeEvent } from "@bz/contracts";
import { partnerTopics } from "@bz/dead-letters";
import { createKafkaEventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import { createPartnerSender, grantTestAccess } from "@bz/kafka-access/testing";
import { createLogger } from "@bz/observability";
import { createPseudonymizer } from "@bz/privacy";
import { buildRecorderService, careContracts, type RecorderContracts, readDeadLetters } from "@bz/recorder";
import { createCareSimulation } from "@bz/simulation";
import { kafkaConnectionAs, kafkaEnvAs, uniqueName, useTestDatabase, waitFor } from "@bz/testkit";
import { afterEach, describe, expect, it } from "vitest";

const db = useTestDatabase();
const logger = createLogger({ service: "dead-letter-cli-test", level: "silent" });
const cli = join(import.meta.dirname, "cli.ts");
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

/** Runs bz-dead-letters as its own process, as an operator would. */
function runCli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The catalogue as an older deployment saw it: Trajekt not yet allowed to publish ContactDelivered. */
const beforeTheFix: RecorderContracts = {
  ...careContracts,
  mayPublish: (partner, eventType) =>
    !(partner === "TRAJEKT" && eventType === "ContactDelivered") &&
    careContracts.mayPublish(partner, eventType),
};

describe("bz-dead-letters CLI against the real broker", () => {
  it("lists dead letters per reason and replays the chosen ones after a fix, each recorded once", async () => {
    const suffix = `.${uniqueName("d").slice(2)}`;
    const topics = partnerTopics(suffix);
    const trajekt = topics.find((t) => t.partner === "TRAJEKT");
    if (trajekt === undefined) throw new Error("no Trajekt topic");
    const groupId = uniqueName("bz-recorder");
    // Each as in production: the recorder as `recorder`, Trajekt as itself, the CLI as `ops`, with the
    // rights provisioning gives this environment; `log` (admin) only watches.
    await grantTestAccess({ topicSuffix: suffix, recorderGroup: groupId });
    const env = { ...kafkaEnvAs("ops"), BZ_TOPIC_SUFFIX: suffix, BZ_RECORDER_GROUP: groupId };
    const log = createKafkaEventLog({ ...kafkaConnectionAs("admin"), clientId: "dead-letter-cli-test" });
    const recorderLog = createKafkaEventLog({
      ...kafkaConnectionAs("recorder"),
      clientId: "dead-letter-cli-rec",
    });
    const store = await createPostgresEventStore({ connectionString: db.url });
    cleanup.push(async () => {
      await recorderLog.close();
      await log.close();
      await store.close();
    });
    const deps = { log: recorderLog, store, topics, groupId, logger, partitions: 2, pseudonymKeyIds: ["t"] };

    const pseudonymizer = createPseudonymizer({ id: "t", secret: Buffer.alloc(32, 5) });
    const simulation = createCareSimulation({
      seed: 5,
      clients: 10,
      pseudonymize: pseudonymizer.pseudonymize,
    });
    const at = new Date("2026-11-02T10:00:00.000Z");
    const contacts: CareEvent[] = [];
    while (contacts.length < 3) {
      const event = simulation.nextEvent(at, "TRAJEKT");
      if (event.eventType === "ContactDelivered") contacts.push(event);
    }
    const valid = encodeEvent(contacts[0] as CareEvent);
    const unknownFingerprint = Buffer.concat([
      valid.subarray(0, 2),
      Buffer.alloc(8, 0xab),
      valid.subarray(10),
    ]);

    // An older recorder refuses the contacts; an unknown fingerprint is refused by any recorder.
    const older = await buildRecorderService({ ...deps, contracts: beforeTheFix });
    const producer = createPartnerSender("dead-letter-cli-test");
    await producer.send(trajekt.topic, [
      ...contacts.map((event) => ({ key: event.subject, value: encodeEvent(event) })),
      { key: "t:other", value: unknownFingerprint },
    ]);
    await producer.close();
    // End offsets count Kafka's transaction markers too: count the letters themselves.
    await waitFor(async () => (await readDeadLetters(log, trajekt.deadLetterTopic)).length >= 4, {
      what: "four dead letters on the Trajekt dead-letter topic",
    });
    await older.stop();

    const listed = await runCli(["list", "--partner", "trajekt"], env);
    expect(listed.stderr).toBe("");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${trajekt.deadLetterTopic}: 4 dead letter(s)`);
    expect(listed.stdout).toMatch(/INGEST_FORBIDDEN_TYPE\s+3\n/);
    expect(listed.stdout).toMatch(/CONTRACT_UNKNOWN_FINGERPRINT\s+1\n/);
    expect(listed.stdout).toContain(`from ${trajekt.topic}`);

    // The fix is deployed: the current recorder takes over the group, then the operator replays.
    const fixed = await buildRecorderService(deps);
    cleanup.push(() => fixed.stop());
    const replayed = await runCli(
      ["replay", "--partner", "trajekt", "--reason", "INGEST_FORBIDDEN_TYPE"],
      env,
    );
    expect(replayed.code).toBe(0);
    expect(replayed.stdout).toContain(`replayed 3 dead letter(s) to ${trajekt.topic}`);
    const ids = new Set(contacts.map((event) => event.eventId));
    const recorded = async () => (await store.readAll({ maxCount: 1000 })).filter((e) => ids.has(e.eventId));
    await waitFor(async () => (await recorded()).length === 3, {
      what: "the three replayed contacts recorded",
    });

    // A second replay of the same letters (an operator repeating the command) adds nothing.
    const again = await runCli(["replay", "--partner", "trajekt", "--reason", "INGEST_FORBIDDEN_TYPE"], env);
    expect(again.code).toBe(0);
    const caughtUp = async () => {
      const committed = await log.committedOffsets(groupId, trajekt.topic);
      return (await log.endOffsets(trajekt.topic)).every(
        (end) =>
          end.offset === "0" || committed.find((c) => c.partition === end.partition)?.offset === end.offset,
      );
    };
    await waitFor(caughtUp, { what: "the recorder committing the second replay on every Trajekt partition" });
    expect(await recorded()).toHaveLength(3);
  });

  it("names the bad value when given an unknown partner, reason or offset", async () => {
    const env = kafkaEnvAs("ops");
    const partner = await runCli(["list", "--partner", "acme"], env);
    expect(partner.code).toBe(2);
    expect(partner.stderr).toContain('unknown partner "acme"');
    const reason = await runCli(["replay", "--partner", "envida", "--reason", "NOPE"], env);
    expect(reason.code).toBe(2);
    expect(reason.stderr).toContain('unknown reason "NOPE"');
    const offsets = await runCli(["replay", "--partner", "envida", "--offsets", "0-12"], env);
    expect(offsets.code).toBe(2);
    expect(offsets.stderr).toContain('bad offset "0-12"');
    const broker = await runCli(["list"], { BZ_KAFKA_BROKERS: "not a broker" });
    expect(broker.code).not.toBe(0);
    expect(broker.stderr).toContain("BZ_KAFKA_BROKERS");
  });
});
