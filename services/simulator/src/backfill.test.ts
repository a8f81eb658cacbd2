// The backfill's partner-side form: the clear BSN for the subject and, when asked, the household key
// for the household pseudonym, so the platform makes both (ADR 0061).
import { sampleEvent } from "@bz/contracts/testing";
import { isBzError } from "@bz/errors";
import { describe, expect, it } from "vitest";
import { backfill, withBsn } from "./backfill.ts";

describe("backfill's partner-side events", () => {
  const household = `sim:${"h".repeat(43)}`;
  const event = sampleEvent("ContactDelivered", { publisher: "TRAJEKT", household });

  it("sends the household key in clear in place of the household pseudonym when householdKeyOf is given", async () => {
    const sent: unknown[] = [];
    await backfill({
      events: [event],
      bsnOf: () => "123456782",
      householdKeyOf: (h) => (h === household ? "6224KX 17" : undefined),
      pathOf: () => ({ publish: async (events) => void sent.push(...events) }),
    });
    expect(sent).toEqual([withBsn(event, "123456782", "6224KX 17")]);
    expect(sent[0]).toMatchObject({ bsn: "123456782", householdKey: "6224KX 17" });
    expect(sent[0]).not.toHaveProperty("household");
    expect(sent[0]).not.toHaveProperty("subject");
  });

  it("keeps the household as it is without householdKeyOf, and refuses a household outside the population", async () => {
    expect(withBsn(event, "123456782")).toMatchObject({ household });
    const error = await backfill({
      events: [event],
      bsnOf: () => "123456782",
      householdKeyOf: () => undefined,
      pathOf: () => ({ publish: async () => undefined }),
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isBzError(error, "SIMULATOR_PUBLISH_REFUSED")).toBe(true);
  });
});
