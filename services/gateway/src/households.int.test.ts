// Household keys in clear become the platform's household pseudonyms on the platform's side only:
// POST /v1/pseudonyms answers them for SDK partners (who hold no key), and POST /v1/events turns a
// `householdKey` into `household` for partners over HTTP (ADR 0061). Against the real gateway and broker.
import { Writable } from "node:stream";
import { decodeEvent } from "@bz/contracts";
import { isBzError } from "@bz/errors";
import { createLogger } from "@bz/observability";
import { createPartnerPublisher, createPseudonymService } from "@bz/partner-sdk";
import { sampleEventWithBsn, testBsn } from "@bz/partner-sdk/testing";
import { kafkaConnectionAs } from "@bz/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { keys, readTopic, startTestGateway } from "./testing/gateway-harness.ts";

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

describe("household pseudonyms at the gateway", async () => {
  const test = await startTestGateway({ logger });
  const address = await test.gateway.http.listen({ host: "127.0.0.1", port: 0 });
  afterAll(() => test.stop());
  const ask = (payload: object, key: string = keys.trajekt) =>
    test.gateway.http.inject({
      method: "POST",
      url: "/v1/pseudonyms",
      headers: { authorization: `Bearer ${key}` },
      payload,
    });

  it("answers household pseudonyms in request order beside the BSNs' and audit-logs the counts, never the keys", async () => {
    const answer = await ask({ bsns: [testBsn], households: ["6224KX 17", " 6224kx  17 ", "6225AB 3"] });
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body).toEqual({
      keyId: "k1",
      pseudonyms: [test.pseudonymize(testBsn)],
      households: [
        test.pseudonymizeHousehold("6224KX 17"),
        test.pseudonymizeHousehold("6224KX 17"),
        test.pseudonymizeHousehold("6225AB 3"),
      ],
    });
    expect(body.households[0]).not.toBe(body.households[2]);
    const audit = lines.map((l) => JSON.parse(l)).filter((e) => e.audit === "pseudonyms");
    expect(audit.at(-1)).toMatchObject({ partner: "TRAJEKT", count: 1, households: 3 });
    expect(lines.join("")).not.toContain("6224KX");
    // Households only is fine too.
    expect((await ask({ households: ["6222AA 1"] })).json()).toEqual({
      keyId: "k1",
      pseudonyms: [],
      households: [test.pseudonymizeHousehold("6222AA 1")],
    });
  });

  it("names an invalid household key without echoing it, and an empty request, pseudonymising none", async () => {
    const bad = await ask({ households: ["6224KX 17", "111222333", ""] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({
      code: "PRIVACY_INVALID_HOUSEHOLD_KEY",
      "invalid-params": [
        { name: "body.households[1]", reason: expect.stringContaining("nine-digit") },
        { name: "body.households[2]", reason: expect.stringContaining("1-200") },
      ],
    });
    expect(bad.body).not.toContain("111222333");
    const empty = await ask({});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("at least one BSN or household key");
  });

  it("lets the SDK, holding no key, publish a household key as the platform's household pseudonym, cached", async () => {
    const service = createPseudonymService({ url: address, apiKey: keys.trajekt });
    const first = await service.lookupHouseholds(["6224KX 17", "6224KX 19"]);
    expect(first.get("6224KX 17")).toBe(test.pseudonymizeHousehold("6224KX 17"));
    const asked = () => lines.filter((l) => l.includes('"pseudonyms issued"')).length;
    const before = asked();
    expect(await service.lookupHouseholds(["6224KX 19"])).toEqual(
      new Map([["6224KX 19", first.get("6224KX 19")]]),
    );
    expect(asked()).toBe(before); // from the cache

    const publisher = createPartnerPublisher({
      partner: "TRAJEKT",
      ...kafkaConnectionAs("partner-trajekt"),
      topic: test.topics.TRAJEKT,
      pseudonymService: { url: address, apiKey: keys.trajekt },
    });
    try {
      const event = sampleEventWithBsn(
        "ContactDelivered",
        { publisher: "TRAJEKT", householdKey: "6224KX 21" },
        11,
      );
      await publisher.publish(event);
      const messages = await readTopic(test.topics.TRAJEKT, (m) =>
        m.some((x) => decodeEvent(x.value ?? Buffer.alloc(0)).eventId === event.eventId),
      );
      const stored = messages
        .map((m) => decodeEvent(m.value ?? Buffer.alloc(0)))
        .find((e) => e.eventId === event.eventId);
      expect(stored).toMatchObject({
        subject: test.pseudonymize(testBsn),
        household: test.pseudonymizeHousehold("6224KX 21"),
      });
      expect(JSON.stringify(stored)).not.toContain("6224KX");
      // Both forms at once is refused before anything is asked or sent.
      const both = await publisher
        .publish(
          sampleEventWithBsn("ContactDelivered", {
            publisher: "TRAJEKT",
            householdKey: "6224KX 21",
            household: test.pseudonymizeHousehold("6224KX 21"),
          }),
        )
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(isBzError(both, "INGEST_NOT_PSEUDONYMISED")).toBe(true);
    } finally {
      await publisher.close();
    }
  });

  it("pseudonymises a householdKey a partner posts in clear to POST /v1/events, and names a bad one", async () => {
    const event = sampleEventWithBsn(
      "ContactDelivered",
      { publisher: "TRAJEKT", householdKey: "6225AB 3" },
      12,
    );
    const posted = await test.gateway.http.inject({
      method: "POST",
      url: "/v1/events",
      headers: { authorization: `Bearer ${keys.trajekt}` },
      payload: event as object,
    });
    expect(posted.statusCode, posted.body).toBe(202);
    const messages = await readTopic(test.topics.TRAJEKT, (m) =>
      m.some((x) => decodeEvent(x.value ?? Buffer.alloc(0)).eventId === event.eventId),
    );
    const stored = messages
      .map((m) => decodeEvent(m.value ?? Buffer.alloc(0)))
      .find((e) => e.eventId === event.eventId);
    expect(stored?.household).toBe(test.pseudonymizeHousehold("6225AB 3"));
    expect(JSON.stringify(stored)).not.toContain("6225AB");

    const bad = await test.gateway.http.inject({
      method: "POST",
      url: "/v1/events",
      headers: { authorization: `Bearer ${keys.trajekt}` },
      payload: sampleEventWithBsn(
        "ContactDelivered",
        { publisher: "TRAJEKT", householdKey: " " },
        13,
      ) as object,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({
      code: "PRIVACY_INVALID_HOUSEHOLD_KEY",
      "invalid-params": [{ name: expect.stringMatching(/householdKey$/) }],
    });
  });
});
