import { describe, expect, it } from "vitest";
import { admit, type Candidate } from "./admission.ts";

const rules = {
  topicPartner: "TRAJEKT",
  mayPublish: (partner: string, type: string) => partner === "TRAJEKT" && type === "ContactDelivered",
  wardOf: (code: string) => (code === "BU09350400" ? "WYCKERPOORT" : undefined),
};
const candidate: Candidate = {
  eventId: "e-1",
  eventType: "ContactDelivered",
  publisher: "TRAJEKT",
  subject: "k1:abc",
  buurtCode: "BU09350400",
  data: { minutes: 30 },
};

describe("admit", () => {
  it("accepts an event its publisher may send, into the subject's stream, with its ward", () => {
    expect(admit(candidate, rules)).toEqual({
      kind: "accepted",
      streamId: "client-k1:abc",
      eventId: "e-1",
      eventType: "ContactDelivered",
      ward: "WYCKERPOORT",
      data: { minutes: 30 },
    });
  });

  it.each([
    [{ publisher: "ENVIDA" }, "INGEST_WRONG_PUBLISHER"],
    [{ eventType: "ShelterStayStarted" }, "INGEST_FORBIDDEN_TYPE"],
    [{ buurtCode: "BU99999999" }, "INGEST_UNKNOWN_WARD"],
  ] as const)("rejects %o with %s", (change, code) => {
    const decision = admit({ ...candidate, ...change }, rules);
    expect(decision.kind).toBe("rejected");
    expect(decision.kind === "rejected" && decision.code).toBe(code);
  });
});
