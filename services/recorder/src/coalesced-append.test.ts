import type { StreamAppend } from "@bz/event-store";
import { describe, expect, it } from "vitest";
import { coalescedAppender } from "./coalesced-append.ts";

const share = (streamId: string, ...ids: string[]): StreamAppend => ({
  streamId,
  events: ids.map((eventId) => ({ eventId, type: "ContactDelivered", data: {} })),
});
const idsOf = (shares: StreamAppend[]) =>
  shares.map((s) => `${s.streamId}:${s.events.map((e) => e.eventId).join(",")}`);

describe("coalescedAppender", () => {
  it("sends what arrives during an append together in the next, a stream's events in arrival order", async () => {
    const calls: string[][] = [];
    let release: () => void = () => undefined;
    const append = coalescedAppender(async (shares) => {
      calls.push(idsOf(shares));
      if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = append([share("client-a", "1")]);
    const second = append([share("client-a", "2"), share("client-b", "3")]);
    const third = append([share("client-a", "4")]);
    release();
    await Promise.all([first, second, third]);
    expect(calls).toEqual([["client-a:1"], ["client-a:2,4", "client-b:3"]]);
  });

  it("when a shared append fails, tries each caller alone, so only the one whose events are refused fails", async () => {
    const calls: string[][] = [];
    let release: () => void = () => undefined;
    const append = coalescedAppender(async (shares) => {
      calls.push(idsOf(shares));
      if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
      if (shares.some((s) => s.events.some((e) => e.eventId === "bad"))) throw new Error("refused");
    });
    const first = append([share("client-a", "1")]);
    const good = append([share("client-b", "2")]);
    const bad = append([share("client-c", "bad")]);
    release();
    await first;
    await expect(good).resolves.toBeUndefined();
    await expect(bad).rejects.toThrow("refused");
    expect(calls).toEqual([["client-a:1"], ["client-b:2", "client-c:bad"], ["client-b:2"], ["client-c:bad"]]);
  });

  it("keeps a share with an expected revision apart and caps a group's events", async () => {
    const calls: string[][] = [];
    let release: () => void = () => undefined;
    const append = coalescedAppender(
      async (shares) => {
        calls.push(idsOf(shares));
        if (calls.length === 1) await new Promise<void>((resolve) => (release = resolve));
      },
      { maxEvents: 2 },
    );
    const waits = [
      append([share("client-a", "1")]),
      append([{ ...share("client-a", "2"), expectedRevision: 0 }]),
      append([share("client-b", "3")]),
      append([share("client-b", "4")]),
      append([share("client-b", "5")]),
    ];
    release();
    await Promise.all(waits);
    expect(calls).toEqual([["client-a:1"], ["client-a:2"], ["client-b:3,4"], ["client-b:5"]]);
  });
});
