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
