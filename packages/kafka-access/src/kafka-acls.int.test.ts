import { randomBytes, randomUUID } from "node:crypto";
import { partners } from "@bz/contracts";
import { isBzError } from "@bz/errors";
import { createKafkaEventLog, type EventLog, type KafkaSasl, type LogRecord } from "@bz/event-log";
import { describeChanges, planAccess, provisionKafka } from "@bz/kafka-access";
import { kafkaSaslAccess, waitFor } from "@bz/testkit";
import { afterAll, describe, expect, it } from "vitest";

// A topic suffix of this file's own: provisioning creates every partner's topics and ACLs for it.
const suffix = `.t${randomBytes(3).toString("hex")}`;
const recorderGroup = `bz-recorder${suffix}`;
const options = { partitions: 2, recorderGroup, topicSuffix: suffix };
const sasl = kafkaSaslAccess();
const as = (username: string, password = sasl.passwords[username] ?? ""): KafkaSasl => ({
  mechanism: "scram-sha-512",
  username,
  password,
});
const admin = { brokers: [sasl.brokers], sasl: as("admin") };
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const logs: EventLog[] = [];
/** An event log authenticated as `username` over SASL_PLAINTEXT (or SASL_SSL with `tls`). */
function logAs(username: string, extra: { tls?: boolean; password?: string } = {}): EventLog {
  const log = createKafkaEventLog({
    brokers: [extra.tls === true ? sasl.tlsBrokers : sasl.brokers],
    clientId: `acl-test-${username}`,
    sasl: as(username, extra.password),
    ...(extra.tls === true ? { tls: { ca: [sasl.ca] } } : {}),
    logger: silent,
    retries: 2,
  });
  logs.push(log);
  return log;
}
afterAll(async () => {
  await Promise.all(logs.map((log) => log.close()));
});

const topic = (slug: string) => `care.${slug}.v1${suffix}`;
const record = () => ({ key: randomUUID(), value: Buffer.from(randomUUID()) });
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("platform kafka provision", () => {
  it("creates every catalogue partner's topics and ACLs once; the second run changes nothing", async () => {
    const plan = planAccess(partners, options);
    const first = await provisionKafka(admin, plan, options);
    expect(first.changes.createTopics).toHaveLength(partners.length * 2);
    // Every ACL naming this file's topics or group is new; the few that name no suffix (the ops
    // principal's throw-away reader groups) may exist already: other tests share the run's broker.
    const own = plan.acls.filter((acl) => acl.resourceName.includes(suffix));
    expect(own.length).toBeGreaterThan(partners.length * 2);
    expect(first.changes.createAcls).toEqual(expect.arrayContaining(own));
    for (const acl of first.changes.createAcls) expect(plan.acls).toContainEqual(acl);
    expect(describeChanges(first.changes, false)).toContain(`+ topic ${topic("trajekt")} (2 partitions)`);
    const second = await provisionKafka(admin, plan, options);
    expect(describeChanges(second.changes, false)).toEqual([]);
  });

  it("refuses a principal that is not a super user", async () => {
    const plan = planAccess(partners, options);
    const error = await errorOf(provisionKafka({ ...admin, sasl: as("partner-trajekt") }, plan, options));
    expect(isBzError(error, "LOG_NOT_AUTHORIZED")).toBe(true);
  });
});

