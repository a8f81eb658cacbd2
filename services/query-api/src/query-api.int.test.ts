import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { partnerTopics } from "@bz/dead-letters";
import { createEmbeddedEventLog, type EventLog } from "@bz/event-log";
import { buildGateway, type Gateway, hashApiKey, parseApiKeys } from "@bz/gateway";
import { createLogger } from "@bz/observability";
import { createPseudonymizer } from "@bz/privacy";
import { buildRecorderService, type RecorderService } from "@bz/recorder";
import { createPgliteClient, createPostgresClient, type SqlClient } from "@bz/sql";
import { useTestDatabase, waitFor } from "@bz/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, type CareEventInput, type Fixture, startFixture } from "./query-api-fixture.testing.ts";

const db = useTestDatabase();
let sql: SqlClient;
let f: Fixture;

const contact = (
  subject: string,
  publisher: string,
  at: string,
  dataCategory = "SOCIAL_SUPPORT",
): CareEventInput => ({
  type: "ContactDelivered",
  subject,
  publisher,
  at,
  fields: { dataCategory, episodeId: "ep", mode: "FACE_TO_FACE", minutes: 30 },
});
const episode = (
  subject: string,
  publisher: string,
  at: string,
  episodeId = `ep-${publisher}`,
): CareEventInput => ({
  type: "CareEpisodeStarted",
  subject,
  publisher,
  at,
  fields: {
    episodeId,
    dataCategory: "HOME_CARE",
    serviceType: "wijkverpleging",
    referralSource: "GP",
    referralId: null,
  },
});
const grant = (
  subject: string,
  consentId: string,
  recipients: string[],
  categories: string[],
): CareEventInput => ({
  type: "ConsentGranted",
  subject,
  publisher: "TRAJEKT",
  at: "2026-02-01T00:00:00.000Z",
  fields: {
    consentId,
    recipients,
    dataCategories: categories,
    purpose: "CARE_COORDINATION",
    validUntil: null,
    grantor: "CLIENT",
  },
});
const revoke = (subject: string, consentId: string, at = "2026-03-01T00:00:00.000Z"): CareEventInput => ({
  type: "ConsentRevoked",
  subject,
  publisher: "TRAJEKT",
  at,
  fields: { consentId, grantor: "CLIENT" },
});

async function timeline(subject: string, token: string) {
  return f.api.inject({
    url: `/v1/clients/${subject}/timeline`,
    headers: { ...bearer(token), "user-agent": "ecd/1.0" },
  });
}
async function logOf(subject: string) {
  const { rows } = await sql.query<Record<string, unknown>>(
    "select user_id, on_behalf_of, organisation, actor_role, object_ids, consent_ref, care_relationship, emergency, purpose from access_log.entries where subject = $1 order by sequence",
    [subject],
  );
  return rows;
}

