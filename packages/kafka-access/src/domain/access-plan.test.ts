import { deadLetterReaderGroupPrefix, partners } from "@bz/contracts";
import { describeChanges, diffAccess, planAccess, plannedUsers, planScope } from "@bz/kafka-access";
import { testScramUsers } from "@bz/testkit/infra";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const options = { partitions: 6, recorderGroup: "bz-recorder" };
const two = [
  { id: "TRAJEKT", slug: "trajekt" },
  { id: "RADAR", slug: "radar" },
];

describe("planAccess", () => {
  it("given two partners, grants each its own topic only and the recorder read, dead letters and its group", () => {
    const plan = planAccess(two, { ...options, topicSuffix: ".staging" });
    expect(plan.topics.map((t) => t.name)).toEqual([
      "care.radar.v1.staging",
      "care.radar.v1.staging.dlq",
      "care.trajekt.v1.staging",
      "care.trajekt.v1.staging.dlq",
    ]);
    const of = (principal: string) =>
      plan.acls.filter((a) => a.principal === principal).map((a) => `${a.operation} ${a.resourceName}`);
    expect(of("User:partner-trajekt")).toEqual([
      "WRITE care.trajekt.v1.staging",
      "DESCRIBE care.trajekt.v1.staging",
    ]);
    expect(of("User:gateway-radar")).toEqual([
      "WRITE care.radar.v1.staging",
      "DESCRIBE care.radar.v1.staging",
    ]);
    expect(of("User:recorder")).toContain("READ care.trajekt.v1.staging");
    expect(of("User:recorder")).toContain("WRITE care.trajekt.v1.staging.dlq");
    expect(of("User:recorder")).toContain("READ bz-recorder");
    // Dead letters go out in a transaction with their batch's offsets, under ids `<group>-<uuid>`.
    expect(plan.acls.filter((a) => a.resourceType === "TRANSACTIONAL_ID")).toEqual(
      ["WRITE", "DESCRIBE"].map((operation) => ({
        principal: "User:recorder",
        resourceType: "TRANSACTIONAL_ID",
        resourceName: "bz-recorder-",
        operation,
        prefixed: true,
      })),
    );
    // Ops sees lag, reads dead letters in throw-away groups, and replays them to their topic.
    expect(of("User:ops")).toEqual(
      expect.arrayContaining([
        "DESCRIBE care.trajekt.v1.staging",
        "WRITE care.trajekt.v1.staging",
        "READ care.trajekt.v1.staging.dlq",
        "DESCRIBE bz-recorder",
        `READ ${deadLetterReaderGroupPrefix}`,
      ]),
    );
    expect(of("User:ops")).not.toContain("READ care.trajekt.v1.staging");
    // Nobody but the recorder and ops reads, and no partner principal touches a group or another's topic.
    for (const acl of plan.acls.filter((a) => /^User:(partner|gateway)-/.test(a.principal))) {
      expect(acl.operation === "WRITE" || acl.operation === "DESCRIBE").toBe(true);
      expect(acl.resourceType).toBe("TOPIC");
      expect(acl.resourceName).toBe(
        `care.${acl.principal.replace(/^User:(partner|gateway)-/, "")}.v1.staging`,
      );
    }
  });

  it("covers every partner of the catalogue, and the test broker has a SCRAM user for each principal", () => {
    const plan = planAccess(partners, options);
    for (const partner of partners)
      expect(plan.topics.map((t) => t.name)).toContain(`care.${partner.slug}.v1`);
    expect(testScramUsers()).toEqual(expect.arrayContaining(plannedUsers(plan)));
  });
});

describe("diffAccess", () => {
  const slugs = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/), { minLength: 0, maxLength: 6 });

  it("asks for nothing once the broker holds the plan, and for the whole plan on an empty broker (property)", () => {
    fc.assert(
      fc.property(slugs, (names) => {
        const plan = planAccess(
          names.map((slug) => ({ id: slug.toUpperCase(), slug })),
          options,
        );
        const none = diffAccess(plan, plan, planScope(options));
        expect(describeChanges(none, false)).toEqual([]);
        const all = diffAccess(plan, { topics: [], acls: [] }, planScope(options));
        expect(all.createTopics).toEqual(plan.topics);
        expect(all.createAcls).toEqual(plan.acls);
      }),
    );
  });

  it("given a partner that left the catalogue, reports its ACLs as stale, and leaves other environments alone", () => {
    const before = planAccess(two, options);
    const after = planAccess([two[0] ?? { id: "", slug: "" }], options);
    const otherEnvironment = planAccess(two, { ...options, topicSuffix: ".staging" });
    const changes = diffAccess(
      after,
      { topics: before.topics, acls: [...before.acls, ...otherEnvironment.acls] },
      planScope(options),
    );
    expect(changes.createAcls).toEqual([]);
    expect(new Set(changes.staleAcls.map((a) => a.resourceName))).toEqual(
      new Set(["care.radar.v1", "care.radar.v1.dlq"]),
    );
    expect(describeChanges(changes, true)).toContain("- acl User:partner-radar WRITE topic care.radar.v1");
  });

  it("reports a topic with fewer partitions than planned without changing it", () => {
    const plan = planAccess(two, options);
    const changes = diffAccess(
      plan,
      { topics: plan.topics.map((t) => ({ ...t, partitions: 2 })), acls: plan.acls },
      planScope(options),
    );
    expect(changes.createTopics).toEqual([]);
    expect(describeChanges(changes, false)[0]).toBe(
      "! topic care.radar.v1 has 2 partitions, the plan 6 (not changed)",
    );
  });
});
