import { decodeEvent, encodeEvent } from "@bz/contracts";
import type { Benchmark } from "../harness/benchmark.ts";
import { medianOf } from "../harness/stats.ts";
import { benchSimulation, eventsOf } from "../pipeline/workload.ts";
import { opsPerSecond } from "./b-codec.ts";

/**
 * G5: Avro single-object encode/decode (our codec: avsc behind @bz/contracts, with fingerprint
 * lookup and resolution to the latest schema) against JSON, and the codec's share of the
 * pipeline's CPU, taken from G1's profile.
 */
export const g5Codec: Benchmark = {
  name: "G5",
  title: "Codec: avsc single-object encode/decode vs JSON; share of pipeline CPU",
  baseline: ["B_codec"],
  headline: { metric: "avroDecodePerSecond", unit: "ev/s" },
  goals: [{ metric: "decodeVsJson", atLeast: 1 }],
  units: {
    avroEncodePerSecond: "ev/s",
    avroBytes: "B",
    decodeVsJson: "×",
    encodeVsJson: "×",
    codecCpuSharePct: "% of busy CPU (G1 profile)",
  },
  async run(context) {
    const events = eventsOf(benchSimulation(1_000, 7), context.sizes.codecEvents);
    const frames = events.map((event) => encodeEvent(event));
    for (const frame of frames.slice(0, 10)) {
      if (decodeEvent(frame).eventId === undefined) throw new Error("avro round trip lost the event id");
    }
    const ms = context.smoke ? 200 : 2_000;
    const avroEncodePerSecond = opsPerSecond(events, (event) => encodeEvent(event), ms);
    const avroDecodePerSecond = opsPerSecond(frames, (frame) => decodeEvent(frame), ms);
    const jsonEncode = medianOf(context.results, "B_codec", "jsonEncodePerSecond");
    const jsonDecode = medianOf(context.results, "B_codec", "jsonDecodePerSecond");
    const values: Record<string, number> = {
      avroEncodePerSecond,
      avroDecodePerSecond,
      avroBytes: frames.reduce((sum, frame) => sum + frame.length, 0) / frames.length,
    };
    if (jsonEncode !== undefined) values.encodeVsJson = avroEncodePerSecond / jsonEncode;
    if (jsonDecode !== undefined) values.decodeVsJson = avroDecodePerSecond / jsonDecode;
    const profile = context.results.get("G1")?.evidence.profile as
      | { byComponent: Record<string, number> }
      | undefined;
    if (profile !== undefined) {
      values.codecCpuSharePct = (profile.byComponent.avsc ?? 0) + (profile.byComponent["@bz/contracts"] ?? 0);
    }
    return { values };
  },
};
