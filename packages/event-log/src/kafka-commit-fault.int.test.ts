// A transaction whose commit the broker carried out but whose answer the consumer never heard: the
// connection is cut right after the EndTxn request went out, and the broker is unreachable for a
// moment. The batch's records (dead letters, in the recorder) must still appear once each, and the
// member must go on consuming.
import { connect, type Socket } from "node:net";
import { createKafkaEventLog } from "@bz/event-log";
import { createTestTopics, freePort, kafkaConnectionAs, testKafka, uniqueName, waitFor } from "@bz/testkit";
import type { ISocketFactory } from "kafkajs";
import { describe, expect, it } from "vitest";

const endTxnApiKey = 26;

/**
 * Opens broker connections like kafkajs' own factory, and once armed cuts every connection shortly
 * after the next EndTxn request was written (its answer swallowed), then refuses new connections
 * for `outageMs`: to the client the broker went away with the commit in flight.
 */
async function cuttingSockets(outageMs: number) {
  const closedPort = await freePort();
  const open = new Set<Socket>();
  let armed = false;
  let downUntil = 0;
  let cuts = 0;
  const factory: ISocketFactory = ({ host, port, onConnect }) => {
    if (Date.now() < downUntil) return connect({ host: "127.0.0.1", port: closedPort }, onConnect);
    const socket = connect({ host, port }, onConnect);
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    const write = socket.write.bind(socket) as (chunk: unknown, ...rest: unknown[]) => boolean;
    socket.write = ((chunk: unknown, ...rest: unknown[]) => {
      const isEndTxn = Buffer.isBuffer(chunk) && chunk.length >= 6 && chunk.readInt16BE(4) === endTxnApiKey;
      if (!armed || !isEndTxn) return write(chunk, ...rest);
      armed = false;
      cuts += 1;
      const emit = socket.emit.bind(socket) as (event: string | symbol, ...args: unknown[]) => boolean;
      socket.emit = ((event: string | symbol, ...args: unknown[]) =>
        event === "data" ? false : emit(event, ...args)) as typeof socket.emit;
      // Long enough for the broker to carry the commit out; the client never hears it did.
      setTimeout(() => {
        downUntil = Date.now() + outageMs;
        // What a client sees when the broker's host goes away: the connection reset under it.
        for (const s of open) s.destroy(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }));
      }, 500);
      return write(chunk, ...rest);
    }) as typeof socket.write;
    return socket;
  };
  return {
    factory,
    arm() {
      armed = true;
    },
    cuts: () => cuts,
  };
}

describe("Kafka consumer, a commit whose answer is lost", () => {
  it("produces a batch's records once and goes on consuming when the broker committed but the answer never came", async () => {
    const [input, output] = await createTestTopics(
      ["event-log.lost-commit.in", "event-log.lost-commit.out"],
      1,
    );
    if (input === undefined || output === undefined) throw new Error("no topics");
    const plain = createKafkaEventLog({
      ...kafkaConnectionAs("admin"),
      clientId: uniqueName("lost-commit-send"),
    });
    const sockets = await cuttingSockets(3_000);
    const log = createKafkaEventLog({
      ...kafkaConnectionAs("admin"),
      clientId: uniqueName("lost-commit"),
      socketFactory: sockets.factory,
    });
    const groupId = uniqueName("lost-commit");
    const producer = await plain.producer();
    const reader = testKafka(uniqueName("lost-commit-read")).consumer({
      groupId: uniqueName("lost-commit-read"),
    });
    try {
      await producer.send(
        input,
        Array.from({ length: 5 }, (_, i) => ({ key: "k", value: Buffer.from(`in-${i}`) })),
      );
      sockets.arm();
      const consumer = await log.consume({
        groupId,
        topics: [input],
        handleBatch: async (batch) => ({
          produce: [
            {
              topic: output,
              records: batch.records.map((r) => ({ key: "k", value: Buffer.from(`out-${r.offset}`) })),
            },
          ],
        }),
      });
      try {
        await waitFor(() => sockets.cuts() === 1, { what: "the first commit cut off", timeoutMs: 60_000 });
        await producer.send(
          input,
          Array.from({ length: 5 }, (_, i) => ({ key: "k", value: Buffer.from(`in-${i + 5}`) })),
        );
        await waitFor(async () => (await plain.committedOffsets(groupId, input))[0]?.offset === "10", {
          what: "the group committing all ten input records",
          timeoutMs: 90_000,
        });
      } finally {
        await consumer.stop();
      }

      // A read_committed reader (kafkajs' default) sees what the transactions committed.
      const seen: string[] = [];
      await reader.connect();
      await reader.subscribe({ topic: output, fromBeginning: true });
      await reader.run({ eachMessage: async ({ message }) => void seen.push(String(message.value)) });
      await waitFor(() => seen.length >= 10, { what: "ten records on the output topic", timeoutMs: 30_000 });
      // Anything produced twice would have arrived with the rest by now; look once more after a pause.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect([...seen].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `out-${i}`).sort());
    } finally {
      await reader.disconnect().catch(() => undefined);
      await producer.close();
      await log.close();
      await plain.close();
    }
  }, 180_000);
});
