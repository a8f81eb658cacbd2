// The ops endpoints on the real Kafka broker (server mode's sources): offsets, lag, dead letters
// read back from a dead-letter topic, and a replay that needs a verified token with the OPS role.
// The sources are built from configuration as server mode builds them, connecting over SASL as the
// `ops` principal with the rights provisioning gives it; partners and the recorder write as themselves.
import { randomBytes } from "node:crypto";
import { createSigningKey, createTokenVerifier, type SigningKey } from "@bz/auth";
import { deadLetterHeaders } from "@bz/dead-letters";
import { createKafkaEventLog, type EventLog } from "@bz/event-log";
import { createSqlEventStore, type EventStore } from "@bz/event-store";
import type { HttpApp } from "@bz/http";
import { createPartnerSender, grantTestAccess } from "@bz/kafka-access/testing";
import { createLogger } from "@bz/observability";
import { buildQueryApi, type OpsStatus } from "@bz/query-api";
import { createPgliteClient, type SqlClient } from "@bz/sql";
import { kafkaConnectionAs, kafkaEnvAs } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverOpsConfig, serverOpsSources } from "./server-ops.ts";

const logger = createLogger({ service: "ops-test", level: "silent" });
const issuer = "bz-ops-test";
const audience = "bz-query-api";
let key: SigningKey;
let token: string;
let store: EventStore;
const suffix = `.o${randomBytes(3).toString("hex")}`;
const recorderGroup = `bz-recorder${suffix}`;
const topic = `care.envida.v1${suffix}`;
const deadLetterTopic = `${topic}.dlq`;
let log: EventLog;
let ops: { close(): Promise<void> } | undefined;
let sql: SqlClient;
let api: HttpApp;

beforeAll(async () => {
  await grantTestAccess({ topicSuffix: suffix, recorderGroup });
  log = createKafkaEventLog({ ...kafkaConnectionAs("admin"), clientId: "ops-test", logger });
  await log.createTopics([
    { name: topic, partitions: 2 },
    { name: deadLetterTopic, partitions: 2 },
  ]);
  const partner = createPartnerSender("ops-test");
  await partner.send(
    topic,
    Array.from({ length: 5 }, (_, i) => ({ key: `client-${i}`, value: Buffer.from(`record ${i}`) })),
  );
  await partner.close();
  // A dead letter as the recorder writes it: the original bytes plus why and where it failed.
  const recorderLog = createKafkaEventLog({ ...kafkaConnectionAs("recorder"), clientId: "ops-test", logger });
  const producer = await recorderLog.producer();
  await producer.send(deadLetterTopic, [
    {
      key: "client-9",
      value: Buffer.from("not avro"),
      headers: {
        [deadLetterHeaders.reasonCode]: "CONTRACT_BAD_MARKER",
        [deadLetterHeaders.error]: "The bytes start with 0x6e6f, not the Avro single-object marker",
        [deadLetterHeaders.originalTopic]: topic,
        [deadLetterHeaders.originalPartition]: "1",
        [deadLetterHeaders.originalOffset]: "7",
        [deadLetterHeaders.failedAt]: "2026-01-01T00:00:00.000Z",
      },
    },
  ]);
  await producer.close();
  await recorderLog.close();
  sql = await createPgliteClient();
  store = await createSqlEventStore(sql);
  key = await createSigningKey();
  token = await key.issue(
    { bz_kind: "staff", sub: "ops-1", bz_org: "ENVIDA", bz_roles: ["OPS"] },
    { issuer, audience },
  );
  const config = serverOpsConfig.parse({
    ...kafkaEnvAs("ops"),
    BZ_TOPIC_SUFFIX: suffix,
    BZ_RECORDER_GROUP: recorderGroup,
  });
  const server = serverOpsSources(config, sql, sql, logger);
  if (server === undefined) throw new Error("BZ_KAFKA_BROKERS was given: server mode has an ops page");
  ops = server;
  const opsLog = server.sources.offsets;
  api = await buildQueryApi({
    readModels: sql,
    store,
    auth: createTokenVerifier({ jwks: key.jwks, issuer, audience }),
    logger,
    ops: {
      ...server.sources,
      // One partner's topics, and the broker as the one component (no recorder runs here).
      topics: [{ partner: "ENVIDA", topic, deadLetterTopic }],
      eventStoreHead: async () => null,
      components: [{ name: "broker", ready: async () => (await opsLog.endOffsets(topic)).length === 2 }],
    },
  });
});
afterAll(async () => {
  await api?.close();
  await store?.close();
  await sql?.close();
  await ops?.close();
  await log?.close();
});

