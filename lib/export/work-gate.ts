/** Refused at once: every slot is busy and the queue is full. */
export class GateFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`busy: try again in ${retryAfterSeconds} s`);
    this.name = "GateFullError";
  }
}

export interface WorkGateLimits {
  /** Tasks that run at once. */
  concurrency: number;
  /** Tasks that may wait for a slot; one more is refused with GateFullError. */
  queue: number;
  /** What a task takes before any has finished, for the first Retry-After estimates. */
  typicalMs: number;
}

/**
 * A concurrency limit with a bounded queue, for expensive work a stranger can
 * ask for. Refusing early (instead of queueing without end) keeps the wait of
 * those admitted short and tells the others when to come back: the estimate is
 * how long the work ahead of them takes at the recent average task time.
 */
export class WorkGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private averageMs: number;

  constructor(private readonly limits: WorkGateLimits) {
    this.averageMs = limits.typicalMs;
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.limits.concurrency) {
      this.running++;
    } else {
      if (this.waiting.length >= this.limits.queue) throw new GateFullError(this.retryAfterSeconds());
      // The slot is handed over by release(): `running` stays the same.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    const started = performance.now();
    try {
      return await task();
    } finally {
      // A moving average: recent tasks count most (0.3), one odd task does not swing it.
      this.averageMs = 0.7 * this.averageMs + 0.3 * (performance.now() - started);
      this.release();
    }
  }

  /** Seconds until a new task would likely get a slot: the waves of work ahead of it, at the average task time. */
  retryAfterSeconds(): number {
    const waves = Math.ceil((this.running + this.waiting.length + 1) / this.limits.concurrency);
    return Math.min(60, Math.max(1, Math.ceil((waves * this.averageMs) / 1000)));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
