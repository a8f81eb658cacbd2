// A sampling CPU profile of this process (node:inspector), summed by where the code lives: an npm
// package, a @bz package or service, the harness, or the runtime ("(garbage collector)", "(idle)").
import { Session } from "node:inspector/promises";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

/** Shares of the sampled CPU time (idle excluded), by component and by top function. */
export interface ProfileSummary {
  busyShare: number;
  byComponent: Record<string, number>;
  topFunctions: { name: string; share: number }[];
}

function componentOf(url: string, functionName: string): string {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  const pkg = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg?.[1] !== undefined) return pkg[1];
  const own = /\/(packages|services)\/([^/]+)\//.exec(url);
  if (own?.[2] !== undefined) return `@bz/${own[2]}`;
  // The measuring code (tail readers, counters); the load generator too only where it stays in this
  // process (G1_embedded, ADR 0073).
  if (url.includes("/test/bench/")) return "bench harness";
  if (url.startsWith("node:")) return "node core";
  return "other";
}

/** Starts the profiler; `stop()` returns the summary. */
export async function startProfile(): Promise<{ stop(): Promise<ProfileSummary> }> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 1000 });
  await session.post("Profiler.start");
  return {
    async stop() {
      const { profile } = await session.post("Profiler.stop");
      await session.post("Profiler.disable");
      session.disconnect();
      return summarise(profile.nodes as ProfileNode[]);
    },
  };
}

function summarise(nodes: ProfileNode[]): ProfileSummary {
  const byComponent = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const node of nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { functionName, url } = node.callFrame;
    total += hits;
    if (functionName === "(idle)") {
      idle += hits;
      continue;
    }
    const component = componentOf(url, functionName);
    byComponent.set(component, (byComponent.get(component) ?? 0) + hits);
    const fn = `${functionName || "(anonymous)"} ${component}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
  }
  const busy = total - idle;
  const share = (hits: number) => Math.round((hits / Math.max(busy, 1)) * 1000) / 10;
  return {
    busyShare: Math.round((busy / Math.max(total, 1)) * 1000) / 10,
    byComponent: Object.fromEntries(
      [...byComponent].sort((a, b) => b[1] - a[1]).map(([name, hits]) => [name, share(hits)]),
    ),
    topFunctions: [...byFunction]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, hits]) => ({ name, share: share(hits) })),
  };
}
