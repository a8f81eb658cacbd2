// Server mode on either event store, chosen by BZ_EVENT_STORE: gateway → Kafka → recorder → store →
// projector → query API, each its own process. The same test runs on PostgreSQL (always) and on
// EventStoreDB/KurrentDB where the run has one (EVENTSTORE_URL or the container the testkit starts on
// a Docker host); without one, its tests are registered as skipped under one reason.
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSigningKey } from "@bz/auth";
import { openEventStore } from "@bz/event-store";
import { hashApiKey } from "@bz/gateway";
import { grantTestAccess } from "@bz/kafka-access/testing";
import { sampleEventWithBsn } from "@bz/partner-sdk/testing";
import { createPseudonymizer, parsePseudonymKeys } from "@bz/privacy";
import { partnerTopics } from "@bz/recorder";
import {
  createNamedTopics,
  eventStoreDbTarget,
  freePort,
  kafkaEnvAs,
  uniqueName,
  useTestDatabase,
  waitFor,
} from "@bz/testkit";
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
  await waitFor(async () => (await fetch(`${url}/ready`).catch(() => undefined))?.status === 200, {
    what: `${url}/ready answering 200\n${service.output()}`,
    timeoutMs: 60_000,
  });
}

interface StoreUnderTest {
  name: string;
  skipReason: string | undefined;
  /** The recorder's and projector's store variables; the projector's read models are `readModels`. */
  env(readModels: string): { recorder: Record<string, string>; projector: Record<string, string> };
  selection(readModels: string): { kind: "postgres" | "eventstoredb"; connectionString: string };
}

const esdb = eventStoreDbTarget();
const stores: StoreUnderTest[] = [
  {
    name: "PostgreSQL",
    skipReason: undefined,
    env: (url) => ({
      recorder: { BZ_EVENT_STORE: "postgres", BZ_DATABASE_URL: url },
      projector: { BZ_EVENT_STORE: "postgres", BZ_DATABASE_URL: url },
    }),
    selection: (url) => ({ kind: "postgres", connectionString: url }),
  },
  {
    name: "EventStoreDB",
    skipReason: esdb.skipReason,
    env: (url) => ({
      // No PostgreSQL for the recorder at all: it records into EventStoreDB only.
      recorder: { BZ_EVENT_STORE: "eventstoredb", BZ_EVENTSTORE_URL: esdb.url ?? "" },
      projector: {
        BZ_EVENT_STORE: "eventstoredb",
        BZ_EVENTSTORE_URL: esdb.url ?? "",
        BZ_READ_MODEL_URL: url,
      },
    }),
    selection: () => ({ kind: "eventstoredb", connectionString: esdb.url ?? "" }),
  },
];

