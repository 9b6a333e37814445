import "server-only";

/**
 * Runs tasks that share a key one after another, tasks with different keys
 * freely. Firestore transactions stay the guarantee across instances; this
 * only keeps one instance from contending with itself, which the SDK
 * answers with ABORTED and retries about a second later each time.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(() => task());
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
