/**
 * A value computed at most once every `ttlMs`, with one computation in flight:
 * under load every caller shares the same promise. A failed computation is
 * forgotten at once so the next caller tries again.
 */
export function singleFlight<T>(ttlMs: number, compute: (now: Date) => Promise<T>) {
  let cached: { at: number; value: Promise<T> } | undefined;
  return {
    get(): Promise<T> {
      const now = Date.now();
      if (cached && now - cached.at < ttlMs) return cached.value;
      const value = compute(new Date(now));
      const entry = { at: now, value };
      cached = entry;
      value.catch(() => {
        if (cached === entry) cached = undefined;
      });
      return value;
    },
    reset(): void {
      cached = undefined;
    },
  };
}