const status = async () =>
  (
    await api.inject({ url: "/v1/ops/status", headers: { authorization: `Bearer ${token}` } })
  ).json() as OpsStatus;
const replay = (authorization?: string) =>
  api.inject({
    method: "POST",
    url: "/v1/ops/dead-letters/replay",
    headers: authorization === undefined ? {} : { authorization },
    payload: { partner: "ENVIDA", reason: "CONTRACT_BAD_MARKER" },
  });

describe("ops endpoints on Kafka", () => {
  it("reports records, lag per partition and the dead letter with its reason, never its key or bytes", async () => {
    const response = await api.inject({
      url: "/v1/ops/status",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as OpsStatus;
    expect(body.partners).toEqual([
      expect.objectContaining({ partner: "ENVIDA", received: 5, recorded: 0, lag: 5, deadLetters: 1 }),
    ]);
    expect(body.partitions.map((p) => p.partition)).toEqual([0, 1]);
    expect(body.partitions.reduce((sum, p) => sum + p.lag, 0)).toBe(5);
    expect(body.deadLetters).toEqual([
      {
        partner: "ENVIDA",
        reason: "CONTRACT_BAD_MARKER",
        count: 1,
        samples: [
          expect.objectContaining({ originalTopic: topic, originalPartition: 1, originalOffset: "7" }),
        ],
      },
    ]);
    expect(response.body).not.toContain("client-9");
    expect(body.components).toEqual([{ name: "broker", status: "up" }]);
  });

  it("shows the status and its stream only to the OPS role: 401 without a token, 403 for a professional", async () => {
    const professional = await key.issue(
      { bz_kind: "staff", sub: "nurse-2", bz_org: "ENVIDA", bz_roles: ["PROFESSIONAL"] },
      { issuer, audience },
    );
    for (const url of ["/v1/ops/status", "/v1/ops/stream"]) {
      const missing = await api.inject({ url });
      expect(missing.statusCode).toBe(401);
      expect(missing.headers["content-type"]).toContain("application/problem+json");
      expect(missing.json().code).toBe("AUTH_MISSING_TOKEN");
      expect(missing.body).not.toContain("CONTRACT_BAD_MARKER");
      const forbidden = await api.inject({ url, headers: { authorization: `Bearer ${professional}` } });
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json().code).toBe("AUTH_FORBIDDEN");
    }
  });

  it("streams the status as server-sent events to the OPS role", async () => {
    const address = await api.listen({ port: 0, host: "127.0.0.1" });
    const controller = new AbortController();
    const response = await fetch(`${address}/v1/ops/stream`, {
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = "";
    while (!text.includes("\n\n")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text.startsWith("event: status\ndata: ")).toBe(true);
    const first = JSON.parse(text.slice("event: status\ndata: ".length, text.indexOf("\n\n"))) as OpsStatus;
    expect(first.partners[0]?.partner).toBe("ENVIDA");
  });

  it("refuses a replay without a token, with a forged one or without the OPS role, and sends nothing", async () => {
    const missing = await replay();
    expect(missing.statusCode).toBe(401);
    expect(missing.headers["content-type"]).toContain("application/problem+json");
    expect(missing.json().code).toBe("AUTH_MISSING_TOKEN");
    const forger = await createSigningKey();
    const forged = await forger.issue(
      { bz_kind: "staff", sub: "ops-1", bz_org: "ENVIDA", bz_roles: ["OPS"] },
      { issuer, audience },
    );
    const wrong = await replay(`Bearer ${forged}`);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe("AUTH_INVALID_TOKEN");
    const professional = await key.issue(
      { bz_kind: "staff", sub: "nurse-1", bz_org: "ENVIDA", bz_roles: ["PROFESSIONAL"] },
      { issuer, audience },
    );
    const forbidden = await replay(`Bearer ${professional}`);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe("AUTH_FORBIDDEN");
    expect((await status()).partners[0]?.received).toBe(5);
  });

  it("replays the chosen dead letter to its original topic with the credential", async () => {
    const response = await replay(`Bearer ${token}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ partner: "ENVIDA", replayed: 1 });
    const ends = await log.endOffsets(topic);
    expect(ends.reduce((sum, end) => sum + Number(end.offset), 0)).toBe(6);
  });

  it("names the field when the replay does not say which dead letters", async () => {
    const response = await api.inject({
      method: "POST",
      url: "/v1/ops/dead-letters/replay",
      headers: { authorization: `Bearer ${token}` },
      payload: { partner: "ENVIDA" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()["invalid-params"]).toEqual([
      { name: "body.reason", reason: "say which dead letters to replay: give reason or deadLetters" },
    ]);
  });
});
