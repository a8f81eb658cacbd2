import { decodeEvent, type EventType, mayPublish, type Partner, wardForBuurtCode } from "@bz/contracts";
import type { RecorderContracts } from "./recorder.ts";

const buurtCodePattern = /^BU\d{8}$/;

/**
 * The recorder's view of the contracts catalogue. A well-formed CBS buurt code outside the four
 * pilot wards resolves to ELSEWHERE (a resident who moved away still has a history); anything
 * else is refused.
 */
export const careContracts: RecorderContracts = {
  decode: (bytes) => decodeEvent(bytes) as unknown as Record<string, unknown>,
  mayPublish: (partner, eventType) => mayPublish(partner as Partner, eventType as EventType),
  wardOf: (buurtCode) =>
    wardForBuurtCode(buurtCode) ?? (buurtCodePattern.test(buurtCode) ? "ELSEWHERE" : undefined),
};
