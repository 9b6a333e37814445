import type { QuotaDecision, QuotaWindow } from "./types";

/** One window of a quota as a batch sees it: its limit and when it ends. */
export interface BatchWindow {
  window: QuotaWindow;
  limit: number;
  endsAt: number;
}

/**
 * Decides, in arrival order, for callers that each want one unit from the same
 * windows, given what the windows already hold: each is granted while every
 * window has room (seeing the units granted before it), else refused by the
 * first window that is full, taking nothing. `taken` is what the batch adds to
 * each window. One store transaction can then answer a whole batch.
 */
export function decideInOrder(
  windows: readonly BatchWindow[],
  current: Readonly<Record<QuotaWindow, number>>,
  callersAt: readonly number[],
): { decisions: QuotaDecision[]; taken: number } {
  let taken = 0;
  const decisions = callersAt.map((now): QuotaDecision => {
    const full = windows.find((w) => current[w.window] + taken >= w.limit);
    if (full) return { allowed: false, exhausted: full.window, retryAfterMs: full.endsAt - now };
    taken += 1;
    const used = {} as Record<QuotaWindow, number>;
    for (const w of windows) used[w.window] = current[w.window] + taken;
    return { allowed: true, used };
  });
  return { decisions, taken };
}
