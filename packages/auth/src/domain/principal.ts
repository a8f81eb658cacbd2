import { type ActorRole, actorRoles } from "@bz/contracts";
import { z } from "zod";

/** Roles a staff token can carry: care professional, the partner's privacy officer, analyst, operations. */
export const staffRoles = ["PROFESSIONAL", "PRIVACY_OFFICER", "ANALYST", "OPS"] as const;
/** One staff role. */
export type StaffRole = (typeof staffRoles)[number];

/**
 * The professional roles a staff token can name (`bz_professional_role`): the catalogue's ActorRole
 * vocabulary, the same words events use for who acted, so a consent naming recipient roles means
 * the same thing in a token as in the data.
 */
export const professionalRoles = actorRoles;
/** One professional role (district nurse, GP, ...). */
export type ProfessionalRole = ActorRole;

/** Who holds a client token: the client, a legal representative, or a parent (client under 16). */
export const clientActors = ["CLIENT", "LEGAL_REPRESENTATIVE", "PARENT"] as const;

/** A professional, privacy officer, analyst or operator, working for one organisation. */
export interface StaffPrincipal {
  kind: "staff";
  /** The user id from the token's `sub`. */
  user: string;
  /** The partner (Partner symbol, e.g. TRAJEKT) the user works for. */
  organisation: string;
  roles: readonly StaffRole[];
  /** The responsible user on whose behalf they act (the user themself when acting alone). */
  onBehalfOf: string;
  /** The professional role (district nurse, GP, ...), when the token names one: consents may name roles. */
  professionalRole?: ProfessionalRole;
  /** The token's `jti`: what a revocation names. */
  tokenId: string;
}

/** A client, or their representative, bound to exactly one client pseudonym. */
export interface ClientPrincipal {
  kind: "client";
  user: string;
  /** The one client pseudonym this token may see. */
  subject: string;
  actingAs: (typeof clientActors)[number];
  /** The token's `jti`: what a revocation names. */
  tokenId: string;
}

/** Who is asking, taken from verified token claims only. */
export type Principal = StaffPrincipal | ClientPrincipal;

const organisation = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,39}$/, "bz_org is a partner symbol such as TRAJEKT or LEGER_DES_HEILS");

/** The claims the platform's tokens carry besides iss, aud, exp, iat (validated after the signature). */
export const tokenClaims = z.discriminatedUnion("bz_kind", [
  z.object({
    bz_kind: z.literal("staff"),
    sub: z.string().min(1).max(128),
    bz_org: organisation,
    bz_roles: z.array(z.enum(staffRoles)).min(1).max(staffRoles.length),
    bz_on_behalf_of: z.string().min(1).max(128).optional(),
    bz_professional_role: z
      .enum(professionalRoles as [ProfessionalRole, ...ProfessionalRole[]], {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not a professional role; use one of ${professionalRoles.join(", ")}`,
      })
      .optional(),
  }),
  z.object({
    bz_kind: z.literal("client"),
    sub: z.string().min(1).max(128),
    bz_subject: z.string().min(1).max(128),
    bz_acting_as: z.enum(clientActors).default("CLIENT"),
  }),
]);

/** The claims to put in a token, as {@link tokenClaims} reads them. */
export type TokenClaims = z.input<typeof tokenClaims>;

/**
 * The token id (`jti`) every accepted token carries, so that any token can be revoked before it
 * expires (ADR 0062). Issuers set it; it is not one of the claims a caller chooses.
 */
export const tokenIdClaim = z.object({
  jti: z.string({ error: "jti is missing: the platform accepts only tokens it can revoke" }).min(1).max(128),
});

/** The principal of validated claims, or the problem with them (zod issues, never the values). */
export function principalFromClaims(claims: unknown): { principal: Principal } | { problem: string } {
  const parsed = tokenClaims.safeParse(claims);
  const id = tokenIdClaim.safeParse(claims);
  if (!parsed.success || !id.success) {
    const issues = [...(parsed.error?.issues ?? []), ...(id.error?.issues ?? [])];
    return {
      problem: issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
    };
  }
  const c = parsed.data;
  const tokenId = id.data.jti;
  if (c.bz_kind === "client") {
    return {
      principal: { kind: "client", user: c.sub, subject: c.bz_subject, actingAs: c.bz_acting_as, tokenId },
    };
  }
  return {
    principal: {
      kind: "staff",
      user: c.sub,
      organisation: c.bz_org,
      roles: [...new Set(c.bz_roles)],
      onBehalfOf: c.bz_on_behalf_of ?? c.sub,
      ...(c.bz_professional_role === undefined ? {} : { professionalRole: c.bz_professional_role }),
      tokenId,
    },
  };
}

/** True when the principal is staff holding `role`. */
export function hasRole(principal: Principal, role: StaffRole): principal is StaffPrincipal {
  return principal.kind === "staff" && principal.roles.includes(role);
}
