import { setTimeout as sleep } from "node:timers/promises";
import type { CareEvent, Partner } from "@bz/contracts";
import { BzError, isBzError } from "@bz/errors";
import type { Logger } from "@bz/observability";
import type { CareEventWithBsn, PartnerPublisher } from "@bz/partner-sdk";
import type { Population } from "@bz/simulation";

/**
 * Writes a simulated history through the paths real partners use: most partners publish with the
 * partner SDK straight to their Kafka topic, the ones configured "over the gateway" post batches to
 * the HTTP gateway with their API key. Either way the clear BSN goes in and the platform's
 * pseudonym comes out, as in production. Events go in time order per partner (one partner's events
 * for one client land on one partition, in order); partners publish side by side.
 */

/** Where one partner's events go: an SDK publisher or the gateway. */
export interface PartnerPath {
  /** Publishes one batch, all or none; resolves once the platform acknowledged it. */
  publish(events: readonly CareEventWithBsn[]): Promise<void>;
}

/** Options of {@link backfill}. */
export interface BackfillOptions {
  events: readonly CareEvent[];
  /** The simulated BSN behind a subject pseudonym (the simulation's own table, never stored). */
  bsnOf(subject: string): string;
  /**
   * The household key (address key) behind a household pseudonym. When given, events go out with
   * `householdKey` in clear instead of `household`, and the platform (the gateway, or the SDK through
   * POST /v1/pseudonyms) makes the household pseudonym (ADR 0061). Without it households go as they are.
   */
  householdKeyOf?(household: string): string | undefined;
  /** The path of each partner. */
  pathOf(partner: Partner): PartnerPath;
  /** Events per batch; the gateway takes at most 500 per request. */
  batchSize?: number;
  /** Events read ahead and spread over the partners before they are sent. */
  windowSize?: number;
  /** Called after each window with the number of events sent so far. */
  onProgress?(sent: number): void;
  logger?: Logger;
}

/** What a backfill did. */
export interface BackfillResult {
  sent: number;
  byPartner: Record<string, number>;
}

/** The partner-side form of an event: the clear BSN in place of the subject pseudonym. */
export function withBsn(event: CareEvent, bsn: string, householdKey?: string): CareEventWithBsn {
  const { subject: _subject, ...rest } = event;
  if (householdKey === undefined) return { ...rest, bsn } as CareEventWithBsn;
  const { household: _household, ...withoutHousehold } = rest as typeof rest & { household?: unknown };
  return { ...withoutHousehold, bsn, householdKey } as CareEventWithBsn;
}

/** Household pseudonym → address key for every address of the population, moved households' earlier ones too. */
export function householdKeysOf(population: Population): Map<string, string> {
  const keys = new Map<string, string>();
  for (const household of population.households) {
    keys.set(household.address.household, household.address.addressKey);
    if (household.moved !== undefined)
      keys.set(household.moved.from.household, household.moved.from.addressKey);
  }
  return keys;
}

/** Sends every event of a history; throws the first failure (a rerun is harmless: ids deduplicate). */
export async function backfill(options: BackfillOptions): Promise<BackfillResult> {
  const batchSize = options.batchSize ?? 500;
  const windowSize = options.windowSize ?? 20_000;
  const byPartner: Record<string, number> = {};
  let sent = 0;
  for (let offset = 0; offset < options.events.length; offset += windowSize) {
    const window = options.events.slice(offset, offset + windowSize);
    const perPartner = new Map<Partner, CareEventWithBsn[]>();
    for (const event of window) {
      const bsn = options.bsnOf(event.subject);
      const list = perPartner.get(event.publisher) ?? [];
      const household = (event as { household?: string | null }).household;
      const householdKey =
        options.householdKeyOf === undefined || typeof household !== "string"
          ? undefined
          : options.householdKeyOf(household);
      if (
        options.householdKeyOf !== undefined &&
        typeof household === "string" &&
        householdKey === undefined
      ) {
        throw new BzError("SIMULATOR_PUBLISH_REFUSED", "an event names a household outside the population");
      }
      list.push(withBsn(event, bsn, householdKey));
      perPartner.set(event.publisher, list);
    }
    await Promise.all(
      [...perPartner].map(async ([partner, events]) => {
        const path = options.pathOf(partner);
        for (let i = 0; i < events.length; i += batchSize) {
          await path.publish(events.slice(i, i + batchSize));
        }
        byPartner[partner] = (byPartner[partner] ?? 0) + events.length;
      }),
    );
    sent += window.length;
    options.onProgress?.(sent);
  }
  options.logger?.info({ sent, byPartner }, "backfill sent");
  return { sent, byPartner };
}

/**
 * A partner path over the partner SDK. A pseudonym lookup the platform rate-limited
 * (PSEUDONYM_RATE_LIMITED, 429 with Retry-After) is waited out and the batch sent again, as a
 * partner's system would; any other failure is thrown.
 */
export function sdkPath(publisher: PartnerPublisher): PartnerPath {
  return {
    async publish(events) {
      for (let attempt = 1; ; attempt++) {
        try {
          await publisher.publish(events);
          return;
        } catch (error) {
          if (!isBzError(error, "PSEUDONYM_RATE_LIMITED") || attempt >= 100) throw error;
          const seconds = Number((error.details as { retryAfter?: string } | undefined)?.retryAfter ?? 1);
          await sleep(1000 * (Number.isFinite(seconds) && seconds > 0 ? seconds : 1));
        }
      }
    },
  };
}

/** A partner path over the HTTP gateway: POST /v1/events with the partner's API key. */
export function gatewayPath(baseUrl: string, apiKey: string, partner: Partner): PartnerPath {
  const url = new URL("/v1/events", baseUrl).toString();
  return {
    async publish(events) {
      for (let attempt = 1; ; attempt++) {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-api-key": apiKey },
          body: JSON.stringify({ events }),
        });
        if (response.status === 202) return;
        const problem = await response.text();
        // 503: the gateway could not reach Kafka; the batch is safe to resend (ids deduplicate).
        if (response.status === 503 && attempt < 5) {
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
          continue;
        }
        throw new BzError(
          "SIMULATOR_PUBLISH_REFUSED",
          `The gateway refused ${partner}'s batch of ${events.length} events with ${response.status}: ${problem.slice(0, 500)}`,
        );
      }
    },
  };
}
