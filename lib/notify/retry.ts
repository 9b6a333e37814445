/** Backoff between attempts: 0.5 s, 1 s, 2 s… by default. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500 };

/**
 * Runs `task` until it succeeds or `attempts` run out, waiting
 * `baseDelayMs × 2^n` between tries; `onFailure` hears about each failed try.
 */
export async function withRetry<T>(
  task: () => Promise<T>,
  policy: RetryPolicy,
  onFailure: (error: unknown, attempt: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      onFailure(error, attempt);
      if (attempt >= policy.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, policy.baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}
