import type { RollupCounters } from "@/lib/store/observability-records";

const MINUTE_MS = 60_000;

export const minuteStart = (at: Date | number): number => Math.floor(+at / MINUTE_MS) * MINUTE_MS;

export interface PendingMinute {
  minute: number;
  counters: RollupCounters;
}

/**
 * What this process counted, by UTC minute, until it is flushed to the store.
 * Adding is a couple of map operations, so the request path stays cheap.
 * Counts that could not be written are put back and merged with anything
 * counted since, so an outage of the store delays the figures without losing
 * them (up to `maxMinutes` minutes; older ones are dropped and counted).
 */
export class MinuteCounters {
  private readonly minutes = new Map<number, Map<string, number>>();
  private droppedMinutes = 0;

  constructor(private readonly maxMinutes = 180) {}

  add(key: string, amount: number, at: number = Date.now()): void {
    const minute = minuteStart(at);
    let counters = this.minutes.get(minute);
    if (!counters) {
      counters = new Map();
      this.minutes.set(minute, counters);
      this.trim();
    }
    counters.set(key, (counters.get(key) ?? 0) + amount);
  }

  /** Removes and returns every minute that ended at or before `now`, oldest first. */
  takeCompleted(now: number = Date.now()): PendingMinute[] {
    const current = minuteStart(now);
    const done = [...this.minutes.keys()].filter((minute) => minute < current).sort((a, b) => a - b);
    return done.map((minute) => {
      const counters = Object.fromEntries(this.minutes.get(minute) ?? []);
      this.minutes.delete(minute);
      return { minute, counters };
    });
  }

  /** Returns counts that could not be written, to be tried again with the next flush. */
  putBack(pending: PendingMinute[]): void {
    for (const { minute, counters } of pending) {
      for (const [key, amount] of Object.entries(counters)) this.add(key, amount, minute);
    }
  }

  /** What is counted but not yet flushed for one minute (for readers that want this instance's latest). */
  peek(minute: number): RollupCounters {
    return Object.fromEntries(this.minutes.get(minuteStart(minute)) ?? []);
  }

  get dropped(): number {
    return this.droppedMinutes;
  }

  private trim(): void {
    while (this.minutes.size > this.maxMinutes) {
      const oldest = Math.min(...this.minutes.keys());
      this.minutes.delete(oldest);
      this.droppedMinutes += 1;
    }
  }
}
