import { decodeEvent, type EventType, mayPublish, type Partner, wardForBuurtCode } from "@bz/contracts";
import type { RecorderContracts } from "./domain/triage.ts";

/**
 * The recorder's view of the contracts catalogue. The contract makes every buurt code a CBS code
 * (`^BU[0-9]{8}$`); one outside the four pilot wards resolves to ELSEWHERE (a resident who moved
 * away still has a history), so every decoded event has a ward.
 */
export const careContracts: RecorderContracts = {
  decode: (bytes) => decodeEvent(bytes) as unknown as Record<string, unknown>,
  mayPublish: (partner, eventType) => mayPublish(partner as Partner, eventType as EventType),
  wardOf: (buurtCode) => wardForBuurtCode(buurtCode) ?? "ELSEWHERE",
};
