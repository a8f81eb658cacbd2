import { Writable } from "node:stream";
import { BzError } from "@bz/errors";
import { createHttpApp } from "@bz/http";
import { createLogger, createMetricsRegistry } from "@bz/observability";
import { describe, expect, it } from "vitest";
import { z } from "zod";

async function app() {
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const http = await createHttpApp({
    logger: createLogger({ service: "test", destination: quiet }),
    metrics: createMetricsRegistry("test"),
    title: "Test",
    description: "test app",
    ready: async () => false,
  });
  http.post(
    "/things",
    { schema: { body: z.object({ items: z.array(z.object({ minutes: z.number().int().min(0) })) }) } },
    async () => ({ ok: true }),
  );
  http.get("/denied", async () => {
    throw new BzError("AUTH_INVALID_CREDENTIALS", "the API key is not known; ask the platform team for one");
  });
  http.get("/unavailable", async () => {
    throw new BzError("LOG_UNAVAILABLE", "send: Kafka at 10.1.2.3:9092 cannot be reached", {
      retryable: true,
    });
  });
  await http.ready();
  return http;
}

describe("createHttpApp", () => {
  it("answers a schema violation with problem+json naming each field", async () => {
    const http = await app();
    const response = await http.inject({
      method: "POST",
      url: "/things",
      payload: { items: [{ minutes: 5 }, { minutes: -1 }, { minutes: "ten" }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const body = response.json();
    expect(body.code).toBe("HTTP_INVALID_REQUEST");
    expect(body["invalid-params"].map((p: { name: string }) => p.name)).toEqual([
      "body.items[1].minutes",
      "body.items[2].minutes",
    ]);
  });

  it("maps a platform error to its status, and unknown routes to 404", async () => {
    const http = await app();
    const denied = await http.inject({ method: "GET", url: "/denied" });
    expect(denied.statusCode).toBe(401);
    expect(denied.json()).toMatchObject({ code: "AUTH_INVALID_CREDENTIALS", status: 401 });
    const missing = await http.inject({ method: "GET", url: "/nothing" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("HTTP_NOT_FOUND");
  });

  it("serves health, readiness, metrics and the OpenAPI document", async () => {
    const http = await app();
    expect((await http.inject({ url: "/health" })).statusCode).toBe(200);
    expect((await http.inject({ url: "/ready" })).statusCode).toBe(503);
    expect((await http.inject({ url: "/metrics" })).body).toContain("process_cpu_seconds_total");
    const docs = (await http.inject({ url: "/docs" })).json();
    expect(docs.openapi).toMatch(/^3\./);
    expect(Object.keys(docs.paths)).toContain("/things");
  });

  it("answers a 5xx with the code's public description, never the internal message or addresses", async () => {
    const http = await app();
    const response = await http.inject({ url: "/unavailable" });
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe("LOG_UNAVAILABLE");
    expect(response.body).not.toContain("10.1.2.3");
    expect(response.json().detail).toContain("The event log cannot be reached");
  });
});
