// The pipeline on the authenticated broker (ADR 0040): topics and ACLs from `platform kafka
// provision`, a partner's SDK publishing as `partner-trajekt` over SASL_SSL, the recorder reading as
// `recorder` over SASL, and the event in the client's timeline over HTTP.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
import { createKafkaEventLog } from "@bz/event-log";
import { createPartnerPublisher } from "@bz/partner-sdk";
import { sampleEventWithBsn } from "@bz/partner-sdk/testing";
import { createPseudonymizer } from "@bz/privacy";
import { kafkaSaslAccess, useTestDatabase, waitFor } from "@bz/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { startServerPipeline } from "./server-pipeline.ts";

const run = promisify(execFile);
const db = useTestDatabase();
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});
const silent = { debug() {}, info() {}, warn() {}, error() {} };

describe("the pipeline over SASL", () => {
  it("a partner publishes as itself over TLS, the recorder records as itself, the timeline shows it", async () => {
    const sasl = kafkaSaslAccess();
    const suffix = `.a${randomBytes(3).toString("hex")}`;
    const groupId = `bz-recorder${suffix}`;
    const cli = join(import.meta.dirname, "..", "..", "services", "platform", "src", "cli.ts");
    const provisioned = await run(process.execPath, [cli, "kafka", "provision"], {
      env: {
        ...process.env,
        BZ_KAFKA_BROKERS: sasl.brokers,
        BZ_KAFKA_SASL_USERNAME: "admin",
        BZ_KAFKA_SASL_PASSWORD: sasl.passwords.admin ?? "",
        BZ_TOPIC_SUFFIX: suffix,
        BZ_PARTITIONS: "2",
        BZ_RECORDER_GROUP: groupId,
      },
    });
    expect(provisioned.stdout).toContain(`+ acl User:recorder READ group ${groupId}`);
    const recorderLog = createKafkaEventLog({
      brokers: [sasl.brokers],
      clientId: "e2e-recorder-sasl",
      sasl: { mechanism: "scram-sha-512", username: "recorder", password: sasl.passwords.recorder ?? "" },
      logger: silent,
    });
    cleanup.push(() => recorderLog.close());
    const pipeline = await startServerPipeline(db.url, {
      recorder: { log: recorderLog, groupId, topicSuffix: suffix },
    });
    cleanup.push(() => pipeline.stop());

    const pseudonymizer = createPseudonymizer({ id: "k1", secret: randomBytes(32) });
    const sdk = createPartnerPublisher({
      partner: "TRAJEKT",
      brokers: [sasl.tlsBrokers],
      sasl: {
        mechanism: "scram-sha-512",
        username: "partner-trajekt",
        password: sasl.passwords["partner-trajekt"] ?? "",
      },
      tls: { ca: [sasl.ca] },
      topic: pipeline.topicOf("TRAJEKT"),
      pseudonymizer,
      logger: silent,
    });
    cleanup.push(() => sdk.close());
    const event = sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT" });
    await sdk.publish(event);
    // The same principal may not publish onto another partner's topic.
    const other = createPartnerPublisher({
      partner: "TRAJEKT",
      brokers: [sasl.tlsBrokers],
      sasl: {
        mechanism: "scram-sha-512",
        username: "partner-trajekt",
        password: sasl.passwords["partner-trajekt"] ?? "",
      },
      tls: { ca: [sasl.ca] },
      topic: pipeline.topicOf("ENVIDA"),
      pseudonymizer,
      logger: silent,
      retries: 1,
    });
    cleanup.push(() => other.close());
    await expect(
      other.publish(sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT" })),
    ).rejects.toMatchObject({
      code: "LOG_NOT_AUTHORIZED",
    });

    const address = await pipeline.api.listen({ host: "127.0.0.1", port: 0 });
    const subject = pseudonymizer.pseudonymize(event.bsn);
    const entries = await waitFor(
      async () => {
        const response = await fetch(`${address}/v1/clients/${encodeURIComponent(subject)}/timeline`, {
          headers: { authorization: `Bearer ${await pipeline.tokens.staff("TRAJEKT", "trajekt-7")}` },
        });
        const json = (await response.json()) as { entries: { eventId: string }[] };
        return json.entries.length > 0 ? json.entries : undefined;
      },
      { what: "the event recorded by the authenticated recorder in the timeline" },
    );
    expect(entries.map((e) => e.eventId)).toEqual([event.eventId]);
  });
});
