import { partners } from "@bz/contracts";
import { describe, expect, it } from "vitest";
import { deadLetterHeaders, fromDeadLetter } from "./dead-letter.ts";
import { partnerTopics } from "./partner-topics.ts";

describe("reading a dead letter back", () => {
  it("takes why and where it failed from its headers and keeps only the original's own headers", () => {
    const letter = fromDeadLetter({
      topic: "care.trajekt.v1.dlq",
      partition: 2,
      offset: "41",
      key: "k-1",
      value: Buffer.from([0xc3, 0x01]),
      timestamp: new Date("2026-10-01T09:00:00Z"),
      headers: {
        "bz-event-type": "ContactDelivered",
        [deadLetterHeaders.reasonCode]: "CONTRACT_BAD_MARKER",
        [deadLetterHeaders.error]: "not single-object encoded",
        [deadLetterHeaders.originalTopic]: "care.trajekt.v1",
        [deadLetterHeaders.originalPartition]: "1",
        [deadLetterHeaders.originalOffset]: "7",
        [deadLetterHeaders.failedAt]: "2026-10-01T09:00:01.000Z",
        [deadLetterHeaders.originalSha256]: "ab".repeat(32),
        [deadLetterHeaders.originalLength]: "2",
      },
    });
    expect(letter).toEqual({
      reasonCode: "CONTRACT_BAD_MARKER",
      error: "not single-object encoded",
      originalTopic: "care.trajekt.v1",
      originalPartition: 1,
      originalOffset: "7",
      failedAt: "2026-10-01T09:00:01.000Z",
      key: "k-1",
      value: Buffer.from([0xc3, 0x01]),
      originalSha256: "ab".repeat(32),
      originalLength: 2,
      valueWithheld: null,
      headers: { "bz-event-type": "ContactDelivered" },
      deadLetterPartition: 2,
      deadLetterOffset: "41",
    });
  });

  it("says UNKNOWN for a record without a reason code instead of guessing one", () => {
    const letter = fromDeadLetter({
      topic: "t.dlq",
      partition: 0,
      offset: "0",
      key: null,
      value: Buffer.alloc(3),
      timestamp: new Date(0),
      headers: {},
    });
    expect([letter.reasonCode, letter.originalPartition, letter.originalLength]).toEqual(["UNKNOWN", -1, 3]);
  });
});

describe("partner topics", () => {
  it("names every partner's topic and dead-letter topic, with a suffix when given", () => {
    const topics = partnerTopics("-test");
    expect(topics.map((t) => t.partner)).toEqual(partners.map((p) => p.id));
    const trajekt = topics.find((t) => t.partner === "TRAJEKT");
    expect(trajekt).toEqual({
      partner: "TRAJEKT",
      topic: "care.trajekt.v1-test",
      deadLetterTopic: "care.trajekt.v1-test.dlq",
    });
  });
});
