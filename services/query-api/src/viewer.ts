import { z } from "zod";

/**
 * Why the reader looks: part of the NEN 7513 entry. Identity is never taken from the request
 * itself: it comes only from the verified bearer token (@bz/auth).
 */
export const purposeQuery = z
  .enum(["CARE", "CARE_COORDINATION"], { error: "purpose is CARE or CARE_COORDINATION" })
  .default("CARE")
  .describe("Why the professional looks; logged");

/** The access point NEN 7513 asks for: the service, the caller's address and its client software. */
export function accessPointOf(request: { ip: string; headers: Record<string, unknown> }): string {
  return `query-api ${request.ip} ${String(request.headers["user-agent"] ?? "").slice(0, 120)}`.trim();
}

/** The OpenAPI security requirement of every client-level route. */
export const bearer = [{ bearerAuth: [] as string[] }];
