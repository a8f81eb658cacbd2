// The recorder when the broker takes its right to read away while it runs: it must stop, say why
// and exit non-zero (a supervisor sees it; it does not run on looking healthy), and after the ACL is
// restored and it restarts, every event is recorded once: nothing lost, nothing twice.
import { createKafkaEventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import { createPartnerSender, grantTestAccess } from "@bz/kafka-access/testing";
import {
  createTestDatabase,
  kafkaConnectionAs,
  kafkaEnvAs,
  testKafka,
  uniqueName,
  waitFor,
} from "@bz/testkit";
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } from "kafkajs";
import { afterEach, describe, expect, it } from "vitest";
import { type ServiceProcess, startService } from "../support/service-process.ts";
import { caughtUp, expectExactlyOnce, faultTopics, keyId, mixedRecords } from "./fault-harness.ts";

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined);
});

describe("the recorder when its READ right is revoked at run time", () => {
  it("exits non-zero with a clear log line, and after the ACL is back and it restarts records each event once", async () => {
    const db = await createTestDatabase();
    cleanup.push(() => db.drop());
    const { topics, trajekt, suffix } = faultTopics();
    const groupId = uniqueName("revoked-recorder");
    await grantTestAccess({ topicSuffix: suffix, recorderGroup: groupId });
    const log = createKafkaEventLog({ ...kafkaConnectionAs("admin"), clientId: "revoked-test" });
    cleanup.push(() => log.close());
    await log.createTopics(
      topics.flatMap((t) => [
        { name: t.topic, partitions: 3 },
        { name: t.deadLetterTopic, partitions: 3 },
      ]),
    );
    const store = await createPostgresEventStore({ connectionString: db.url });
    await store.close();
    const partner = createPartnerSender("revoked-test");
    cleanup.push(() => partner.close());
    const { events, records, bad } = mixedRecords(7, 400, 20);
    const half = Math.floor(records.length / 2);
    const env = {
      ...kafkaEnvAs("recorder"),
      BZ_DATABASE_URL: db.url,
      BZ_TOPIC_SUFFIX: suffix,
      BZ_RECORDER_GROUP: groupId,
      BZ_PSEUDONYM_KEY_IDS: keyId,
      BZ_PARTITIONS: "3",
    };
    const running: ServiceProcess[] = [];
    cleanup.push(async () => {
      for (const service of running) await service.kill("SIGKILL");
    });

    const first = startService("recorder", env);
    running.push(first);
    await partner.send(trajekt.topic, records.slice(0, half));
    await waitFor(() => caughtUp(log, groupId, topics), {
      what: `the recorder committing the first half\n${first.output()}`,
      timeoutMs: 60_000,
    });

    // The operator (or an attacker with the admin's rights) takes the recorder's READ on Trajekt away.
    const readTrajekt = {
      resourceType: AclResourceTypes.TOPIC,
      resourceName: trajekt.topic,
      resourcePatternType: ResourcePatternTypes.LITERAL,
      principal: "User:recorder",
      host: "*",
      operation: AclOperationTypes.READ,
      permissionType: AclPermissionTypes.ALLOW,
    };
    const admin = testKafka("revoked-test-admin").admin();
    await admin.connect();
    try {
      await admin.deleteAcls({ filters: [readTrajekt] });
    } finally {
      await admin.disconnect();
    }
    await partner.send(trajekt.topic, records.slice(half));

    const code = await Promise.race([
      first.exited,
      new Promise<string>((resolve) => setTimeout(() => resolve("still running"), 60_000)),
    ]);
    expect(code, first.output()).toBe(77);
    const fatal = first
      .output()
      .split("\n")
      .filter((line) => line.includes('"level":60'));
    expect(fatal, first.output()).toHaveLength(1);
    expect(fatal[0]).toContain("LOG_NOT_AUTHORIZED");
    expect(fatal[0]).toContain("the recorder may no longer read its topics");
    expect(await caughtUp(log, groupId, topics)).toBe(false);

    // Provisioning puts the missing ACL back (and only it); the restarted recorder catches up.
    await grantTestAccess({ topicSuffix: suffix, recorderGroup: groupId });
    const second = startService("recorder", env);
    running.push(second);
    await waitFor(() => caughtUp(log, groupId, topics), {
      what: `the restarted recorder committing everything\n${second.output()}`,
      timeoutMs: 90_000,
    });
    await second.kill("SIGTERM");
    expect(await second.exited, second.output()).toBe(0);
    await expectExactlyOnce({ url: db.url, log, trajekt, events, bad });
  });
});
