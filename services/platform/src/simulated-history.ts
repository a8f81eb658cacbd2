import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Partner, topicFor } from "@bz/contracts";
import { prepareEvents } from "@bz/partner-sdk";
import { loadScenario, type Scenario, seededRandom, simulateHistoryInSteps } from "@bz/simulation";
import { backfill } from "@bz/simulator";
import type { FirstStartWork } from "./first-start.ts";

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

/**
 * The first start's work (ADR 0052): the four wards' simulated history from 2016 to now, sent
 * through the partners' own path, oldest first. Each partner's events go through the partner
 * SDK's preparation (validation, what the partner may publish, pseudonyms made from the clear
 * BSN by the platform's pseudonymiser) onto its own topic, where the recorder checks them like
 * any partner's. The period is fixed in `first-start-history.json` on the first attempt, so an
 * interrupted first start resumes with the same seed, period and event ids, and the store keeps
 * each event once.
 */
export function simulatedHistory(options: SimulatedHistoryOptions): FirstStartWork {
  return async (context) => {
    const scenario = options.scenario ?? loadScenario();
    const period = fixedPeriod(options, scenario);
    const history = await simulateHistoryInSteps(
      {
        scenario,
        random: seededRandom(scenario.seed),
        from: period.from,
        to: period.to,
        identity: {
          pseudonymize: context.pseudonymize,
          pseudonymizeHousehold: context.pseudonymizeHousehold,
        },
      },
      pause,
    );
    const bsns = new Map(history.population.residents.map((r) => [r.subject, r.bsn]));
    const total = history.events.length;
    context.progress(0, total);
    await backfill({
      events: history.events,
      bsnOf: (subject) => {
        const bsn = bsns.get(subject);
        if (bsn === undefined)
          throw new Error(`the simulated history names a subject outside its population`);
        return bsn;
      },
      pathOf: (partner: Partner) => ({
        async publish(events) {
          if (context.signal.aborted) throw new Error("the platform is stopping");
          const prepared = prepareEvents(events, { partner, pseudonymize: context.pseudonymize });
          await context.producer.send(
            topicFor(partner),
            prepared.map((p) => p.record),
          );
          await pause();
        },
      }),
      windowSize: options.windowSize ?? 5_000,
      onProgress: (sent) => context.progress(sent, total),
    });
  };
}

/** The period of the history: chosen once, then read back from the data folder. */
function fixedPeriod(options: SimulatedHistoryOptions, scenario: Scenario): { from: number; to: number } {
  const file = join(options.dataDir, "first-start-history.json");
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, "utf8")) as { from: number; to: number };
    if (Number.isSafeInteger(kept.from) && Number.isSafeInteger(kept.to)) return kept;
  }
  const month = /^([0-9]{4})-(0[1-9]|1[0-2])$/.exec(options.from ?? scenario.history.from);
  if (month === null)
    throw new Error(`the history's first month ${options.from ?? scenario.history.from} is not YYYY-MM`);
  const period = {
    from: Date.UTC(Number(month[1]), Number(month[2]) - 1, 1),
    to: options.now ?? Date.now(),
  };
  writeFileSync(file, `${JSON.stringify(period)}\n`);
  return period;
}
