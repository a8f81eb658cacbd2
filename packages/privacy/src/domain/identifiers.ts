import { passesElfproef } from "./bsn.ts";

/**
 * The platform's pseudonym: `<keyId>:<HMAC-SHA-256 in base64url, 43 characters>`, as
 * {@link ../pseudonymizer.ts} makes it. The key id says which key made it, so keys can rotate.
 */
export const pseudonymPattern = /^([a-z0-9-]{1,16}):([A-Za-z0-9_-]{43})$/;

/** Why a value is refused as a pseudonym. */
export type PseudonymProblem =
  | { code: "INGEST_NOT_PSEUDONYMISED"; message: string }
  | { code: "PRIVACY_UNKNOWN_KEY"; message: string };

/**
 * Checks that `value` is a pseudonym in the platform's format, made with one of `knownKeyIds`.
 * Returns undefined when it is; the message never repeats the value (it may be a clear BSN).
 */
export function pseudonymProblem(
  field: string,
  value: string,
  knownKeyIds: ReadonlySet<string>,
): PseudonymProblem | undefined {
  const match = pseudonymPattern.exec(value);
  if (match === null) {
    return {
      code: "INGEST_NOT_PSEUDONYMISED",
      message: `${field} is not a pseudonym (expected <keyId>:<43 base64url characters>); pseudonymise the BSN with the platform's key first (partner SDK or gateway), never send it in clear`,
    };
  }
  const keyId = match[1] ?? "";
  if (!knownKeyIds.has(keyId)) {
    return {
      code: "PRIVACY_UNKNOWN_KEY",
      message: `${field} was pseudonymised with key id "${keyId}", which the platform does not know; use the current key (known: ${[...knownKeyIds].sort().join(", ") || "none"})`,
    };
  }
  return undefined;
}

// Nine digits, each pair optionally split by one space, dot or dash ("123 456 782", "1234.56.782"),
// not part of a longer run of digits.
const nineDigits = /(?<!\d)\d(?:[ .-]?\d){8}(?!\d)/g;
const uuidPattern = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const uuidsInText = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;

/**
 * True when `text` holds a nine-digit number passing the elfproef: a BSN in clear, most likely.
 * UUIDs inside the text are passed over (about one in two thousand has such a run of hex digits).
 */
export function holdsClearBsn(text: string): boolean {
  for (const match of text.replace(uuidsInText, " ").matchAll(nineDigits)) {
    if (passesElfproef(match[0].replace(/[ .-]/g, ""))) return true;
  }
  return false;
}

/**
 * The path of the first string in `value` (an event as JSON) that holds a clear BSN, or undefined.
 * UUIDs and pseudonyms are skipped: their hex or base64url digits are no number anyone typed.
 */
export function findClearBsn(value: unknown, path = "$"): string | undefined {
  if (typeof value === "string") {
    if (uuidPattern.test(value) || pseudonymPattern.test(value)) return undefined;
    return holdsClearBsn(value) ? path : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findClearBsn(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findClearBsn(item, path === "$" ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
