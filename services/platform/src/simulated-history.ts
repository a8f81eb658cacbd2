import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CareEvent, type Partner, topicFor } from "@bz/contracts";
import { prepareEvents } from "@bz/partner-sdk";
import {
  type History,
  loadScenario,
  type Scenario,
  seededRandom,
  simulateHistoryInSteps,
} from "@bz/simulation";
import { backfill } from "@bz/simulator";
import type { FirstStartContext, FirstStartWork } from "./first-start.ts";

/** Options of {@link simulatedHistory}. */
export interface SimulatedHistoryOptions {
  /** Where the chosen period is kept, so a resumed first start sends the very same events. */
  dataDir: string;
  /** The scenario (default packages/simulation/scenario.json). */
  scenario?: Scenario;
  /** First month, YYYY-MM (default the scenario's `history.from`, 2016-01). */
  from?: string;
  /** End of the history in ms (default now, fixed at the first attempt). */
  now?: number;
  /** Events read ahead and spread over the partners between progress reports (default 5,000). */
  windowSize?: number;
}

/** Lets the event loop through between steps: the platform serves while the history is made. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How far past the first start the history is planned: the year the live continuation sends. */
const HORIZON_MS = 365 * 24 * 3600 * 1000;

/** The history of the kept period, made in steps while the platform serves. */
async function historyOf(
  options: SimulatedHistoryOptions,
  context: Pick<FirstStartContext, "pseudonymize" | "pseudonymizeHousehold">,
) {
  const scenario = options.scenario ?? loadScenario();
  const period = fixedPeriod(options, scenario);
  const history = await simulateHistoryInSteps(
    {
      scenario,
      random: seededRandom(scenario.seed),
      from: period.from,
      to: period.horizon ?? period.to,
      identity: {
        pseudonymize: context.pseudonymize,
        pseudonymizeHousehold: context.pseudonymizeHousehold,
      },
    },
    pause,
  );
  return { period, history };
}

/** Sends `events` through each partner's own path: the partner SDK's preparation, then its topic. */
function sendThroughPartners(
  context: Pick<FirstStartContext, "producer" | "pseudonymize" | "signal">,
  bsns: ReadonlyMap<string, string>,
  events: CareEvent[],
  onProgress?: (sent: number) => void,
  windowSize = 5_000,
) {
  return backfill({
    events,
    bsnOf: (subject) => {
      const bsn = bsns.get(subject);
      if (bsn === undefined) throw new Error(`the simulated history names a subject outside its population`);
      return bsn;
    },
    pathOf: (partner: Partner) => ({
      async publish(batch) {
        if (context.signal.aborted) throw new Error("the platform is stopping");
        const prepared = prepareEvents(batch, { partner, pseudonymize: context.pseudonymize });
        await context.producer.send(
          topicFor(partner),
          prepared.map((p) => p.record),
        );
        await pause();
      },
    }),
    windowSize,
    ...(onProgress === undefined ? {} : { onProgress }),
  });
}

/**
 * The first start's work (ADR 0052): the four wards' simulated history from 2016 to now, sent
 * through the partners' own path, oldest first. Each partner's events go through the partner
 * SDK's preparation (validation, what the partner may publish, pseudonyms made from the clear
 * BSN by the platform's pseudonymiser) onto its own topic, where the recorder checks them like
 * any partner's. The period is fixed in `first-start-history.json` on the first attempt, so an
 * interrupted first start resumes with the same seed, period and event ids, and the store keeps
 * each event once. The history is planned a year past the first start; that year is what
 * {@link continuedHistory} sends as its moments arrive.
 */
export function simulatedHistory(options: SimulatedHistoryOptions): FirstStartWork {
  return async (context) => {
    const { period, history } = await historyOf(options, context);
    const past = history.events.filter((event) => Date.parse(event.occurredAt) < period.to);
    writeSample(options.dataDir, past);
    context.progress(0, past.length);
    await sendThroughPartners(
      context,
      bsnsOf(history),
      past,
      (sent) => context.progress(sent, past.length),
      options.windowSize,
    );
  };
}

/** The clear BSN of each simulated subject, for the partner path (which pseudonymises it again). */
function bsnsOf(history: History): Map<string, string> {
  return new Map(history.population.residents.map((r) => [r.subject, r.bsn]));
}

