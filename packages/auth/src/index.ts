export type {
  ClientPrincipal,
  Principal,
  ProfessionalRole,
  StaffPrincipal,
  StaffRole,
  TokenClaims,
} from "./domain/principal.ts";
export {
  clientActors,
  hasRole,
  principalFromClaims,
  professionalRoles,
  staffRoles,
  tokenClaims,
  tokenIdClaim,
} from "./domain/principal.ts";
export type { RequestWithHeaders } from "./request-auth.ts";
export { authenticate, requirePrincipal, requireRole } from "./request-auth.ts";
export type { SigningKey } from "./signing-key.ts";
export { createSigningKey, localSigningKey } from "./signing-key.ts";
export type { TokenRevocation, TokenRevocationList, TokenRevocations } from "./token-revocations.ts";
export { createSqlTokenRevocations, revocationTargetOf } from "./token-revocations.ts";
export type { KeySource, TokenVerifier, TokenVerifierOptions } from "./token-verifier.ts";
export { createTokenVerifier, tokenAlgorithms } from "./token-verifier.ts";
