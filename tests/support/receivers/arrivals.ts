/**
 * What a receiver has got so far, and waits on it: resolves once `count` items (matching, for
 * `waitForMatch`) have arrived, or rejects after `timeoutMs` saying how many did.
 */
export class Arrivals<T> {
  readonly items: T[] = [];
  private waiters: (() => void)[] = [];

  constructor(private readonly what: string) {}

  add(item: T): void {
    this.items.push(item);
    for (const wake of this.waiters.splice(0)) wake();
  }

  waitFor(count: number, timeoutMs = 10_000): Promise<T[]> {
    return this.waitForMatch(() => true, count, timeoutMs);
  }

  waitForMatch(match: (item: T) => boolean, count = 1, timeoutMs = 10_000): Promise<T[]> {
    return new Promise((resolve, reject) => {
      const matching = () => this.items.filter(match);
      const timer = setTimeout(
        () => reject(new Error(`${this.what}: waited for ${count}, got ${matching().length} matching of ${this.items.length}`)),
        timeoutMs,
      );
      const check = () => {
        const found = matching();
        if (found.length >= count) {
          clearTimeout(timer);
          resolve(found);
        } else this.waiters.push(check);
      };
      check();
    });
  }
}
