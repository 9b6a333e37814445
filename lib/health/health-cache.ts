import "server-only";

interface Entry<T> {
  value: Promise<T>;
  /** When the value settled; null while it is being computed. */
  settledAt: number | null;
}

const entries = new Map<string, Entry<unknown>>();

/**
 * The value of `compute` for `key`, computed at most once every `ttlMs` with at
 * most one computation in flight: public endpoints that read the store (health,
 * readiness) cost one store read per instance every few seconds, however often
 * they are called. A failure is kept as long as a success: callers see the same answer.
 */
export function cachedFor<T>(key: string, ttlMs: number, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const entry = entries.get(key) as Entry<T> | undefined;
  if (entry && (entry.settledAt === null || now - entry.settledAt < ttlMs)) return entry.value;
  const value = compute();
  const fresh: Entry<T> = { value, settledAt: null };
  entries.set(key, fresh);
  const settle = () => {
    fresh.settledAt = Date.now();
  };
  value.then(settle, settle);
  return value;
}

/** Tests that change the store or the clock start from nothing. */
export function resetHealthCachesForTests(): void {
  entries.clear();
}
