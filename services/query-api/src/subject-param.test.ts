import { describe, expect, it } from "vitest";
import { subjectParamProblem } from "./subject-param.ts";

describe("the :subject path parameter", () => {
  it("accepts a pseudonym in the platform's format", () => {
    expect(subjectParamProblem(`k1:${"a".repeat(43)}`)).toBeUndefined();
  });

  it.each([
    ["a BSN", "123456782", "looks like a BSN"],
    ["a BSN with spaces", "1234 56 782", "looks like a BSN"],
    ["a free string", "client-1", "expected the client's pseudonym"],
    ["a short pseudonym", "k1:abc", "expected the client's pseudonym"],
  ])("refuses %s without repeating it", (_, value, reason) => {
    const problem = subjectParamProblem(value);
    expect(problem).toContain(reason);
    expect(problem).not.toContain(value);
  });
});