describe("what each principal may do on the real broker", () => {
  it("a partner writes its own topic with the idempotent producer, over SASL and over TLS", async () => {
    for (const tls of [false, true]) {
      const producer = await logAs("partner-trajekt", { tls }).producer();
      await producer.send(topic("trajekt"), [record(), record()]);
      await producer.close();
    }
    const ends = await logAs("admin").endOffsets(topic("trajekt"));
    expect(ends.reduce((sum, e) => sum + Number(e.offset), 0)).toBeGreaterThanOrEqual(4);
  });

  it("a partner cannot write another partner's topic, nor the recorder's dead letters", async () => {
    const producer = await logAs("partner-trajekt").producer();
    for (const target of [topic("radar"), `${topic("trajekt")}.dlq`]) {
      const error = await errorOf(producer.send(target, [record()]));
      expect(isBzError(error, "LOG_NOT_AUTHORIZED")).toBe(true);
      expect((error as { details?: unknown }).details).toEqual({ reason: "TOPIC_AUTHORIZATION_FAILED" });
    }
    await producer.close();
  });

  it("a partner cannot join the recorder's group", async () => {
    const error = await errorOf(
      logAs("partner-trajekt").consume({
        groupId: recorderGroup,
        topics: [topic("trajekt")],
        handleBatch: async () => undefined,
      }),
    );
    expect(isBzError(error, "LOG_NOT_AUTHORIZED")).toBe(true);
    expect((error as { details?: unknown }).details).toEqual({ reason: "GROUP_AUTHORIZATION_FAILED" });
  });

  it("a partner cannot read any topic, its own included, even in a group it may use", async () => {
    // A group of its own, granted here only so that the read itself is what gets refused.
    const group = `partner-probe${suffix}`;
    const { Kafka, AclResourceTypes, ResourcePatternTypes, AclOperationTypes, AclPermissionTypes } =
      await import("kafkajs");
    const kafkaAdmin = new Kafka({
      brokers: [sasl.brokers],
      sasl: { mechanism: "scram-sha-512", username: "admin", password: sasl.passwords.admin ?? "" },
    }).admin();
    await kafkaAdmin.connect();
    await kafkaAdmin.createAcls({
      acl: [
        {
          resourceType: AclResourceTypes.GROUP,
          resourceName: group,
          resourcePatternType: ResourcePatternTypes.LITERAL,
          principal: "User:partner-trajekt",
          host: "*",
          operation: AclOperationTypes.READ,
          permissionType: AclPermissionTypes.ALLOW,
        },
      ],
    });
    await kafkaAdmin.disconnect();
    // Its own topic it may describe, so the refusal comes with the first fetch (onFailure);
    // another's it may not even describe, so joining already fails.
    const failures: unknown[] = [];
    const handled: LogRecord[] = [];
    const consumer = await logAs("partner-trajekt").consume({
      groupId: group,
      topics: [topic("trajekt")],
      handleBatch: async (batch) => void handled.push(...batch.records),
      onFailure: (error) => failures.push(error),
    });
    await waitFor(() => failures.length > 0, { what: "the partner's read of its own topic refused" });
    await consumer.stop();
    expect(handled).toEqual([]);
    expect(isBzError(failures[0], "LOG_NOT_AUTHORIZED")).toBe(true);
    const error = await errorOf(
      logAs("partner-trajekt").consume({
        groupId: group,
        topics: [topic("radar")],
        handleBatch: async () => undefined,
      }),
    );
    expect(isBzError(error, "LOG_NOT_AUTHORIZED")).toBe(true);
    expect((error as { details?: unknown }).details).toEqual({ reason: "TOPIC_AUTHORIZATION_FAILED" });
  });

  it("the recorder reads partner topics in its group and writes dead letters; another group is refused", async () => {
    const producer = await logAs("partner-radar").producer();
    const sent = [record(), record(), record()];
    await producer.send(topic("radar"), sent);
    await producer.close();
    const recorder = logAs("recorder");
    const seen: LogRecord[] = [];
    // Each batch's dead letter goes out in one transaction with the batch's offsets, as the
    // recorder's do: this needs its transactional ids (`<group>-<uuid>`) as well as the topics.
    const consumer = await recorder.consume({
      groupId: recorderGroup,
      topics: [topic("radar"), topic("trajekt")],
      handleBatch: async (batch) => {
        seen.push(...batch.records);
        return { produce: [{ topic: `${batch.topic}.dlq`, records: [record()] }] };
      },
    });
    await waitFor(() => sent.every((s) => seen.some((r) => r.key === s.key)), {
      what: "radar's records read",
    });
    const ops = logAs("admin");
    await waitFor(
      async () => {
        const ends = await ops.endOffsets(topic("radar"));
        const committed = await ops.committedOffsets(recorderGroup, topic("radar"));
        return ends.every(
          (e) =>
            e.offset === "0" || committed.some((c) => c.offset === e.offset && c.partition === e.partition),
        );
      },
      { what: "the recorder's transactional commit of radar's batches with their dead letters" },
    );
    await consumer.stop();
    const letters = await ops.endOffsets(`${topic("radar")}.dlq`);
    expect(letters.some((e) => e.offset !== "0")).toBe(true);
    const error = await errorOf(
      recorder.consume({
        groupId: `other${suffix}`,
        topics: [topic("radar")],
        handleBatch: async () => undefined,
      }),
    );
    expect(isBzError(error, "LOG_NOT_AUTHORIZED")).toBe(true);
  });

  it("a wrong password fails authentication with a clear code", async () => {
    const error = await errorOf(logAs("partner-trajekt", { password: "not-the-password" }).producer());
    expect(isBzError(error, "LOG_AUTHENTICATION_FAILED")).toBe(true);
  });
});
