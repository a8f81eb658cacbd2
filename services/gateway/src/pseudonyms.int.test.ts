import { randomBytes, randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { decodeEvent } from "@bz/contracts";
import { isBzError } from "@bz/errors";
import { createKafkaEventLog, type EventLog } from "@bz/event-log";
import { buildGateway, hashApiKey, parseApiKeys } from "@bz/gateway";
import { grantTestAccess } from "@bz/kafka-access/testing";
import { createLogger } from "@bz/observability";
import { createPseudonymService } from "@bz/partner-sdk";
import { sampleEventWithBsn, testBsn } from "@bz/partner-sdk/testing";
import { createPseudonymizer } from "@bz/privacy";
import { createNamedTopics, kafkaConnectionAs, type TestPrincipal } from "@bz/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { keys, readTopic } from "./testing/gateway-harness.ts";

const lines: string[] = [];
const logger = createLogger({
  service: "gateway-test",
  level: "info",
  destination: new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  }),
});
const apiKeys = parseApiKeys(`trajekt=${hashApiKey(keys.trajekt)},envida=${hashApiKey(keys.envida)}`);
const pseudonymizer = createPseudonymizer({ id: "k1", secret: randomBytes(32) });
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const closing: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const item of closing.reverse()) await item.close();
});

describe("POST /v1/pseudonyms", async () => {
  let clock = 0;
  // Pseudonyms need no Kafka rights at all: the gateway's log is a principal without any.
  const log = createKafkaEventLog({
    ...kafkaConnectionAs("stranger"),
    clientId: "pseudonym-test",
    logger: silent,
  });
  const gateway = await buildGateway({
    log,
    apiKeys,
    pseudonymizer,
    logger,
    pseudonymLimits: { rate: 1, burst: 3 },
    now: () => clock,
  });
  closing.push(log, { close: () => gateway.stop() });
  const ask = (bsns: unknown, key: string | null = keys.trajekt) =>
    gateway.http.inject({
      method: "POST",
      url: "/v1/pseudonyms",
      headers: key === null ? {} : { authorization: `Bearer ${key}` },
      payload: { bsns } as object,
    });

  it("answers the platform's pseudonyms in request order and audit-logs who asked for how many, never the BSNs", async () => {
    const answer = await ask([testBsn, "123456782"]);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers["cache-control"]).toBe("no-store");
    expect(answer.json()).toEqual({
      keyId: "k1",
      pseudonyms: [pseudonymizer.pseudonymize(testBsn), pseudonymizer.pseudonymize("123456782")],
    });
    const audit = lines.map((line) => JSON.parse(line)).filter((entry) => entry.audit === "pseudonyms");
    expect(audit).toEqual([expect.objectContaining({ partner: "TRAJEKT", count: 2, keyId: "k1" })]);
    expect(lines.join("")).not.toContain(testBsn);
    expect(lines.join("")).not.toContain("123456782");
  });

  it("refuses without a key, and names each invalid BSN without echoing it, pseudonymising none", async () => {
    expect((await ask([testBsn], null)).statusCode).toBe(401);
    const bad = await ask([testBsn, "123456789"]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: "PRIVACY_INVALID_BSN",
      "invalid-params": [{ name: "body.bsns[1]", reason: expect.stringContaining("elfproef") }],
    });
    expect(bad.body).not.toContain("123456789");
  });

  it("limits each partner in BSNs per second with 429 and Retry-After; another partner is not affected", async () => {
    clock = 10_000; // the bucket refills to its burst of 3
    expect((await ask([testBsn, testBsn, testBsn])).statusCode).toBe(200);
    const limited = await ask([testBsn]);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: "PSEUDONYM_RATE_LIMITED" });
    expect(limited.headers["retry-after"]).toBe("1");
    expect((await ask([testBsn], keys.envida)).statusCode).toBe(200);
    clock += 1_000;
    expect((await ask([testBsn])).statusCode).toBe(200);
  });
  it("serves the partner SDK's cached client: one request per new BSN, the platform's codes on refusal", async () => {
    clock = 1_000_000; // a full bucket of 3
    const address = await gateway.http.listen({ host: "127.0.0.1", port: 0 });
    const service = createPseudonymService({ url: address, apiKey: keys.trajekt });
    const audited = () => lines.filter((line) => line.includes('"pseudonyms issued"')).length;
    const before = audited();
    const first = await service.lookup([testBsn, "123456782", testBsn]);
    expect(first.get(testBsn)).toBe(pseudonymizer.pseudonymize(testBsn));
    expect(service.keyId).toBe("k1");
    const again = await service.lookup([testBsn, "123456782"]);
    expect(again).toEqual(first);
    expect(audited()).toBe(before + 1); // the second lookup came from the cache
    const invalid = await service.lookup(["123456789"]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isBzError(invalid, "PRIVACY_INVALID_BSN")).toBe(true);
    // One of the bucket's 3 is left: two new BSNs are one too many.
    const limited = await service.lookup(["010000008", "100000009"]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isBzError(limited, "PSEUDONYM_RATE_LIMITED")).toBe(true);
    expect((limited as { retryable?: boolean }).retryable).toBe(true);
  });
});

