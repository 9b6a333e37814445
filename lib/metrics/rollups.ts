import "server-only";
import { log } from "@/lib/log";
import { getStore } from "@/lib/store";
import { instanceId } from "./instance";
import { sampleInstance } from "./instance-sampler";
import { getMetrics } from "./prometheus";
import { minuteCounters } from "./record";

/** Delay after a minute ends before its counts are written, so late requests of that minute are in. */
const FLUSH_DELAY_MS = 250;

interface FlusherState {
  timer?: NodeJS.Timeout;
  flushing?: Promise<void>;
}
const KEY = Symbol.for("marketplanai.rollupFlusher");
type Holder = { [KEY]?: FlusherState };
const state = (): FlusherState => {
  const holder = globalThis as Holder;
  holder[KEY] ??= {};
  return holder[KEY];
};

/**
 * Writes this instance's counts of every minute that has ended (all of them,
 * the current one included, with `includeCurrent`) to the store: one record per
 * instance per minute. What the store refuses is kept and tried again later.
 */
export function flushRollups(options: { now?: number; includeCurrent?: boolean } = {}): Promise<void> {
  const current = state();
  const previous = current.flushing ?? Promise.resolve();
  const run = previous.then(() => writePending(options));
  current.flushing = run.finally(() => {
    if (current.flushing === run) current.flushing = undefined;
  });
  return run;
}

async function writePending({ now = Date.now(), includeCurrent = false }: { now?: number; includeCurrent?: boolean }) {
  const counters = minuteCounters();
  const pending = counters.takeCompleted(includeCurrent ? now + 60_000 : now);
  if (pending.length === 0) return;
  const metrics = getMetrics();
  const store = getStore();
  const id = instanceId();
  for (const [index, minute] of pending.entries()) {
    try {
      await store.addRollup({ instanceId: id, minute: new Date(minute.minute), counters: minute.counters });
      metrics.rollupFlushes.inc({ result: "ok" });
    } catch (error) {
      const kept = pending.slice(index);
      counters.putBack(kept);
      metrics.rollupFlushes.inc({ result: "failed" });
      log.warn("metrics.rollup_flush_failed", {
        minutesKept: kept.length,
        error: error instanceof Error ? error.message.split("\n")[0] : String(error),
      });
      return;
    }
  }
}

/** Starts writing rollups just after each minute ends. Idempotent; the timer never keeps the process alive. */
export function startRollupFlusher(): void {
  const current = state();
  if (current.timer) return;
  const schedule = () => {
    const now = Date.now();
    const wait = 60_000 - (now % 60_000) + FLUSH_DELAY_MS;
    current.timer = setTimeout(() => {
      // Into the minute that just ended, so it is written with this flush (per-instance CPU and memory for /ops).
      sampleInstance(minuteCounters(), Date.now() - FLUSH_DELAY_MS - 1);
      flushRollups()
        .catch((error: unknown) =>
          log.warn("metrics.rollup_flush_failed", { error: error instanceof Error ? error.message : String(error) }),
        )
        .finally(schedule);
    }, wait);
    current.timer.unref();
  };
  schedule();
}

export function stopRollupFlusher(): void {
  const current = state();
  if (current.timer) clearTimeout(current.timer);
  current.timer = undefined;
}
