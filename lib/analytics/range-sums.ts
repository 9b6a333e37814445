import "server-only";
import type { RollupCounters, Store } from "@/lib/store/types";
import type { TimeWindow } from "./windows";

/**
 * Rollup sums over windows that ended a while ago, kept in this process: a
 * finished day or hour no longer changes (late flushes land within a few
 * minutes), so the status page's 90 days and the dashboard's 7 days read the
 * store once per window, then only for the window still running.
 */
export const SETTLED_AFTER_MS = 10 * 60_000;
const MAX_ENTRIES = 2_000;

const KEY = Symbol.for("marketplanai.rangeSums");
type Holder = { [KEY]?: Map<string, RollupCounters> };
const cache = (): Map<string, RollupCounters> => {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  return holder[KEY];
};

export async function sumSettledRange(store: Store, window: TimeWindow, now: Date): Promise<RollupCounters> {
  const settled = window.to.getTime() <= now.getTime() - SETTLED_AFTER_MS;
  const key = `${store.kind}:${window.from.getTime()}-${window.to.getTime()}`;
  const known = settled ? cache().get(key) : undefined;
  if (known) return known;
  const counters = await store.sumRollupCounters(window);
  if (settled) {
    const entries = cache();
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    entries.set(key, counters);
  }
  return counters;
}

/** Consecutive windows of `stepMs` ending at `end`, oldest first. */
export function stepWindows(end: number, stepMs: number, count: number): TimeWindow[] {
  return Array.from({ length: count }, (_, i) => {
    const to = end - (count - 1 - i) * stepMs;
    return { from: new Date(to - stepMs), to: new Date(to) };
  });
}

/** Runs `read` over every window with at most `limit` reads at once, keeping order. */
export async function sumWindows(store: Store, windows: readonly TimeWindow[], now: Date, limit = 8): Promise<RollupCounters[]> {
  const results: RollupCounters[] = new Array(windows.length);
  let next = 0;
  const worker = async () => {
    while (next < windows.length) {
      const index = next++;
      results[index] = await sumSettledRange(store, windows[index] as TimeWindow, now);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, windows.length) }, worker));
  return results;
}

export function resetRangeSumsForTests(): void {
  (globalThis as Holder)[KEY] = undefined;
}
