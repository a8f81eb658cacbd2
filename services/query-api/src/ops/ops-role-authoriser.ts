import { requireRole } from "@bz/auth";
import type { OpsAuthoriser } from "./ops-sources.ts";

/**
 * Ops actions (replaying dead letters) need a verified staff token with the OPS role; the query
 * API's authenticate hook has already verified the bearer token, this checks the role (401/403).
 */
export const opsRoleAuthoriser: OpsAuthoriser = async (request) => {
  const principal = await requireRole(request, "OPS");
  return { user: principal.user };
};
