import type { QuotaWindow } from "./types";

/** The UTC window a moment falls in: its bucket id and when it ends. */
export function quotaWindow(window: QuotaWindow, now: Date): { id: string; endsAt: number } {
  const iso = now.toISOString();
  if (window === "minute") {
    const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes());
    return { id: iso.slice(0, 16), endsAt: start + 60_000 };
  }
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { id: iso.slice(0, 10), endsAt: start + 86_400_000 };
}

/**
 * The bucket ids (`key:window:id`) a unit taken at `takenAt` went to, for the
 * windows that are still open at `now`: a unit from an ended window is not given back.
 */
export function openBuckets(args: { key: string; windows: readonly QuotaWindow[]; takenAt: Date; now: Date }): string[] {
  return args.windows
    .map((window) => ({ window, taken: quotaWindow(window, args.takenAt), current: quotaWindow(window, args.now) }))
    .filter(({ taken, current }) => taken.id === current.id)
    .map(({ window, taken }) => `${args.key}:${window}:${taken.id}`);
}
