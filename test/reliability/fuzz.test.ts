// Fuzz (fast-check): random mutations of valid encoded events, through decode and the recorder.
// Nothing crashes or stalls; every record ends as a stored valid event or a typed dead letter.
import { type CareEvent, encodeEvent } from "@bz/contracts";
import { arbitraryEvent } from "@bz/contracts/testing";
import { errorCodes } from "@bz/errors";
import { createKafkaEventLog } from "@bz/event-log";
import { createPostgresEventStore } from "@bz/event-store";
import { createPartnerSender, grantTestAccess } from "@bz/kafka-access/testing";
import { createLogger } from "@bz/observability";
import { createPseudonymizer } from "@bz/privacy";
import { buildRecorderService, careContracts, readDeadLetters, triage } from "@bz/recorder";
import { createTestDatabase, kafkaConnectionAs, uniqueName, waitFor } from "@bz/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caughtUp, faultTopics, keyId } from "./fault-harness.ts";

const pseudonymizer = createPseudonymizer({ id: keyId, secret: Buffer.alloc(32, 17) });
const subject = pseudonymizer.pseudonymize("111222333");

/** A valid Trajekt contact, keyed by its subject. */
const validEvent = arbitraryEvent("ContactDelivered").map(
  (event): CareEvent => ({ ...event, publisher: "TRAJEKT", subject, household: null }),
);

type Mutation =
  | { kind: "flip"; at: number; bits: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "overwrite"; at: number; bytes: Uint8Array };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), bits: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("overwrite" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
);

function mutate(bytes: Buffer, mutations: Mutation[]): Buffer {
  let out = Buffer.from(bytes);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === "flip") out[at] = (out[at] ?? 0) ^ m.bits;
    else if (m.kind === "truncate") out = out.subarray(0, at);
    else if (m.kind === "insert") out = Buffer.concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
    else out = Buffer.concat([out.subarray(0, at), m.bytes, out.subarray(at + m.bytes.length)]);
  }
  return out;
}

const mutatedRecord = fc
  .tuple(validEvent, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([event, mutations]) => ({ key: subject, value: mutate(encodeEvent(event), mutations) }));

const rules = { topicPartner: "TRAJEKT", contracts: careContracts, knownKeyIds: new Set([keyId]) };

describe("fuzz: mutated encoded events", () => {
  it("never crash the triage: each becomes an admitted valid event or a typed rejection", () => {
    fc.assert(
      fc.property(fc.array(mutatedRecord, { minLength: 1, maxLength: 20 }), (records) => {
        const batch = records.map((r, i) => ({ ...r, offset: String(i), headers: {} }));
        const outcome = triage(batch, rules);
        expect(outcome.admitted.length + outcome.rejected.length).toBe(batch.length);
        for (const rejection of outcome.rejected) expect(Object.keys(errorCodes)).toContain(rejection.code);
        // What is admitted is a valid event: it encodes again.
        for (const admitted of outcome.admitted)
          expect(() => encodeEvent(admitted.data as never)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("never stall the recorder: every record ends stored once or dead-lettered once", async () => {
    const db = await createTestDatabase();
    const { topics, trajekt, suffix } = faultTopics();
    // The recorder as `recorder`, the mutated records sent as Trajekt; `log` (admin) watches.
    const log = createKafkaEventLog({ ...kafkaConnectionAs("admin"), clientId: "fuzz" });
    const recorderLog = createKafkaEventLog({ ...kafkaConnectionAs("recorder"), clientId: "fuzz-recorder" });
    const store = await createPostgresEventStore({ connectionString: db.url });
    const groupId = uniqueName("fuzz-recorder");
    await grantTestAccess({ topicSuffix: suffix, recorderGroup: groupId });
    const service = await buildRecorderService({
      log: recorderLog,
      store,
      topics,
      groupId,
      pseudonymKeyIds: [keyId],
      logger: createLogger({ service: "fuzz", level: "silent" }),
      partitions: 3,
    });
    try {
      const records = fc.sample(mutatedRecord, { numRuns: 300, seed: 9 });
      const producer = createPartnerSender("fuzz");
      await producer.send(trajekt.topic, records);
      await producer.close();
      // The pure triage is the oracle of what must be stored (the same rules, without the store).
      const expected = triage(
        records.map((r, i) => ({ ...r, offset: String(i), headers: {} })),
        rules,
      );
      const admittedIds = new Set(expected.admitted.map((a) => a.eventId));
      await waitFor(() => caughtUp(log, groupId, topics), {
        what: "the recorder committing all 300 mutated records",
        timeoutMs: 120_000,
      });
      const stored = await store.readAll({ maxCount: 10_000 });
      expect(new Set(stored.map((e) => e.eventId))).toEqual(admittedIds);
      expect(stored).toHaveLength(admittedIds.size);
      const letters = await readDeadLetters(log, trajekt.deadLetterTopic);
      expect(letters).toHaveLength(expected.rejected.length);
      expect(letters.every((l) => l.reasonCode in errorCodes)).toBe(true);
      expect(expected.rejected.length).toBeGreaterThan(100);
    } finally {
      await service.stop();
      await recorderLog.close();
      await log.close();
      await store.close();
      await db.drop();
    }
  });
});