beforeAll(async () => {
  sql = createPostgresClient({ connectionString: db.url });
  f = await startFixture(sql);
  await f.ingest(
    contact("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "TRAJEKT", "2026-01-02T10:00:00.000Z"),
    contact(
      "k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      "METGGZ",
      "2026-01-03T10:00:00.000Z",
      "MENTAL_HEALTH",
    ),
    contact("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "TRAJEKT", "2026-01-04T10:00:00.000Z"),
  );
});
afterAll(async () => {
  await f.close();
  await sql.close();
});

describe("who is asking, verified", () => {
  it("refuses a read without a token, with a forged one, and ignores the old x-bz-* headers", async () => {
    const none = await f.api.inject({
      url: "/v1/clients/k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/timeline",
      headers: { "x-bz-user": "mallory", "x-bz-organisation": "TRAJEKT" },
    });
    expect(none.statusCode).toBe(401);
    expect(none.headers["content-type"]).toContain("application/problem+json");
    expect(none.json().code).toBe("AUTH_MISSING_TOKEN");
    const { createSigningKey } = await import("@bz/auth");
    const forger = await createSigningKey();
    const forged = await forger.issue(
      { bz_kind: "staff", sub: "mallory", bz_org: "TRAJEKT", bz_roles: ["PROFESSIONAL"] },
      { issuer: "bz-test-issuer", audience: "bz-query-api" },
    );
    const refused = await timeline("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", forged);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe("AUTH_INVALID_TOKEN");
    expect(await logOf("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).toEqual([]);
  });

  it("answers 403 to a valid token without the professional role", async () => {
    const analyst = await timeline(
      "k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      await f.staff("TRAJEKT", ["ANALYST"]),
    );
    expect(analyst.statusCode).toBe(403);
    expect(analyst.json().code).toBe("AUTH_FORBIDDEN");
  });

  it("documents the bearer scheme in OpenAPI", async () => {
    const docs = (await f.api.inject({ url: "/docs" })).json();
    expect(docs.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(docs.paths["/v1/clients/{subject}/timeline"].get.security).toEqual([{ bearerAuth: [] }]);
    // Every /v1 operation of the query API names the scheme, so no route is documented as open.
    const operations = Object.entries(docs.paths as Record<string, Record<string, { security?: unknown }>>)
      .filter(([path]) => path.startsWith("/v1/"))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => [`${method} ${path}`, op.security]),
      );
    expect(operations.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "get /v1/clients/{subject}/consents",
        "get /v1/clients/{subject}/access-log",
        "post /v1/clients/{subject}/break-glass",
        "post /v1/tokens/revocations",
      ]),
    );
    for (const [name, security] of operations) expect(security, String(name)).toEqual([{ bearerAuth: [] }]);
  });

  it("every client route gives an unknown client and one the caller may not see the same 404", async () => {
    const known = "k1:c8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    const unknown = "k1:c9nobodyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    await f.ingest(contact(known, "TRAJEKT", "2026-01-05T10:00:00.000Z"));
    const professional = await f.staff("RADAR");
    const officer = await f.staff("RADAR", ["PRIVACY_OFFICER"]);
    const requests = [
      { token: professional, method: "GET", path: "timeline" },
      {
        token: professional,
        method: "POST",
        path: "break-glass",
        payload: { reason: "acute crisis at the door" },
      },
      { token: officer, method: "GET", path: "consents" },
      { token: officer, method: "GET", path: "access-log" },
      { token: await f.client(unknown.replace("c9", "c7")), method: "GET", path: "consents" },
    ] as const;
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined, details: undefined });
    for (const r of requests) {
      const ask = (subject: string) =>
        f.api.inject({
          method: r.method,
          url: `/v1/clients/${subject}/${r.path}`,
          headers: bearer(r.token),
          ...("payload" in r ? { payload: r.payload } : {}),
        });
      const [hidden, missing] = [await ask(known), await ask(unknown)];
      expect([hidden.statusCode, missing.statusCode], `${r.method} ${r.path}`).toEqual([404, 404]);
      expect(hidden.headers["content-type"]).toContain("application/problem+json");
      expect(strip(hidden.json()), `${r.method} ${r.path}`).toEqual(strip(missing.json()));
      expect(hidden.body).not.toContain("TRAJEKT");
    }
    expect(await logOf(known)).toEqual([]);
  });
});