describe("the gateway on the authenticated broker", () => {
  it("writes as the partner it authenticated: gateway-trajekt may write Trajekt's topic and nothing else", async () => {
    const suffix = `.g${randomBytes(3).toString("hex")}`;
    const topics = { TRAJEKT: `care.trajekt.v1${suffix}`, ENVIDA: `care.envida.v1${suffix}` };
    // The ACLs `platform kafka provision` gives this environment (packages/kafka-access).
    await grantTestAccess({ topicSuffix: suffix, recorderGroup: `bz-recorder${suffix}` });
    await createNamedTopics(Object.values(topics), 1);
    const logs = new Map<string, EventLog>();
    const logFor = (partner: string) => {
      const username: TestPrincipal = `gateway-${partner.toLowerCase()}`;
      let log = logs.get(partner);
      if (log === undefined) {
        log = createKafkaEventLog({
          ...kafkaConnectionAs(username),
          clientId: username,
          logger: silent,
          retries: 2,
        });
        logs.set(partner, log);
        closing.push(log);
      }
      return log;
    };
    // The gateway's own log is a principal without rights: it must not be the one that writes.
    const own = createKafkaEventLog({
      ...kafkaConnectionAs("stranger"),
      clientId: "gateway-own",
      logger: silent,
    });
    const gateway = await buildGateway({
      log: own,
      logFor,
      apiKeys,
      pseudonymizer,
      logger: createLogger({ service: "gateway-test", level: "silent" }),
      topicFor: (partner) => topics[partner as keyof typeof topics],
    });
    closing.push(own, { close: () => gateway.stop() });
    const event = sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT" });
    const posted = await gateway.http.inject({
      method: "POST",
      url: "/v1/events",
      headers: { authorization: `Bearer ${keys.trajekt}` },
      payload: event as object,
    });
    expect(posted.statusCode).toBe(202);
    const messages = await readTopic(topics.TRAJEKT, (m) => m.length >= 1);
    expect(decodeEvent(messages[0]?.value ?? Buffer.alloc(0)).eventId).toBe(event.eventId);
    expect(logs.has("TRAJEKT")).toBe(true);
    // Trajekt's gateway principal cannot reach Envida's topic, whatever the code around it does.
    const producer = await logFor("TRAJEKT").producer();
    const error = await producer.send(topics.ENVIDA, [{ key: randomUUID(), value: Buffer.from("x") }]).then(
      () => undefined,
      (e: unknown) => e,
    );
    await producer.close();
    expect(isBzError(error, "LOG_NOT_AUTHORIZED")).toBe(true);
  });
});
