import { createHmac } from "node:crypto";
import { BzError } from "@bz/errors";
import { bsnProblem } from "./domain/bsn.ts";

/** A pseudonymisation key: its id travels with every pseudonym so keys can rotate. */
export interface PseudonymKey {
  id: string;
  /** At least 32 bytes of secret material. */
  secret: Buffer;
}

/** Turns a BSN into a keyed pseudonym; the BSN itself goes no further than this object. */
export interface Pseudonymizer {
  /** `<keyId>:<base64url HMAC-SHA-256>`; throws PRIVACY_INVALID_BSN for a BSN that fails the elfproef. */
  pseudonymize(bsn: string): string;
  /** The id of the key new pseudonyms are made with. */
  readonly currentKeyId: string;
  /** Pseudonyms of the same BSN under every configured key (for linking across a rotation). */
  allPseudonyms(bsn: string): string[];
  /**
   * The current key's pseudonym of the person behind `pseudonym`, made under any configured key,
   * without the BSN (keys chain, see {@link createPseudonymizer}); PRIVACY_UNKNOWN_KEY otherwise.
   */
  relink(pseudonym: string): string;
  /**
   * The household pseudonym of a household key (e.g. the address key PC6 + house number, which
   * every partner knows): `<keyId>:<base64url HMAC-SHA-256>` of "household:" + key, so it links
   * one household across partners and never equals a subject pseudonym. Under more than one key it
   * chains as a subject's does, so {@link relink} links a household across a rotation too.
   */
  pseudonymizeHousehold(householdKey: string): string;
}

const keyIdPattern = /^[a-z0-9-]{1,16}$/;

/**
 * A pseudonymizer over one current key and any older ones. Under the oldest (or only) key a
 * pseudonym is HMAC-SHA-256(key, "bsn:" + BSN), so nobody without the key can test a guessed BSN
 * against it. Each newer key chains on the one before: HMAC-SHA-256(newer, "link:" + older
 * pseudonym). So after a rotation the platform can link every stored pseudonym to the new one
 * without any BSN (ADR 0042), and reversing a new pseudonym needs every key of the chain.
 */
export function createPseudonymizer(current: PseudonymKey, older: PseudonymKey[] = []): Pseudonymizer {
  for (const key of [current, ...older]) {
    if (!keyIdPattern.test(key.id)) {
      throw new BzError("CONFIG_INVALID", `pseudonym key id "${key.id}" must be 1-16 of a-z, 0-9 and -`);
    }
    if (key.secret.length < 32) {
      throw new BzError(
        "CONFIG_INVALID",
        `pseudonym key "${key.id}" has ${key.secret.length} bytes; use at least 32`,
      );
    }
  }
  const hmac = (key: PseudonymKey, text: string) =>
    `${key.id}:${createHmac("sha256", key.secret).update(text).digest("base64url")}`;
  // Oldest first: the chain starts at the oldest key and ends at the current one.
  const chain = [...older].reverse().concat(current);
  const ids = new Set<string>();
  for (const key of chain) {
    if (ids.has(key.id))
      throw new BzError("CONFIG_INVALID", `pseudonym key id "${key.id}" is configured twice`);
    ids.add(key.id);
  }
  /** Forms of one person under each key, oldest first, from its form under chain[from]. */
  const forward = (pseudonym: string, from: number) => {
    const forms = [pseudonym];
    for (let i = from + 1; i < chain.length; i++) {
      const key = chain[i] as PseudonymKey;
      forms.push(hmac(key, `link:${forms[forms.length - 1]}`));
    }
    return forms;
  };
  const formsOf = (bsn: string) => forward(hmac(chain[0] as PseudonymKey, `bsn:${bsn}`), 0);
  const check = (bsn: string) => {
    const problem = bsnProblem(bsn);
    // The message never repeats the BSN: it may reach a log or an HTTP answer.
    if (problem !== undefined) throw new BzError("PRIVACY_INVALID_BSN", `invalid BSN: ${problem}`);
  };
  return {
    currentKeyId: current.id,
    pseudonymize(bsn) {
      check(bsn);
      return formsOf(bsn).at(-1) as string;
    },
    allPseudonyms(bsn) {
      check(bsn);
      // Current first, then older keys in configuration order.
      return formsOf(bsn).reverse();
    },
    relink(pseudonym) {
      const id = pseudonym.slice(0, pseudonym.indexOf(":"));
      const from = chain.findIndex((key) => key.id === id);
      if (from < 0 || pseudonym.indexOf(":") < 1) {
        throw new BzError(
          "PRIVACY_UNKNOWN_KEY",
          `the pseudonym's key id "${id}" is not configured; configured are ${chain.map((k) => k.id).join(", ")}`,
        );
      }
      return forward(pseudonym, from).at(-1) as string;
    },
    pseudonymizeHousehold(householdKey) {
      const trimmed = householdKey.trim();
      if (trimmed === "" || trimmed.length > 200) {
        throw new BzError(
          "PRIVACY_INVALID_HOUSEHOLD_KEY",
          `a household key is 1-200 characters (e.g. PC6 and house number); got ${trimmed.length}`,
        );
      }
      // An address key never is a BSN; refusing one keeps a mistaken caller from hashing it here.
      if (/^[0-9]{9}$/.test(trimmed)) {
        throw new BzError(
          "PRIVACY_INVALID_HOUSEHOLD_KEY",
          "a household key must be an address key, not a nine-digit number; pseudonymise a BSN with pseudonymize()",
        );
      }
      // Chained like a subject's: made under the oldest key, then linked forward key by key, so
      // `relink` carries a household pseudonym of an older key to the current one without the key.
      const normalized = trimmed.replace(/\s+/g, " ").toUpperCase();
      return forward(hmac(chain[0] as PseudonymKey, `household:${normalized}`), 0).at(-1) as string;
    },
  };
}

/**
 * Reads keys from configuration text `id=base64secret[,id=base64secret...]`, the first being current.
 */
export function parsePseudonymKeys(text: string): { current: PseudonymKey; older: PseudonymKey[] } {
  const keys = text
    .split(",")
    .filter((part) => part.trim() !== "")
    .map((part) => {
      const [id, secret] = part.trim().split("=", 2);
      if (id === undefined || secret === undefined || secret === "") {
        throw new BzError(
          "CONFIG_INVALID",
          "pseudonym keys must look like id=base64secret[,id=base64secret]",
        );
      }
      return { id, secret: Buffer.from(secret, "base64") };
    });
  const [current, ...older] = keys;
  if (current === undefined) throw new BzError("CONFIG_INVALID", "no pseudonym key configured");
  return { current, older };
}