describe("consent-filtered timeline", () => {
  it("shows a partner its own events and logs the read with the verified identity", async () => {
    const token = await f.key.issue(
      {
        bz_kind: "staff",
        sub: "prof-1",
        bz_org: "TRAJEKT",
        bz_roles: ["PROFESSIONAL"],
        bz_on_behalf_of: "prof-lead",
        bz_professional_role: "SOCIAL_WORKER",
      },
      { issuer: "bz-test-issuer", audience: "bz-query-api" },
    );
    const response = await timeline("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", token);
    expect(response.statusCode).toBe(200);
    const entries = response.json().entries as { eventId: string; publisher: string; access: unknown }[];
    expect(entries.map((e) => [e.publisher, e.access])).toEqual([
      ["TRAJEKT", { kind: "OWN_DATA" }],
      ["TRAJEKT", { kind: "OWN_DATA" }],
    ]);
    expect((await logOf("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).at(-1)).toMatchObject({
      user_id: "prof-1",
      on_behalf_of: "prof-lead",
      organisation: "TRAJEKT",
      actor_role: "PROFESSIONAL/SOCIAL_WORKER",
      object_ids: entries.map((e) => e.eventId),
      emergency: false,
    });
  });

  it("an unknown client and a client the viewer may not see give the same 404, and nothing is logged", async () => {
    const envida = await f.staff("ENVIDA");
    const before = (await logOf("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).length;
    const hidden = await timeline("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", envida);
    const unknown = await timeline("k1:nobodyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", envida);
    expect(hidden.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    expect(strip(hidden.json())).toEqual(strip(unknown.json()));
    expect(hidden.body).not.toContain("TRAJEKT");
    expect(await logOf("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).toHaveLength(before);
  });

  it("with a care relationship and a consent naming it, another partner sees the consented, non-sensitive events only", async () => {
    const envida = await f.staff("ENVIDA");
    await f.ingest(
      episode("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "ENVIDA", "2026-01-10T00:00:00.000Z"),
    );
    const relationOnly = (await timeline("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", envida)).json();
    expect(relationOnly.entries.map((e: { publisher: string }) => e.publisher)).toEqual(["ENVIDA"]);

    await f.ingest(
      grant("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "consent-1", ["ENVIDA"], ["SOCIAL_SUPPORT"]),
    );
    const consented = (await timeline("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", envida)).json();
    expect(
      consented.entries.map((e: { publisher: string; access: { kind: string } }) => [
        e.publisher,
        e.access.kind,
      ]),
    ).toEqual([
      ["ENVIDA", "OWN_DATA"],
      ["TRAJEKT", "CONSENT"],
      ["TRAJEKT", "CONSENT"],
    ]);
    expect(JSON.stringify(consented)).not.toContain("METGGZ");
    expect((await logOf("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).at(-1)).toMatchObject({
      organisation: "ENVIDA",
      consent_ref: "consent-1",
      care_relationship: "episode:ep-ENVIDA",
    });

    await f.ingest(revoke("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "consent-1"));
    const revoked = (await timeline("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", envida)).json();
    expect(revoked.entries.map((e: { publisher: string }) => e.publisher)).toEqual(["ENVIDA"]);
  });

  it("a revocation is effective on the very next query, under concurrent ingest, before any projector ran", async () => {
    const envida = await f.staff("ENVIDA");
    await f.ingest(
      episode("k1:c2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "ENVIDA", "2026-01-10T00:00:00.000Z"),
      contact("k1:c2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "TRAJEKT", "2026-01-11T00:00:00.000Z"),
    );
    let ingesting = true;
    // Other clients' events keep arriving and being projected all the while.
    const background = (async () => {
      let n = 0;
      while (ingesting) {
        n += 1;
        await f.ingest(contact(`k1:busy${n % 7}${"A".repeat(38)}`, "RADAR", "2026-01-05T00:00:00.000Z"));
      }
      return n;
    })();
    try {
      for (let round = 0; round < 8; round += 1) {
        await f.append(
          grant(
            "k1:c2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            `c2-${round}`,
            ["ENVIDA"],
            ["SOCIAL_SUPPORT"],
          ),
        );
        const seen = (await timeline("k1:c2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", envida))
          .json()
          .entries.filter((e: { publisher: string }) => e.publisher === "TRAJEKT");
        expect(seen).toHaveLength(1);
        // Acknowledged = the store accepted it; the projector has not necessarily run.
        await f.append(
          revoke("k1:c2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", `c2-${round}`, "2026-01-12T00:00:00.000Z"),
        );
        const next = (await timeline("k1:c2AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", envida))
          .json()
          .entries.filter((e: { publisher: string }) => e.publisher === "TRAJEKT");
        expect(next, `round ${round}: the revoked consent still showed Trajekt's event`).toEqual([]);
      }
    } finally {
      ingesting = false;
    }
    expect(await background).toBeGreaterThan(0);
  });

  it("an objection removes the client from every other partner's view", async () => {
    const envida = await f.staff("ENVIDA");
    await f.ingest(
      episode("k1:c3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "ENVIDA", "2026-01-10T00:00:00.000Z"),
      contact("k1:c3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "TRAJEKT", "2026-01-11T00:00:00.000Z"),
      grant("k1:c3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "c3", ["ENVIDA"], ["SOCIAL_SUPPORT"]),
    );
    expect(
      (await timeline("k1:c3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", envida)).json().entries,
    ).toHaveLength(2);
    await f.append({
      type: "ObjectionRecorded",
      subject: "k1:c3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      publisher: "TRAJEKT",
      at: "2026-02-02T00:00:00.000Z",
      fields: { objectionId: "o-1", scope: "SHARED_TIMELINE", raisedBy: "CLIENT" },
    });
    expect(
      (await timeline("k1:c3AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", envida))
        .json()
        .entries.map((e: { publisher: string }) => e.publisher),
    ).toEqual(["ENVIDA"]);
  });
});

describe("token revocation", () => {
  it("an OPS revocation refuses the token on the very next request, also on another query API on the same database", async () => {
    const subject = "k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    const tokenId = "revoke-me-1";
    const nurse = await f.key.issue(
      { bz_kind: "staff", sub: "trajekt-nurse", bz_org: "TRAJEKT", bz_roles: ["PROFESSIONAL"] },
      { issuer: "bz-test-issuer", audience: "bz-query-api", tokenId },
    );
    expect((await timeline(subject, nurse)).statusCode).toBe(200);
    // A second API process on the same database, started before the revocation: nothing it knows
    // may let the revoked token through.
    const other = createPostgresClient({ connectionString: db.url });
    const second = await startFixture(other, undefined, f.key);
    try {
      expect(
        (await second.api.inject({ url: `/v1/clients/${subject}/timeline`, headers: bearer(nurse) }))
          .statusCode,
      ).toBe(200);

      const notOps = await f.api.inject({
        method: "POST",
        url: "/v1/tokens/revocations",
        headers: bearer(await f.staff("TRAJEKT", ["PRIVACY_OFFICER"])),
        payload: { tokenId, reason: "laptop lost" },
      });
      expect(notOps.statusCode).toBe(403);
      const noId = await f.api.inject({
        method: "POST",
        url: "/v1/tokens/revocations",
        headers: bearer(await f.staff("TRAJEKT", ["OPS"], "ops-1")),
        payload: { reason: "laptop lost" },
      });
      expect(noId.statusCode).toBe(400);
      expect(noId.json()["invalid-params"][0]).toMatchObject({ name: "body.tokenId" });

      const revoked = await f.api.inject({
        method: "POST",
        url: "/v1/tokens/revocations",
        headers: bearer(await f.staff("TRAJEKT", ["OPS"], "ops-1")),
        payload: { tokenId, reason: "laptop lost" },
      });
      expect(revoked.statusCode).toBe(201);
      expect(revoked.json()).toMatchObject({ tokenId, revokedBy: "TRAJEKT/ops-1", alreadyRevoked: false });

      for (const api of [f.api, second.api]) {
        const refused = await api.inject({ url: `/v1/clients/${subject}/timeline`, headers: bearer(nurse) });
        expect(refused.statusCode).toBe(401);
        expect(refused.headers["content-type"]).toContain("application/problem+json");
        expect(refused.json().code).toBe("AUTH_REVOKED_TOKEN");
      }
      const sameUserNewToken = await timeline(
        subject,
        await f.staff("TRAJEKT", ["PROFESSIONAL"], "trajekt-nurse"),
      );
      expect(sameUserNewToken.statusCode).toBe(200);
    } finally {
      await second.close();
      await other.close();
    }
  });
});

describe("consents naming professional roles", () => {
  // The consent comes in as a partner sends it: JSON with a clear BSN to the gateway's POST
  // /v1/events, Avro on the partner's topic, the recorder appending it to the event store.
  let pipeline: { gateway: Gateway; recorder: RecorderService; log: EventLog; dataDir: string };
  const pseudonymizer = createPseudonymizer({ id: "k1", secret: randomBytes(32) });
  beforeAll(async () => {
    const logger = createLogger({ service: "roles-test", level: "silent" });
    const dataDir = mkdtempSync(join(tmpdir(), "bz-roles-"));
    const log = await createEmbeddedEventLog({ dataDir, logger });
    const gateway = await buildGateway({
      log,
      apiKeys: parseApiKeys(`trajekt=${hashApiKey("trajekt-roles-key")}`),
      pseudonymizer,
      logger,
    });
    const recorder = await buildRecorderService({
      log,
      store: f.store,
      topics: partnerTopics(),
      groupId: "roles-test-recorder",
      pseudonymKeyIds: ["k1"],
      logger,
      partitions: 1,
    });
    pipeline = { gateway, recorder, log, dataDir };
  });
  afterAll(async () => {
    await pipeline.gateway.stop();
    await pipeline.recorder.stop();
    await pipeline.log.close();
    rmSync(pipeline.dataDir, { recursive: true, force: true });
  });

  it("a consent naming district nurses, sent through the gateway, lets Envida's district nurse see Trajekt's entry, and not Envida's GP or a token without a role", async () => {
    const bsn = "111222333";
    const subject = pseudonymizer.pseudonymize(bsn);
    const consentEventId = randomUUID();
    const sent = await pipeline.gateway.http.inject({
      method: "POST",
      url: "/v1/events",
      headers: { authorization: "Bearer trajekt-roles-key" },
      payload: {
        eventId: consentEventId,
        eventType: "ConsentGranted",
        schemaVersion: 3,
        occurredAt: "2026-02-01T00:00:00.000Z",
        publisher: "TRAJEKT",
        bsn,
        buurtCode: "BU09350400",
        financingDomain: null,
        actor: { role: "ADMINISTRATOR", professionalId: "trajekt-desk-1" },
        correlationId: "roles-test",
        consentId: "consent-nurses",
        recipients: ["ENVIDA"],
        recipientRoles: ["DISTRICT_NURSE"],
        dataCategories: ["SOCIAL_SUPPORT"],
        purpose: "CARE_COORDINATION",
        validUntil: null,
        grantor: "CLIENT",
      },
    });
    expect(sent.statusCode).toBe(202);
    const recorded = await waitFor(
      async () => (await f.store.readAll()).find((e) => e.eventId === consentEventId),
      { what: "the recorder storing the consent the gateway took" },
    );
    expect(recorded.data).toMatchObject({ subject, recipientRoles: ["DISTRICT_NURSE"] });
    await f.ingest(
      episode(subject, "ENVIDA", "2026-01-10T00:00:00.000Z"),
      contact(subject, "TRAJEKT", "2026-01-11T00:00:00.000Z"),
    );
    const publishersSeenBy = async (token: string) => {
      const response = await timeline(subject, token);
      expect(response.statusCode).toBe(200);
      return response
        .json()
        .entries.map(
          (e: { publisher: string; access: { kind: string } }) => `${e.publisher}:${e.access.kind}`,
        );
    };
    const nurse = await f.staff("ENVIDA", ["PROFESSIONAL"], "envida-nurse", "DISTRICT_NURSE");
    const gp = await f.staff("ENVIDA", ["PROFESSIONAL"], "envida-gp", "GP");
    const noRole = await f.staff("ENVIDA", ["PROFESSIONAL"], "envida-anyone");
    expect(await publishersSeenBy(nurse)).toEqual(["TRAJEKT:CONSENT", "ENVIDA:OWN_DATA"]);
    expect(await publishersSeenBy(gp)).toEqual(["ENVIDA:OWN_DATA"]);
    expect(await publishersSeenBy(noRole)).toEqual(["ENVIDA:OWN_DATA"]);
    const log = await logOf(subject);
    expect(log.map((entry) => [entry.user_id, entry.consent_ref])).toEqual([
      ["envida-nurse", "consent-nurses"],
      ["envida-gp", null],
      ["envida-anyone", null],
    ]);
  });
});

describe("break-glass", () => {
  it("opens another partner's events without consent for a limited time, marks response and log, and lands on the review list", async () => {
    await f.ingest(
      episode("k1:c4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "ENVIDA", "2026-01-10T00:00:00.000Z"),
      contact("k1:c4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "TRAJEKT", "2026-01-11T00:00:00.000Z"),
    );
    const nurse = await f.staff("ENVIDA", ["PROFESSIONAL"], "nurse-9");
    const tooShort = await f.api.inject({
      method: "POST",
      url: "/v1/clients/k1:c4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/break-glass",
      headers: bearer(nurse),
      payload: { reason: "urgent" },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json()["invalid-params"][0].name).toBe("body.reason");
    const stranger = await f.api.inject({
      method: "POST",
      url: "/v1/clients/k1:c4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/break-glass",
      headers: bearer(await f.staff("RADAR")),
      payload: { reason: "client found unconscious at home, need medication history" },
    });
    expect(stranger.statusCode).toBe(404);

    const opened = await f.api.inject({
      method: "POST",
      url: "/v1/clients/k1:c4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/break-glass",
      headers: bearer(nurse),
      payload: { reason: "client found unconscious at home, need medication history", minutes: 60 },
    });
    expect(opened.statusCode).toBe(201);
    const glass = opened.json();
    const response = (await timeline("k1:c4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", nurse)).json();
    expect(response.breakGlass).toMatchObject({ id: glass.id });
    expect(
      response.entries.find((e: { publisher: string }) => e.publisher === "TRAJEKT")?.access,
    ).toMatchObject({
      kind: "BREAK_GLASS",
      breakGlassId: glass.id,
    });
    expect((await logOf("k1:c4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).at(-1)).toMatchObject({
      user_id: "nurse-9",
      emergency: true,
      purpose: "EMERGENCY",
    });
    // Another professional of the same organisation has no break-glass of their own.
    const colleague = (
      await timeline(
        "k1:c4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        await f.staff("ENVIDA", ["PROFESSIONAL"], "nurse-10"),
      )
    ).json();
    expect(colleague.entries.map((e: { publisher: string }) => e.publisher)).toEqual(["ENVIDA"]);

    const officer = await f.staff("ENVIDA", ["PRIVACY_OFFICER"], "po-envida");
    const list = (await f.api.inject({ url: "/v1/break-glass", headers: bearer(officer) })).json();
    expect(list.uses.map((u: { id: string }) => u.id)).toContain(glass.id);
    const otherOrg = (
      await f.api.inject({
        url: "/v1/break-glass",
        headers: bearer(await f.staff("TRAJEKT", ["PRIVACY_OFFICER"])),
      })
    ).json();
    expect(otherOrg.uses.map((u: { id: string }) => u.id)).not.toContain(glass.id);
    expect((await f.api.inject({ url: "/v1/break-glass", headers: bearer(nurse) })).statusCode).toBe(403);
    const reviewed = await f.api.inject({
      method: "POST",
      url: `/v1/break-glass/${glass.id}/review`,
      headers: bearer(officer),
      payload: { note: "justified" },
    });
    expect(reviewed.json()).toMatchObject({ reviewedBy: "po-envida", reviewNote: "justified" });
    const after = (await f.api.inject({ url: "/v1/break-glass", headers: bearer(officer) })).json();
    expect(after.uses.map((u: { id: string }) => u.id)).not.toContain(glass.id);
  });
});

describe("the client's own views", () => {
  it("the client's token and a related privacy officer see consents and the access log; nobody else does", async () => {
    await f.ingest(
      contact("k1:c5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "TRAJEKT", "2026-01-11T00:00:00.000Z"),
      grant("k1:c5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "c5", ["ENVIDA"], ["SOCIAL_SUPPORT"]),
      revoke("k1:c5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "c5"),
    );
    const own = await f.client("k1:c5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    const consents = await f.api.inject({
      url: "/v1/clients/k1:c5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/consents",
      headers: bearer(own),
    });
    expect(consents.statusCode).toBe(200);
    expect(consents.json().consents).toEqual([
      expect.objectContaining({
        consentId: "c5",
        status: "REVOKED",
        recipients: ["ENVIDA"],
        grantor: "CLIENT",
      }),
    ]);
    await timeline(
      "k1:c5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
      await f.staff("TRAJEKT", ["PROFESSIONAL"], "prof-5"),
    );
    const log = await f.api.inject({
      url: "/v1/clients/k1:c5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/access-log?limit=2",
      headers: bearer(own),
    });
    expect(log.statusCode).toBe(200);
    const page = log.json();
    expect(page.entries[0]).toMatchObject({
      objects: { kind: "ClientConsents" },
      organisation: "CLIENT:CLIENT",
      role: "CLIENT",
    });
    expect(page.entries[1]).toMatchObject({
      userId: "prof-5",
      objects: { kind: "ClientTimeline" },
      role: "PROFESSIONAL",
    });
    expect(page.next).toBe(page.entries[1].sequence);
    const officer = await f.api.inject({
      url: "/v1/clients/k1:c5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/access-log",
      headers: bearer(await f.staff("TRAJEKT", ["PRIVACY_OFFICER"])),
    });
    expect(officer.statusCode).toBe(200);
    for (const token of [
      await f.client("k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
      await f.staff("TRAJEKT"),
      await f.staff("ENVIDA", ["PRIVACY_OFFICER"]),
    ]) {
      const refused = await f.api.inject({
        url: "/v1/clients/k1:c5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/consents",
        headers: bearer(token),
      });
      expect(refused.statusCode).toBe(404);
    }
  });
});

describe("fail closed", () => {
  it("returns no data when the access log cannot be written", async () => {
    await sql.exec("alter table access_log.entries rename to entries_away");
    try {
      const response = await timeline(
        "k1:c1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        await f.staff("TRAJEKT"),
      );
      expect(response.statusCode).toBe(503);
      expect(response.json().code).toBe("ACCESS_LOG_UNAVAILABLE");
      expect(response.body).not.toContain("TRAJEKT");
    } finally {
      await sql.exec("alter table access_log.entries_away rename to entries");
    }
  });
});

describe("embedded mode (PGlite)", () => {
  it("filters and logs the same way, also before the projector ran", async () => {
    const lite = await createPgliteClient();
    const e = await startFixture(lite);
    try {
      await e.append(
        contact("k1:e1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "TRAJEKT", "2026-01-02T00:00:00.000Z"),
      );
      const early = await e.api.inject({
        url: "/v1/clients/k1:e1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/timeline",
        headers: bearer(await e.staff("TRAJEKT")),
      });
      expect(early.statusCode).toBe(200);
      expect(early.json().entries).toEqual([]);
      await e.ingest(
        episode("k1:e1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "ENVIDA", "2026-01-10T00:00:00.000Z"),
        grant("k1:e1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "e1", ["ENVIDA"], ["SOCIAL_SUPPORT"]),
      );
      const envida = await e.api.inject({
        url: "/v1/clients/k1:e1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/timeline",
        headers: bearer(await e.staff("ENVIDA")),
      });
      expect(envida.json().entries.map((x: { access: { kind: string } }) => x.access.kind)).toEqual([
        "OWN_DATA",
        "CONSENT",
      ]);
      expect(
        (
          await e.api.inject({
            url: "/v1/clients/k1:e1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/timeline",
            headers: bearer(await e.staff("RADAR")),
          })
        ).statusCode,
      ).toBe(404);
      const { rows } = await lite.query<{ n: number }>(
        "select count(*)::int as n from access_log.entries where subject = 'k1:e1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'",
      );
      expect(rows[0]?.n).toBe(2);
    } finally {
      await e.close();
      await lite.close();
    }
  });
});