for (const store of stores) {
  const suite = store.skipReason === undefined ? describe : describe.skip;
  const title =
    store.skipReason === undefined
      ? `server mode on ${store.name}`
      : `server mode on ${store.name} (skipped: ${store.skipReason})`;
  suite(title, () => {
    it("records a posted event into the chosen store, projects it once, and resumes from the checkpoint after a SIGKILL", async () => {
      const apiKey = `bz_${randomBytes(16).toString("hex")}`;
      const pseudonymKeys = `k1=${randomBytes(32).toString("base64")}`;
      const suffix = `.${uniqueName("es").slice(3)}`;
      const recorderGroup = uniqueName("es-recorder");
      const kafka = { BZ_TOPIC_SUFFIX: suffix, BZ_PARTITIONS: "3" };
      // As on an authenticated broker: topics and ACLs provisioned, each service its own principal.
      await grantTestAccess({ topicSuffix: suffix, recorderGroup });
      await createNamedTopics(
        partnerTopics(suffix).flatMap((t) => [t.topic, t.deadLetterTopic]),
        3,
      );
      const gatewayKafka = kafkaEnvAs("gateway-trajekt");
      const storeEnv = store.env(db.url);
      const gatewayPort = await freePort();
      const queryPort = await freePort();
      const projectorPort = await freePort();
      const gateway = start("gateway", {
        ...kafka,
        ...gatewayKafka,
        BZ_GATEWAY_KAFKA_PASSWORDS: `trajekt=${gatewayKafka.BZ_KAFKA_SASL_PASSWORD}`,
        BZ_HTTP_PORT: String(gatewayPort),
        BZ_GATEWAY_API_KEYS: `trajekt=${hashApiKey(apiKey)}`,
        BZ_PSEUDONYM_KEYS: pseudonymKeys,
      });
      const recorder = start("recorder", {
        ...kafka,
        ...kafkaEnvAs("recorder"),
        ...storeEnv.recorder,
        BZ_RECORDER_GROUP: recorderGroup,
        BZ_PSEUDONYM_KEY_IDS: "k1",
      });
      const projectorEnv = { ...storeEnv.projector, BZ_HTTP_PORT: String(projectorPort) };
      let projector = start("projector", projectorEnv);
      // Who reads is a Trajekt professional with a token signed by a key of this test.
      const key = await createSigningKey();
      const jwksFile = join(mkdtempSync(join(tmpdir(), "bz-jwks-")), "jwks.json");
      writeFileSync(jwksFile, JSON.stringify(key.jwks));
      const token = await key.issue(
        { bz_kind: "staff", sub: "prof-1", bz_org: "TRAJEKT", bz_roles: ["PROFESSIONAL"] },
        { issuer: "https://id.example.test", audience: "bz-query-api" },
      );
      const queryApi = start("query-api", {
        BZ_READ_MODEL_URL: db.url,
        BZ_HTTP_PORT: String(queryPort),
        BZ_AUTH_ISSUER: "https://id.example.test",
        BZ_AUTH_JWKS: jwksFile,
      });
      const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
      const queryUrl = `http://127.0.0.1:${queryPort}`;
      await ready(gatewayUrl, gateway);

      const keys = parsePseudonymKeys(pseudonymKeys);
      const post = async () => {
        const event = sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT" });
        const posted = await fetch(`${gatewayUrl}/v1/events`, {
          method: "POST",
          headers: { "x-api-key": apiKey, "content-type": "application/json" },
          body: JSON.stringify(event),
        });
        expect(posted.status).toBe(202);
        return event;
      };
      const first = await post();
      const subject = createPseudonymizer(keys.current, keys.older).pseudonymize(first.bsn);
      const timeline = async (): Promise<string[]> => {
        const response = await fetch(`${queryUrl}/v1/clients/${encodeURIComponent(subject)}/timeline`, {
          headers: { authorization: `Bearer ${token}` },
        }).catch(() => undefined);
        if (response?.status !== 200) return [];
        return ((await response.json()) as { entries: { eventId: string }[] }).entries.map((e) => e.eventId);
      };
      const logs = () =>
        `--- recorder\n${recorder.output()}\n--- projector\n${projector.output()}\n--- query-api\n${queryApi.output()}`;
      await waitFor(async () => (await timeline()).includes(first.eventId), {
        what: `the first event in the timeline\n${logs()}`,
        timeoutMs: 60_000,
      });

      // Kill the projector mid-life; the next event is recorded while it is down, then projected
      // once it is back, from the checkpoint it keeps in the read-model database.
      await projector.kill("SIGKILL");
      const second = await post();
      projector = start("projector", projectorEnv);
      await waitFor(async () => (await timeline()).includes(second.eventId), {
        what: `the second event in the timeline after the projector restarted\n${logs()}`,
        timeoutMs: 60_000,
      });
      expect((await timeline()).sort()).toEqual([first.eventId, second.eventId].sort());

      // The events are in the chosen store, in the subject's stream, once each.
      const opened = await openEventStore(store.selection(db.url));
      try {
        const stream = await opened.readStream(`client-${subject}`);
        expect(stream.map((e) => e.eventId)).toEqual([first.eventId, second.eventId]);
      } finally {
        await opened.close();
      }

      for (const service of [gateway, recorder, projector, queryApi]) {
        await service.kill("SIGTERM");
        expect(await service.exited, service.output()).toBe(0);
      }
    });
  });
}

describe("choosing the event store", () => {
  it("stops the recorder and the projector at start on an unknown BZ_EVENT_STORE, naming it", async () => {
    for (const name of ["recorder", "projector"]) {
      const service = start(name, {
        BZ_KAFKA_BROKERS: "127.0.0.1:9",
        BZ_EVENT_STORE: "cassandra",
        BZ_DATABASE_URL: "postgres://127.0.0.1:9/none",
      });
      expect(await service.exited, service.output()).toBe(78);
      expect(service.output()).toContain('BZ_EVENT_STORE is "cassandra": expected postgres or eventstoredb');
    }
  });
});
