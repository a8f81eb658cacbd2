import { type ErrorCode, errorCodes, isBzError } from "@bz/errors";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

/** One invalid input, as RFC 9457's `invalid-params` extension lists it. */
export interface InvalidParam {
  /** Where the value is: `body.events[0].minutes`, `query.limit`. */
  name: string;
  /** What is wrong and what is expected. */
  reason: string;
}

/** An application/problem+json body (RFC 9457) with the platform's stable code. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  "invalid-params"?: InvalidParam[];
}

/** The HTTP status of each error code that reaches a client; the HTTP layer alone chooses it. */
const statusOf: Partial<Record<ErrorCode, number>> = {
  HTTP_INVALID_REQUEST: 400,
  HTTP_NOT_FOUND: 404,
  AUTH_FORBIDDEN: 403,
  WARD_UNKNOWN_INDICATOR: 404,
  WARD_UNKNOWN_WARD: 404,
  WARD_INVALID_PERIOD: 400,
  AUTH_MISSING_CREDENTIALS: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_MISSING_TOKEN: 401,
  AUTH_INVALID_TOKEN: 401,
  AUTH_REVOKED_TOKEN: 401,
  AUTH_REVOCATIONS_UNAVAILABLE: 503,
  ACCESS_BREAK_GLASS_INVALID: 400,
  INGEST_WRONG_PUBLISHER: 403,
  INGEST_FORBIDDEN_TYPE: 403,
  CONTRACT_INVALID_VALUE: 400,
  CONTRACT_UNKNOWN_TYPE: 400,
  CONTRACT_OVERSIZED: 413,
  INGEST_BATCH_TOO_LARGE: 413,
  PRIVACY_INVALID_BSN: 400,
  CONTRACT_FORBIDDEN_CHARACTER: 400,
  INGEST_NOT_PSEUDONYMISED: 422,
  INGEST_CLEAR_IDENTIFIER: 422,
  PRIVACY_UNKNOWN_KEY: 422,
  STORE_BUSY: 503,
  HTTP_RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
  LOG_UNAVAILABLE: 503,
  // The platform's own Kafka principal was refused: nothing the caller can fix.
  LOG_NOT_AUTHORIZED: 503,
  LOG_AUTHENTICATION_FAILED: 503,
  PSEUDONYM_RATE_LIMITED: 429,
  ACCESS_LOG_UNAVAILABLE: 503,
};

function pathName(part: string, instancePath: string): string {
  const segments = instancePath
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`));
  return `${part}${segments.join("")}`;
}

/** Sends `problem` as application/problem+json. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type("application/problem+json").send(problem);
}

/** fastify error handler: every error becomes a problem+json body naming the fields and the fix. */
export function problemErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? "body";
    const invalid = error.validation.map((issue) => ({
      name: pathName(part, issue.instancePath),
      reason: issue.message ?? "invalid value",
    }));
    return sendProblem(reply, {
      type: "https://blauwezorg.nl/problems/invalid-request",
      title: "The request does not match the documented schema",
      status: 400,
      detail: `${invalid.length} invalid value(s): ${invalid.map((p) => `${p.name}: ${p.reason}`).join("; ")}`,
      code: "HTTP_INVALID_REQUEST",
      instance: request.url,
      "invalid-params": invalid,
    });
  }
  if (isBzError(error)) {
    const status = statusOf[error.code] ?? 422;
    // The client gets the code; the operator needs the cause behind a 5xx. A 5xx's own message may
    // name internal addresses (brokers, databases): the client gets the code's public description.
    if (status >= 500) request.log.error({ err: error, cause: error.cause }, error.message);
    const invalid = error.details.invalidParams as InvalidParam[] | undefined;
    return sendProblem(reply, {
      type: `https://blauwezorg.nl/problems/${error.code.toLowerCase().replaceAll("_", "-")}`,
      title: error.code,
      status,
      detail: status >= 500 ? `${errorCodes[error.code]} Retry later.` : error.message,
      code: error.code,
      instance: request.url,
      ...(invalid === undefined ? {} : { "invalid-params": invalid }),
    });
  }
  if (error.statusCode !== undefined && error.statusCode < 500) {
    return sendProblem(reply, {
      type: "https://blauwezorg.nl/problems/invalid-request",
      title: "The request cannot be handled",
      status: error.statusCode,
      detail: error.message,
      code: "HTTP_INVALID_REQUEST",
      instance: request.url,
    });
  }
  request.log.error({ err: error }, "unexpected error");
  return sendProblem(reply, {
    type: "https://blauwezorg.nl/problems/internal",
    title: "Internal error",
    status: 500,
    detail: "The server failed unexpectedly; the error is logged. Retry later.",
    code: "HTTP_INTERNAL",
    instance: request.url,
  });
}