/**
 * The history's events past the first start, oldest first (none for a data folder kept before the
 * continuation existed); the rest of the history is not kept.
 */
async function futureOf(
  options: SimulatedHistoryOptions,
  context: Pick<FirstStartContext, "pseudonymize" | "pseudonymizeHousehold">,
): Promise<{ future: CareEvent[]; bsns: Map<string, string> }> {
  const { period, history } = await historyOf(options, context);
  if (period.horizon === undefined) return { future: [], bsns: new Map() };
  return {
    future: history.events.filter((event) => Date.parse(event.occurredAt) >= period.to),
    bsns: bsnsOf(history),
  };
}

/** Options of {@link continuedHistory}. */
export interface ContinuedHistoryOptions extends SimulatedHistoryOptions {
  /** How often due events are looked for (default 5 s). */
  checkEveryMs?: number;
  /** The clock (tests pass their own). */
  clock?: () => number;
}

/**
 * The live part of the demo (ADR 0070): the same simulated history, continued. Its events past the
 * first start are sent when their moment comes, so the current quarter grows as the history's
 * own population would make it grow, instead of a separate load of made-up clients. How many of
 * them were sent is kept in `live-history.json`; a crash between a send and that note sends the
 * same events again, which the store keeps once (fixed event ids). Runs until `signal` aborts.
 */
export function continuedHistory(options: ContinuedHistoryOptions): FirstStartWork {
  return async (context) => {
    const clock = options.clock ?? Date.now;
    const { future, bsns } = await futureOf(options, context);
    const file = join(options.dataDir, "live-history.json");
    let sent = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { sent: number }).sent : 0;
    context.progress(sent, future.length);
    while (!context.signal.aborted && sent < future.length) {
      const now = clock();
      let due = sent;
      while (due < future.length && Date.parse(future[due]?.occurredAt ?? "") <= now) due += 1;
      if (due > sent) {
        await sendThroughPartners(context, bsns, future.slice(sent, due));
        sent = due;
        writeFileSync(file, `${JSON.stringify({ sent })}\n`);
        context.progress(sent, future.length);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.checkEveryMs ?? 5_000);
        context.signal.addEventListener("abort", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
}

/** The period of the history: chosen once, then read back from the data folder. */
function fixedPeriod(
  options: SimulatedHistoryOptions,
  scenario: Scenario,
): { from: number; to: number; horizon?: number } {
  const file = join(options.dataDir, "first-start-history.json");
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, "utf8")) as { from: number; to: number; horizon?: number };
    if (Number.isSafeInteger(kept.from) && Number.isSafeInteger(kept.to)) {
      return Number.isSafeInteger(kept.horizon) ? kept : { from: kept.from, to: kept.to };
    }
  }
  const month = /^([0-9]{4})-(0[1-9]|1[0-2])$/.exec(options.from ?? scenario.history.from);
  if (month === null)
    throw new Error(`the history's first month ${options.from ?? scenario.history.from} is not YYYY-MM`);
  const to = options.now ?? Date.now();
  const period = { from: Date.UTC(Number(month[1]), Number(month[2]) - 1, 1), to, horizon: to + HORIZON_MS };
  writeFileSync(file, `${JSON.stringify(period)}\n`);
  return period;
}

const sampleFile = "sample-client.txt";

/**
 * Keeps a client worth showing: the one with the most records among those Trajekt (the demo's
 * first professional) has a record of and at least two other partners too.
 */
function writeSample(dataDir: string, events: CareEvent[]): void {
  const publishers = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const event of events) {
    publishers.set(event.subject, (publishers.get(event.subject) ?? new Set()).add(event.publisher));
    counts.set(event.subject, (counts.get(event.subject) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [subject, by] of publishers) {
    if (!by.has("TRAJEKT") || by.size < 3) continue;
    if (best === undefined || (counts.get(subject) ?? 0) > (counts.get(best) ?? 0)) best = subject;
  }
  if (best !== undefined) writeFileSync(join(dataDir, sampleFile), `${best}\n`);
}

/** The history's sample client (a pseudonym), once the first start has made its history. */
export function historySample(dataDir: string): string | undefined {
  const file = join(dataDir, sampleFile);
  return existsSync(file) ? readFileSync(file, "utf8").trim() || undefined : undefined;
}
