import { type CareEvent, decodeEvent } from "@bz/contracts";
import type { CareEventWithBsn } from "@bz/partner-sdk";
import { sampleEventWithBsn, testBsn } from "@bz/partner-sdk/testing";
import type { KafkaMessage } from "kafkajs";
import { afterAll, describe, expect, it } from "vitest";
import { keys, readTopic, startTestGateway } from "./testing/gateway-harness.ts";

const harness = await startTestGateway({ bodyLimit: 256 * 1024, maxBatchEvents: 20 });
afterAll(() => harness.stop());
const { http } = harness.gateway;

const trajekt = (overrides: Record<string, unknown> = {}) =>
  sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT", ...overrides });
const post = (
  payload: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${keys.trajekt}` },
) => http.inject({ method: "POST", url: "/v1/events", headers, payload: payload as object });
const decoded = (messages: KafkaMessage[]) =>
  messages.map((m) => ({ key: m.key?.toString(), event: decodeEvent(m.value ?? Buffer.alloc(0)) }));
/** Reads the topic until every id arrived; returns what is there. */
const readUntil = async (topic: string, ids: string[]) =>
  decoded(
    await readTopic(topic, (messages) => {
      const seen = new Set(decoded(messages).map((d) => d.event.eventId));
      return ids.every((id) => seen.has(id));
    }),
  );
const idsOf = (events: CareEventWithBsn[]) => events.map((e) => e.eventId);

describe("POST /v1/events", () => {
  it("takes one event or a batch with 202 and produces them pseudonymised, keyed by pseudonym", async () => {
    const single = trajekt();
    const batch = [trajekt(), sampleEventWithBsn("CostIncurred", { publisher: "TRAJEKT", bsn: "123456782" })];
    const one = await post(single);
    expect(one.statusCode).toBe(202);
    expect(one.json()).toEqual({ accepted: 1, eventIds: [single.eventId] });
    const many = await post({ events: batch }, { "x-api-key": keys.trajekt });
    expect(many.statusCode).toBe(202);
    expect(many.json()).toEqual({ accepted: 2, eventIds: idsOf(batch) });

    const records = await readUntil(harness.topics.TRAJEKT, idsOf([single, ...batch]));
    const byId = new Map(records.map((r) => [r.event.eventId, r]));
    expect(byId.get(single.eventId)?.event.subject).toBe(harness.pseudonymize(testBsn));
    expect(byId.get(batch[1]?.eventId ?? "")?.event.subject).toBe(harness.pseudonymize("123456782"));
    for (const { key, event } of records) expect(key).toBe(event.subject);
    const { bsn: _bsn, ...sent } = single;
    expect(byId.get(single.eventId)?.event).toMatchObject(sent as Partial<CareEvent>);
  });

  it("answers 400 listing every invalid field of every event, BSNs included but never echoed, and produces none", async () => {
    const valid = trajekt();
    const response = await post({
      events: [
        valid,
        trajekt({ minutes: 0, buurtCode: "6224AB" }),
        trajekt({ bsn: "111222334" }),
        trajekt({ subject: "already-a-pseudonym" }),
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem.code).toBe("CONTRACT_INVALID_VALUE");
    expect(problem["invalid-params"].map((p: { name: string }) => p.name)).toEqual([
      "body.events[1].buurtCode",
      "body.events[1].minutes",
      "body.events[2].bsn",
      "body.events[3].subject",
    ]);
    expect(response.body).not.toContain("111222334");

    const badBsn = await post(trajekt({ bsn: "12345678" }));
    expect(badBsn.statusCode).toBe(400);
    expect(badBsn.json()).toMatchObject({
      code: "PRIVACY_INVALID_BSN",
      "invalid-params": [{ name: "body.bsn", reason: expect.stringMatching(/9 digits/) }],
    });
    expect(badBsn.body).not.toContain("12345678");

    // Nothing of the refused batch reached the topic: a later event arrives, the valid one did not.
    const marker = trajekt();
    expect((await post(marker)).statusCode).toBe(202);
    const records = await readUntil(harness.topics.TRAJEKT, [marker.eventId]);
    expect(records.map((r) => r.event.eventId)).not.toContain(valid.eventId);
  });

  it("takes a consent naming professional roles, and refuses an unknown role naming recipientRoles and the allowed roles", async () => {
    const forNurses = sampleEventWithBsn("ConsentGranted", {
      publisher: "TRAJEKT",
      recipients: ["ENVIDA"],
      recipientRoles: ["DISTRICT_NURSE"],
    });
    expect((await post(forNurses)).statusCode).toBe(202);
    const records = await readUntil(harness.topics.TRAJEKT, [forNurses.eventId]);
    expect(records.find((r) => r.event.eventId === forNurses.eventId)?.event).toMatchObject({
      eventType: "ConsentGranted",
      schemaVersion: 3,
      recipientRoles: ["DISTRICT_NURSE"],
    });

    const unknownRole = await post({ ...forNurses, eventId: crypto.randomUUID(), recipientRoles: ["NURSE"] });
    expect(unknownRole.statusCode).toBe(400);
    expect(unknownRole.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(unknownRole.json()).toMatchObject({
      code: "CONTRACT_INVALID_VALUE",
      "invalid-params": [
        {
          name: "body.recipientRoles[0]",
          reason: expect.stringMatching(/DISTRICT_NURSE.*PRACTICE_NURSE_MENTAL_HEALTH/),
        },
      ],
    });
    const none = await post({ ...forNurses, eventId: crypto.randomUUID(), recipientRoles: [] });
    expect(none.json()["invalid-params"][0].name).toBe("body.recipientRoles");
  });

  it("answers 401 without a key or with an unknown one, 403 for a foreign publisher or type", async () => {
    expect((await post(trajekt(), {})).json()).toMatchObject({
      status: 401,
      code: "AUTH_MISSING_CREDENTIALS",
    });
    expect((await post(trajekt(), { authorization: "Bearer guessed" })).json()).toMatchObject({
      status: 401,
      code: "AUTH_INVALID_CREDENTIALS",
    });
    // Envida's key may not publish as Trajekt, even a type Envida itself may publish.
    const foreign = await post(
      { events: [sampleEventWithBsn("CostIncurred", { publisher: "TRAJEKT" })] },
      {
        "x-api-key": keys.envida,
      },
    );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({
      code: "INGEST_WRONG_PUBLISHER",
      "invalid-params": [{ name: "body.events[0].publisher" }],
    });
    const forbidden = await post(sampleEventWithBsn("HomeCareVisitDelivered", { publisher: "TRAJEKT" }));
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ code: "INGEST_FORBIDDEN_TYPE" });
  });

  it("answers 413 for a body over the limit or a batch over the cap, and 400 for broken JSON", async () => {
    const huge = await post({ events: [trajekt({ correlationId: "x".repeat(300 * 1024) })] });
    expect(huge.statusCode).toBe(413);
    const many = await post({ events: Array.from({ length: 21 }, () => trajekt()) });
    expect(many.statusCode).toBe(413);
    expect(many.json()).toMatchObject({ code: "INGEST_BATCH_TOO_LARGE" });
    const broken = await http.inject({
      method: "POST",
      url: "/v1/events",
      headers: { authorization: `Bearer ${keys.trajekt}`, "content-type": "application/json" },
      payload: `{"bsn":"${testBsn}",`,
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).not.toContain(testBsn);
  });

  it("answers 202 again for a re-posted event and produces it once (the store deduplicates the rest)", async () => {
    const event = trajekt();
    const first = await post(event);
    const again = await post({ events: [event, event] });
    expect([first.statusCode, again.statusCode]).toEqual([202, 202]);
    expect(again.json()).toEqual({ accepted: 2, eventIds: [event.eventId, event.eventId] });
    const marker = trajekt();
    await post(marker);
    const records = await readUntil(harness.topics.TRAJEKT, [marker.eventId]);
    expect(records.filter((r) => r.event.eventId === event.eventId)).toHaveLength(1);
  });

  it("serves the OpenAPI document, readiness and per-partner metrics", async () => {
    const docs = (await http.inject({ method: "GET", url: "/docs" })).json();
    expect(Object.keys(docs.paths)).toContain("/v1/events");
    expect(JSON.stringify(docs.paths["/v1/events"].post.requestBody)).toContain("bsn");
    expect((await http.inject({ method: "GET", url: "/ready" })).statusCode).toBe(200);
    const metrics = (await http.inject({ method: "GET", url: "/metrics" })).body;
    expect(metrics).toMatch(/bz_gateway_events_accepted_total\{partner="TRAJEKT",service="gateway"\} [1-9]/);
    expect(metrics).toMatch(
      /bz_gateway_events_rejected_total\{partner="ENVIDA",reason="INGEST_WRONG_PUBLISHER"/,
    );
    expect(metrics).toContain("bz_gateway_request_seconds_bucket");
  });

  it("answers 422 for a BSN in clear outside bsn, or a household that is no pseudonym, and produces none", async () => {
    const clear = await post({ events: [trajekt(), trajekt({ correlationId: "case 123456782" })] });
    expect(clear.statusCode).toBe(422);
    expect(clear.json()).toMatchObject({
      code: "INGEST_CLEAR_IDENTIFIER",
      "invalid-params": [{ name: "body.events[1].correlationId" }],
    });
    expect(clear.body).not.toContain("123456782");
    const household = await post(trajekt({ household: "family-7" }));
    expect(household.statusCode).toBe(422);
    expect(household.json()).toMatchObject({ code: "INGEST_NOT_PSEUDONYMISED" });
  });

  it("counts failed authentication per reason in its metrics, never the key", async () => {
    await post(trajekt(), { authorization: "Bearer a-wrong-key-for-counting" });
    const metrics = (await http.inject({ url: "/metrics" })).body;
    expect(metrics).toMatch(
      /bz_gateway_auth_failures_total\{[^}]*reason="AUTH_INVALID_CREDENTIALS"[^}]*\} [1-9]/,
    );
    expect(metrics).not.toContain("a-wrong-key-for-counting");
  });
});

describe("partner isolation", () => {
  it("never fails one partner's request for another partner's failing sends", async () => {
    // Envida's topic does not exist: every one of its sends fails. Trajekt's go on regardless,
    // even when both partners' requests are in flight at once.
    const broken = await startTestGateway({ missingTopicFor: "ENVIDA" });
    try {
      const envida = () =>
        broken.gateway.http.inject({
          method: "POST",
          url: "/v1/events",
          headers: { "x-api-key": keys.envida },
          payload: sampleEventWithBsn("CostIncurred", { publisher: "ENVIDA" }) as object,
        });
      const trajektPost = () =>
        broken.gateway.http.inject({
          method: "POST",
          url: "/v1/events",
          headers: { "x-api-key": keys.trajekt },
          payload: trajekt() as object,
        });
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? envida() : trajektPost())),
      );
      const trajektStatuses = answers.filter((_, i) => i % 2 === 1).map((a) => a.statusCode);
      const envidaStatuses = answers.filter((_, i) => i % 2 === 0).map((a) => a.statusCode);
      expect(trajektStatuses).toEqual([202, 202, 202, 202]);
      expect(envidaStatuses.every((status) => status >= 400)).toBe(true);
    } finally {
      await broken.stop();
    }
  });
});

describe("rate limits", () => {
  it("limits each partner, and each client address before authentication, with 429 problem+json", async () => {
    const limitedGateway = await startTestGateway({
      rateLimit: { perAddress: 6, perPartner: 2, windowMs: 600_000 },
    });
    try {
      const send = (key: string, event: object, remoteAddress = "10.0.0.1") =>
        limitedGateway.gateway.http.inject({
          method: "POST",
          url: "/v1/events",
          headers: { "x-api-key": key },
          payload: event,
          remoteAddress,
        });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await send(keys.trajekt, trajekt())).statusCode);
      expect(statuses).toEqual([202, 202, 429]);
      const limited = await send(keys.trajekt, trajekt(), "10.0.0.2");
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ code: "HTTP_RATE_LIMITED" });
      // Envida has its own allowance.
      expect(
        (await send(keys.envida, sampleEventWithBsn("CostIncurred", { publisher: "ENVIDA" }))).statusCode,
      ).toBe(202);
      // Address 10.0.0.1 made 4 requests: two more guesses are answered, the next is refused unread.
      expect((await send("guess-1", trajekt())).statusCode).toBe(401);
      expect((await send("guess-2", trajekt())).statusCode).toBe(401);
      expect((await send("guess-3", trajekt())).statusCode).toBe(429);
      expect((await send("guess-4", trajekt(), "10.0.0.3")).statusCode).toBe(401);
    } finally {
      await limitedGateway.stop();
    }
  });
});
