// Shared set-up of the query API's integration tests: a real database holding both the event store
// and the read models, tokens from a key the test makes, and event builders.
import { randomUUID } from "node:crypto";
import {
  createSigningKey,
  createTokenVerifier,
  type ProfessionalRole,
  type SigningKey,
  type StaffRole,
} from "@bz/auth";
import { clientStreamOf } from "@bz/contracts";
import { createSqlEventStore, type EventStore } from "@bz/event-store";
import type { HttpApp } from "@bz/http";
import { createLogger } from "@bz/observability";
import { applyBatch, migrateCheckpoints, readCheckpoint, timelineProjection } from "@bz/projections";
import type { SqlClient } from "@bz/sql";
import { loadCatalogue } from "@bz/ward-views";
import { apiKeyAnalystAuthorizer, hashAnalystKey } from "./analyst-api-keys.ts";
import { buildQueryApi } from "./app.ts";
import type { WardRoutesOptions } from "./ward-routes.ts";

export const issuer = "bz-test-issuer";
export const audience = "bz-query-api";

/** A running query API on `sql`, with helpers to ingest events and issue tokens. */
export interface Fixture {
  api: HttpApp;
  store: EventStore;
  key: SigningKey;
  /** Appends events to their client's stream (acknowledged once this resolves), then projects them. */
  ingest(...events: CareEventInput[]): Promise<void>;
  /** Appends only: the projector has not run yet. */
  append(...events: CareEventInput[]): Promise<void>;
  project(): Promise<void>;
  /** A staff token; `professionalRole` becomes the verified `bz_professional_role` claim. */
  staff(
    org: string,
    roles?: StaffRole[],
    user?: string,
    professionalRole?: ProfessionalRole,
  ): Promise<string>;
  client(subject: string): Promise<string>;
  close(): Promise<void>;
}

/** An event to ingest: type, subject, publisher, when, and the type's own fields. */
export interface CareEventInput {
  type: string;
  subject: string;
  publisher: string;
  at: string;
  fields?: Record<string, unknown>;
  eventId?: string;
}

export async function startFixture(
  sql: SqlClient,
  access?: { relationshipGraceMs?: number },
  /** Another fixture's key: a second API on the same database that accepts the same tokens. */
  sharedKey?: SigningKey,
): Promise<Fixture> {
  const store = await createSqlEventStore(sql);
  const key = sharedKey ?? (await createSigningKey());
  await migrateCheckpoints(sql);
  await timelineProjection.migrate(sql);
  const api = await buildQueryApi({
    readModels: sql,
    store,
    auth: createTokenVerifier({ jwks: key.jwks, issuer, audience }),
    logger: createLogger({ service: "test", level: "silent" }),
    ...(access === undefined ? {} : { access }),
  });
  const append = async (...events: CareEventInput[]) => {
    for (const e of events) {
      const eventId = e.eventId ?? randomUUID();
      await store.appendToStream(clientStreamOf(e.subject), [
        {
          eventId,
          type: e.type,
          data: {
            eventId,
            eventType: e.type,
            occurredAt: e.at,
            publisher: e.publisher,
            subject: e.subject,
            buurtCode: "BU09350400",
            financingDomain: "WMO",
            ...e.fields,
          },
        },
      ]);
    }
  };
  const project = async () => {
    const after = await readCheckpoint(sql, timelineProjection.name);
    const events = await store.readAll(after === undefined || after < 0n ? {} : { after });
    await applyBatch(sql, timelineProjection, events);
  };
  return {
    api,
    store,
    key,
    append,
    project,
    async ingest(...events) {
      await append(...events);
      await project();
    },
    staff: (
      org,
      roles: StaffRole[] = ["PROFESSIONAL"],
      user = `${org.toLowerCase()}-prof`,
      professionalRole,
    ) =>
      key.issue(
        {
          bz_kind: "staff",
          sub: user,
          bz_org: org,
          bz_roles: roles,
          ...(professionalRole === undefined ? {} : { bz_professional_role: professionalRole }),
        },
        { issuer, audience },
      ),
    client: (subject) =>
      key.issue({ bz_kind: "client", sub: `citizen-${subject}`, bz_subject: subject }, { issuer, audience }),
    async close() {
      await api.close();
      await store.close();
    },
  };
}

/** `Authorization: Bearer <token>`. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * The query API as analysts reach it: the ward routes on `readModels` with the analyst API key
 * `key` (no token issuer: analysts here never present a token), republishing on every request
 * unless `analysts` says otherwise.
 */
export async function analystApi(
  readModels: SqlClient,
  key: string,
  analysts: Partial<Omit<WardRoutesOptions, "readModels" | "authorizeAnalyst">> = {},
): Promise<HttpApp> {
  return buildQueryApi({
    readModels,
    store: await createSqlEventStore(readModels),
    auth: createTokenVerifier({
      jwks: (await createSigningKey()).jwks,
      issuer: "unused",
      audience: "unused",
    }),
    logger: createLogger({ service: "test", level: "silent" }),
    analysts: {
      catalogue: loadCatalogue(),
      authorizeAnalyst: apiKeyAnalystAuthorizer(`ana=${hashAnalystKey(key)}`),
      refreshMs: 0,
      ...analysts,
    },
  });
}
