import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BzError, errorCodes, isBzError } from "@bz/errors";
import { describe, expect, it } from "vitest";
import { renderErrorDocs } from "./render-docs.ts";

describe("BzError", () => {
  it("carries its own code, retryable flag and cause", () => {
    const cause = new Error("socket closed");
    const error = new BzError("STORE_UNAVAILABLE", "PostgreSQL at 127.0.0.1:5432 refused", {
      retryable: true,
      cause,
    });
    expect(error.code).toBe("STORE_UNAVAILABLE");
    expect(error.retryable).toBe(true);
    expect(error.cause).toBe(cause);
    expect(isBzError(error, "STORE_UNAVAILABLE")).toBe(true);
    expect(isBzError(error, "CONFIG_INVALID")).toBe(false);
    expect(isBzError(new Error("x"))).toBe(false);
  });

  it("lists every code with an explanation", () => {
    for (const [code, text] of Object.entries(errorCodes)) {
      expect(code).toMatch(/^[A-Z]+_[A-Z_]+$/);
      expect(text.length).toBeGreaterThan(10);
    }
  });
});

describe("docs/errors.md", () => {
  it("lists every code as the code list has it (run packages/errors/scripts/write-docs.ts)", () => {
    const page = readFileSync(join(import.meta.dirname, "..", "..", "..", "docs", "errors.md"), "utf8");
    expect(page).toBe(renderErrorDocs());
  });
});
