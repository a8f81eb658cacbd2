import { holdsClearBsn, pseudonymPattern } from "@bz/privacy/domain";
import { z } from "zod";

/**
 * Why a client path parameter is refused, or undefined when it is a pseudonym in the platform's
 * format. Checked before anything else sees the value, so a BSN typed into a URL never reaches a
 * query, a log line or the access log. The message never repeats the value.
 */
export function subjectParamProblem(value: string): string | undefined {
  if (holdsClearBsn(value)) {
    return "this looks like a BSN: look a client up by the pseudonym the platform made of it, never by the BSN itself";
  }
  if (!pseudonymPattern.test(value)) {
    return "expected the client's pseudonym, <keyId>:<43 base64url characters> (as in a timeline's subject)";
  }
  return undefined;
}

/** The zod schema of a `:subject` path parameter, for every route that names a client. */
export const subjectParam = z
  .string()
  .superRefine((value, ctx) => {
    const problem = subjectParamProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
  })
  .describe("The client's pseudonym, <keyId>:<43 base64url characters> (never a BSN)");
