import { readFileSync } from "node:fs";
import { BzError } from "@bz/errors";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  jwtVerify,
} from "jose";
import { type Principal, principalFromClaims } from "./domain/principal.ts";

/** The algorithms the platform accepts; `none` and HMAC never. */
export const tokenAlgorithms = ["EdDSA", "Ed25519", "ES256"];

/** Where the verification keys come from: a JWKS object, a JWKS file, or an https JWKS URL. */
export type KeySource = { jwks: JSONWebKeySet } | { jwksFile: string } | { jwksUrl: string };

/** Options of {@link createTokenVerifier}. */
export type TokenVerifierOptions = KeySource & {
  issuer: string;
  audience: string;
  /** Seconds of clock skew tolerated on exp/nbf/iat; default 30. */
  clockToleranceSeconds?: number;
  /** The clock (tests); default the system clock. */
  now?: () => Date;
};

/** Turns a bearer token into the verified {@link Principal}. */
export interface TokenVerifier {
  /** Throws AUTH_INVALID_TOKEN when signature, issuer, audience, expiry or claims do not hold. */
  verify(token: string): Promise<Principal>;
}

function keySet(source: KeySource): JWTVerifyGetKey {
  if ("jwks" in source) return createLocalJWKSet(source.jwks);
  if ("jwksFile" in source) {
    return createLocalJWKSet(JSON.parse(readFileSync(source.jwksFile, "utf8")) as JSONWebKeySet);
  }
  return createRemoteJWKSet(new URL(source.jwksUrl));
}

/** A verifier for the platform's tokens (jose: signature from the JWKS, iss, aud, exp, nbf). */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys = keySet(options);
  return {
    async verify(token) {
      let payload: unknown;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: tokenAlgorithms,
          clockTolerance: options.clockToleranceSeconds ?? 30,
          requiredClaims: ["exp", "sub", "jti"],
          ...(options.now === undefined ? {} : { currentDate: options.now() }),
        }));
      } catch (cause) {
        const reason = (cause as { code?: string }).code ?? "ERR_JWT_INVALID";
        throw new BzError(
          "AUTH_INVALID_TOKEN",
          `the bearer token was refused (${reason}); ask your identity provider for a new one`,
          { cause, details: { reason } },
        );
      }
      const result = principalFromClaims(payload);
      if ("problem" in result) {
        throw new BzError(
          "AUTH_INVALID_TOKEN",
          `the bearer token's claims are not the platform's: ${result.problem}`,
          { details: { reason: "ERR_BZ_CLAIMS" } },
        );
      }
      return result.principal;
    },
  };
}
