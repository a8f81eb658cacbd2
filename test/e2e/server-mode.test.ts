// Server mode as operators run it: the gateway, recorder, projector and query API each in its own
// Node process, configured by environment variables, against the real broker and PostgreSQL.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSigningKey } from "@bz/auth";
import { hashApiKey } from "@bz/gateway";
import { grantTestAccess } from "@bz/kafka-access/testing";
import { sampleEventWithBsn } from "@bz/partner-sdk/testing";
import { createPseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import { partnerTopics } from "@bz/recorder";
import { createNamedTopics, freePort, kafkaEnvAs, uniqueName, useTestDatabase, waitFor } from "@bz/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { type ServiceProcess, startService } from "../support/service-process.ts";

const db = useTestDatabase();
const running: ServiceProcess[] = [];
afterAll(async () => {
  for (const service of running) await service.kill("SIGKILL");
});

function start(name: string, env: Record<string, string>): ServiceProcess {
  const service = startService(name, env);
  running.push(service);
  return service;
}

async function ready(url: string, service: ServiceProcess): Promise<void> {
  await waitFor(async () => (await fetch(`${url}/ready`)).status === 200, {
    what: `${url}/ready answering 200\n${service.output()}`,
    timeoutMs: 60_000,
  });
}

describe("server mode", () => {
  it("runs each service as its own process, from a gateway post to a timeline read, and stops cleanly", async () => {
    const apiKey = `bz_${randomBytes(16).toString("hex")}`;
    const pseudonymKeys = `k1=${randomBytes(32).toString("base64")}`;
    const suffix = `.${uniqueName("srv").slice(4)}`;
    const recorderGroup = uniqueName("srv-recorder");
    const common = {
      BZ_DATABASE_URL: db.url,
      BZ_TOPIC_SUFFIX: suffix,
      BZ_PARTITIONS: "3",
    };
    // As on an authenticated broker: `platform kafka provision` has made the topics and ACLs, and
    // each service logs in as its own principal over SASL (the gateway writes as gateway-trajekt).
    await grantTestAccess({ topicSuffix: suffix, recorderGroup });
    await createNamedTopics(
      partnerTopics(suffix).flatMap((t) => [t.topic, t.deadLetterTopic]),
      3,
    );
    const gatewayEnv = kafkaEnvAs("gateway-trajekt");
    const gatewayPort = await freePort();
    const queryPort = await freePort();
    const gateway = start("gateway", {
      ...common,
      ...gatewayEnv,
      BZ_GATEWAY_KAFKA_PASSWORDS: `trajekt=${gatewayEnv.BZ_KAFKA_SASL_PASSWORD}`,
      BZ_HTTP_PORT: String(gatewayPort),
      BZ_GATEWAY_API_KEYS: `trajekt=${hashApiKey(apiKey)}`,
      BZ_PSEUDONYM_KEYS: pseudonymKeys,
    });
    const recorder = start("recorder", {
      ...common,
      ...kafkaEnvAs("recorder"),
      BZ_RECORDER_GROUP: recorderGroup,
      BZ_PSEUDONYM_KEY_IDS: "k1",
    });
    const projector = start("projector", common);
    // The organisation's identity provider: a key made here, its public JWKS in a file.
    const key = await createSigningKey();
    const keyDir = mkdtempSync(join(tmpdir(), "bz-jwks-"));
    const jwksFile = join(keyDir, "jwks.json");
    writeFileSync(jwksFile, JSON.stringify(key.jwks));
    const queryApi = start("query-api", {
      BZ_READ_MODEL_URL: db.url,
      BZ_DATABASE_URL: db.url,
      BZ_HTTP_PORT: String(queryPort),
      BZ_AUTH_ISSUER: "https://id.example.test",
      BZ_AUTH_JWKS: jwksFile,
      // Its ops page reads lag and dead letters as the ops principal.
      ...kafkaEnvAs("ops"),
      BZ_TOPIC_SUFFIX: suffix,
      BZ_RECORDER_GROUP: recorderGroup,
    });
    const token = await key.issue(
      { bz_kind: "staff", sub: "prof-1", bz_org: "TRAJEKT", bz_roles: ["PROFESSIONAL"] },
      { issuer: "https://id.example.test", audience: "bz-query-api" },
    );
    const opsToken = await key.issue(
      { bz_kind: "staff", sub: "ops-1", bz_org: "TRAJEKT", bz_roles: ["OPS"] },
      { issuer: "https://id.example.test", audience: "bz-query-api" },
    );
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    const queryUrl = `http://127.0.0.1:${queryPort}`;
    await ready(gatewayUrl, gateway);

    const event = sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT" });
    const posted = await fetch(`${gatewayUrl}/v1/events`, {
      method: "POST",
      headers: { "x-api-key": apiKey, "content-type": "application/json" },
      body: JSON.stringify(event),
    });
    expect(posted.status).toBe(202);

    const keys = parsePseudonymKeys(pseudonymKeys);
    const subject = createPseudonymizer(keys.current, keys.older).pseudonymize(event.bsn);
    await waitFor(
      async () => {
        const response = await fetch(`${queryUrl}/v1/clients/${encodeURIComponent(subject)}/timeline`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (response.status !== 200) return false;
        return ((await response.json()) as { entries: { eventId: string }[] }).entries.some(
          (e) => e.eventId === event.eventId,
        );
      },
      {
        what: `the posted event in the timeline\n--- recorder\n${recorder.output()}\n--- projector\n${projector.output()}\n--- query-api\n${queryApi.output()}`,
        timeoutMs: 60_000,
      },
    );

    // The ops page, over SASL as `ops`: Trajekt's record received and recorded, nothing behind.
    await waitFor(
      async () => {
        const response = await fetch(`${queryUrl}/v1/ops/status`, {
          headers: { authorization: `Bearer ${opsToken}` },
        });
        if (response.status !== 200) return false;
        const status = (await response.json()) as {
          partners: { partner: string; received: number; recorded: number; lag: number }[];
        };
        const trajekt = status.partners.find((p) => p.partner === "TRAJEKT");
        return trajekt?.received === 1 && trajekt.recorded === 1 && trajekt.lag === 0;
      },
      { what: `the ops page showing Trajekt's record recorded\n--- query-api\n${queryApi.output()}` },
    );

    for (const service of [gateway, recorder, projector, queryApi]) {
      await service.kill("SIGTERM");
      expect(await service.exited, service.output()).toBe(0);
    }
    rmSync(keyDir, { recursive: true, force: true });
  });

  it("refuses to start on a bad variable, naming it, its value and what is expected", async () => {
    const gateway = start("gateway", {
      BZ_KAFKA_BROKERS: "localhost",
      BZ_HTTP_PORT: "eighty",
      BZ_GATEWAY_API_KEYS: "trajekt=abc",
      BZ_PSEUDONYM_KEYS: "k1=c2hvcnQ=",
    });
    expect(await gateway.exited).toBe(78);
    const output = gateway.output();
    expect(output).toContain('BZ_KAFKA_BROKERS is "localhost": expected host:port');
    expect(output).toContain('BZ_HTTP_PORT is "eighty": expected a port number');
    expect(output).toContain("BZ_GATEWAY_API_KEYS is set (value hidden)");
    expect(output).toContain("BZ_PSEUDONYM_KEYS is set (value hidden)");
    expect(output).not.toContain("c2hvcnQ=");
  });
});
