import type { CareEvent, Partner } from "@bz/contracts";
import { BzError } from "@bz/errors";
import type { Logger } from "@bz/observability";
import type { CareEventWithBsn } from "@bz/partner-sdk";

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
export function withBsn(event: CareEvent, bsn: string): CareEventWithBsn {
  const { subject: _subject, ...rest } = event;
  return { ...rest, bsn } as CareEventWithBsn;
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
      list.push(withBsn(event, bsn));
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
