import { setTimeout as sleep } from "node:timers/promises";
import { BzError, type ErrorCode, errorCodes } from "@bz/errors";

/** Where the SDK gets pseudonyms: the platform's POST /v1/pseudonyms (the key stays there). */
export interface PseudonymServiceOptions {
  /** The gateway's base URL, e.g. `https://gateway.blauwezorg.nl`. */
  url: string;
  /** The partner's gateway API key. */
  apiKey: string;
  /** BSNs whose pseudonym is remembered; default 100,000 (the oldest is forgotten first). */
  cacheSize?: number;
  /** BSNs per request; default 1,000 (the gateway's most). */
  batchSize?: number;
}

/** Turns BSNs into the platform's pseudonyms, asking the platform only for those it has not cached. */
export interface PseudonymService {
  /** The pseudonym of each BSN. */
  lookup(bsns: readonly string[]): Promise<Map<string, string>>;
  /** The household pseudonym of each household key (the address key), cached the same way. */
  lookupHouseholds(householdKeys: readonly string[]): Promise<Map<string, string>>;
  /** The key id of the pseudonyms last received. */
  readonly keyId: string | undefined;
}

/**
 * A cached client of POST /v1/pseudonyms. When the platform answers with a new key id (a rotation)
 * the cache is dropped; pseudonyms of the older key that were already sent stay valid, as the
 * platform links them to the new one (ADR 0042).
 */
export function createPseudonymService(options: PseudonymServiceOptions): PseudonymService {
  const cacheSize = options.cacheSize ?? 100_000;
  const batchSize = options.batchSize ?? 1_000;
  const endpoint = new URL("/v1/pseudonyms", options.url).toString();
  const cache = new Map<string, string>();
  let keyId: string | undefined;

  const households = new Map<string, string>();

  const ask = async (
    bsns: string[],
    kind: "bsns" | "households" = "bsns",
  ): Promise<{ keyId: string; pseudonyms: string[] }> => {
    // A lookup is a pure function of the BSNs, so a request whose connection dropped (a gateway
    // restarting, a kept-alive socket the server closed) is simply sent again, up to three times.
    let response: Response | undefined;
    for (let attempt = 1; response === undefined; attempt++) {
      try {
        response = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${options.apiKey}` },
          body: JSON.stringify({ [kind]: bsns }),
        });
      } catch (error) {
        if (attempt < 3) {
          await sleep(50 * 4 ** (attempt - 1));
          continue;
        }
        throw new BzError(
          "PSEUDONYM_UNAVAILABLE",
          `the pseudonym service at ${endpoint} cannot be reached (3 attempts); retry later`,
          {
            retryable: true,
            cause: error,
          },
        );
      }
    }
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const answered = kind === "bsns" ? body.pseudonyms : body.households;
    if (response.ok && typeof body.keyId === "string" && Array.isArray(answered)) {
      return { keyId: body.keyId, pseudonyms: answered as string[] };
    }
    // The platform's problem+json: keep its code (PRIVACY_INVALID_BSN, PSEUDONYM_RATE_LIMITED, AUTH_*).
    const code =
      typeof body.code === "string" && Object.hasOwn(errorCodes, body.code)
        ? (body.code as ErrorCode)
        : undefined;
    throw new BzError(
      code ?? "PSEUDONYM_UNAVAILABLE",
      `the pseudonym service answered ${response.status}: ${typeof body.detail === "string" ? body.detail : "no detail"}`,
      {
        retryable: response.status === 429 || response.status >= 500,
        details: {
          status: response.status,
          ...(response.headers.get("retry-after") === null
            ? {}
            : { retryAfter: response.headers.get("retry-after") }),
          ...(Array.isArray(body["invalid-params"]) ? { invalidParams: body["invalid-params"] } : {}),
        },
      },
    );
  };

  /** Asks for what `known` lacks, in batches, then answers every input from it. */
  const lookupIn = async (
    known: Map<string, string>,
    inputs: readonly string[],
    kind: "bsns" | "households",
  ): Promise<Map<string, string>> => {
    const missing = [...new Set(inputs)].filter((input) => !known.has(input));
    for (let i = 0; i < missing.length; i += batchSize) {
      const batch = missing.slice(i, i + batchSize);
      const answer = await ask(batch, kind);
      // A rotation: both caches start again (older pseudonyms already sent stay valid, ADR 0042).
      if (keyId !== undefined && answer.keyId !== keyId) {
        cache.clear();
        households.clear();
      }
      keyId = answer.keyId;
      batch.forEach((input, j) => {
        const pseudonym = answer.pseudonyms[j];
        if (pseudonym === undefined)
          throw new BzError("PSEUDONYM_UNAVAILABLE", "the pseudonym service answered too few pseudonyms");
        if (known.size >= cacheSize) known.delete(known.keys().next().value as string);
        known.set(input, pseudonym);
      });
    }
    const found = new Map<string, string>();
    for (const input of inputs) {
      let pseudonym = known.get(input);
      // Dropped by a rotation or the size bound between the asking and now: ask once more.
      if (pseudonym === undefined) {
        const answer = await ask([input], kind);
        keyId = answer.keyId;
        pseudonym = answer.pseudonyms[0] ?? "";
      }
      found.set(input, pseudonym);
    }
    return found;
  };

  return {
    get keyId() {
      return keyId;
    },
    lookup(bsns) {
      return lookupIn(cache, bsns, "bsns");
    },
    lookupHouseholds(householdKeys) {
      return lookupIn(households, householdKeys, "households");
    },
  };
}
