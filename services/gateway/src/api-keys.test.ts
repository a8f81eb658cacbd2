import { createApiKeyAuthenticator, hashApiKey, parseApiKeys } from "@bz/gateway";
import { describe, expect, it } from "vitest";

describe("API keys", () => {
  const entries = parseApiKeys(
    `trajekt=${hashApiKey("t-key")}, ENVIDA=${hashApiKey("e-key")},trajekt=${hashApiKey("t-next")}`,
  );
  const auth = createApiKeyAuthenticator(entries);

  it("resolves a bearer or x-api-key key to its partner, several keys per partner", () => {
    expect(auth.authenticate({ authorization: "Bearer t-key" })).toBe("TRAJEKT");
    expect(auth.authenticate({ authorization: "bearer t-next" })).toBe("TRAJEKT");
    expect(auth.authenticate({ "x-api-key": "e-key" })).toBe("ENVIDA");
  });

  it("refuses a missing or unknown key with its own code", () => {
    expect(() => auth.authenticate({})).toThrow(
      expect.objectContaining({ code: "AUTH_MISSING_CREDENTIALS" }),
    );
    expect(() => auth.authenticate({ authorization: "Basic x" })).toThrow(
      expect.objectContaining({ code: "AUTH_MISSING_CREDENTIALS" }),
    );
    expect(() => auth.authenticate({ "x-api-key": "t-key " })).toThrow(
      expect.objectContaining({ code: "AUTH_INVALID_CREDENTIALS" }),
    );
  });

  it("refuses configuration with an unknown partner or a clear key instead of its hash", () => {
    expect(() => parseApiKeys(`nobody=${"a".repeat(64)}`)).toThrow(/unknown partner "nobody"/);
    expect(() => parseApiKeys("trajekt=t-key")).toThrow(/SHA-256 hex/);
    expect(() => parseApiKeys(" ")).toThrow(/no API key/);
  });
});
