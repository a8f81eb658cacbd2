import { Writable } from "node:stream";
import { createLogger } from "@bz/observability";
import { sampleEventWithBsn } from "@bz/partner-sdk/testing";
import { afterAll, describe, expect, it } from "vitest";
import { keys, readTopic, startTestGateway } from "./testing/gateway-harness.ts";

// Everything the gateway and its Kafka client log, at the most verbose level.
const lines: string[] = [];
const logger = createLogger({
  service: "gateway-test",
  level: "trace",
  destination: new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  }),
});
const harness = await startTestGateway({ logger });
afterAll(() => harness.stop());

const bsns = ["111222333", "123456782", "999999990"];
const invalidBsn = "111222334";

describe("the clear BSN", () => {
  it("reaches no record on the topic, no log line and no answer, whatever the request", async () => {
    const post = (payload: unknown, key: string = keys.trajekt) =>
      harness.gateway.http.inject({
        method: "POST",
        url: "/v1/events",
        headers: { authorization: `Bearer ${key}` },
        payload: payload as object,
      });
    const [a, b, c] = bsns.map((bsn) =>
      sampleEventWithBsn("ContactDelivered", { publisher: "TRAJEKT", bsn }),
    );
    if (a === undefined || b === undefined || c === undefined) throw new Error("no events");
    const answers = [
      await post(a),
      await post({ events: [b, c] }),
      await post({ events: [a, { ...b, bsn: invalidBsn }, { ...c, minutes: -1 }] }),
      await post({ events: [a] }, keys.envida),
      await post({ events: [{ ...b, subject: b.bsn }] }),
      await post({ events: [a] }, "wrong-key"),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([202, 202, 400, 403, 400, 401]);

    const messages = await readTopic(harness.topics.TRAJEKT, (m) => m.length >= 3);
    expect(messages).toHaveLength(3);
    const everyByte = Buffer.concat(
      messages.flatMap((m) => [
        m.key ?? Buffer.alloc(0),
        m.value ?? Buffer.alloc(0),
        ...Object.entries(m.headers ?? {}).flatMap(([name, value]) => [
          Buffer.from(name),
          Buffer.from(String(value)),
        ]),
      ]),
    );
    const logged = lines.join("");
    const answered = answers.map((r) => r.body).join("");
    expect(logged).toContain("events accepted and produced");
    for (const bsn of [...bsns, invalidBsn]) {
      expect(everyByte.includes(bsn), `${bsn} on the topic`).toBe(false);
      expect(logged.includes(bsn), `${bsn} in the log`).toBe(false);
      expect(answered.includes(bsn), `${bsn} in an answer`).toBe(false);
    }
  });
});
