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

  const ask = async (bsns: string[]): Promise<{ keyId: string; pseudonyms: string[] }> => {
    // A lookup is a pure function of the BSNs, so a request whose connection dropped (a gateway
    // restarting, a kept-alive socket the server closed) is simply sent again, up to three times.
    let response: Response | undefined;
    for (let attempt = 1; response === undefined; attempt++) {
      try {
        response = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${options.apiKey}` },
          body: JSON.stringify({ bsns }),
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
    if (response.ok && typeof body.keyId === "string" && Array.isArray(body.pseudonyms)) {
      return { keyId: body.keyId, pseudonyms: body.pseudonyms as string[] };
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

  return {
    get keyId() {
      return keyId;
    },
    async lookup(bsns) {
      const missing = [...new Set(bsns)].filter((bsn) => !cache.has(bsn));
      for (let i = 0; i < missing.length; i += batchSize) {
        const batch = missing.slice(i, i + batchSize);
        const answer = await ask(batch);
        if (keyId !== undefined && answer.keyId !== keyId) cache.clear();
        keyId = answer.keyId;
        batch.forEach((bsn, j) => {
          const pseudonym = answer.pseudonyms[j];
          if (pseudonym === undefined)
            throw new BzError("PSEUDONYM_UNAVAILABLE", "the pseudonym service answered too few pseudonyms");
          if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
          cache.set(bsn, pseudonym);
        });
      }
      const found = new Map<string, string>();
      for (const bsn of bsns) {
        let pseudonym = cache.get(bsn);
        // Dropped by a rotation or the size bound between the asking and now: ask once more.
        if (pseudonym === undefined) {
          const answer = await ask([bsn]);
          keyId = answer.keyId;
          pseudonym = answer.pseudonyms[0] ?? "";
        }
        found.set(bsn, pseudonym);
      }
      return found;
    },
  };
}
