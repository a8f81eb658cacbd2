export type { PartnerSender } from "./test-access.ts";
export { createPartnerSender, grantTestAccess, partnerPrincipalOf } from "./test-access.ts";
