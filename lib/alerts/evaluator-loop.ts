import "server-only";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { instanceId } from "@/lib/metrics/instance";
import { recordAlertRound } from "@/lib/metrics/record";
import type { RetryPolicy } from "@/lib/notify/retry";
import { getStore } from "@/lib/store";
import type { Store } from "@/lib/store/types";
import { type AlertSettings, alertSettingsFromEnv } from "./alert-settings";
import { type EvaluationReport, evaluateAlerts } from "./evaluator";

/** The store lease that lets one instance at a time evaluate on its own schedule. */
export const EVALUATOR_LEASE = "alert-evaluator";

/** Held for two intervals and a bit: a holder that stops is replaced within about two minutes. */
export const leaseTtlMs = (intervalMs: number) => intervalMs * 2 + 5_000;

/**
 * One scheduled round: evaluates only when this holder has (or renews) the
 * lease; null when another instance holds it.
 */
export async function evaluateIfLeader(args: {
  store: Store;
  settings: AlertSettings;
  holder: string;
  intervalMs: number;
  now: Date;
  retry?: RetryPolicy;
}): Promise<EvaluationReport | null> {
  const leader = await args.store.acquireLease({
    name: EVALUATOR_LEASE,
    holder: args.holder,
    ttlMs: leaseTtlMs(args.intervalMs),
  });
  if (!leader) return null;
  return evaluateAlerts({ store: args.store, settings: args.settings, now: args.now, retry: args.retry });
}

const KEY = Symbol.for("marketplanai.alertEvaluator");
type Loop = { timer?: NodeJS.Timeout; stopped: boolean; round?: Promise<void> };
type Holder = { [KEY]?: Loop };

/** Starts the in-app evaluator (ALERTS_ENABLED): every ALERT_EVALUATION_INTERVAL_MS, on the lease holder only. Idempotent. */
export function startAlertEvaluator(): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) return;
  const loop: Loop = { stopped: false };
  holder[KEY] = loop;
  const env = getEnv();
  const settings = alertSettingsFromEnv(env);
  const intervalMs = env.ALERT_EVALUATION_INTERVAL_MS;
  const tick = async () => {
    try {
      const report = await evaluateIfLeader({ store: getStore(), settings, holder: instanceId(), intervalMs, now: new Date() });
      recordAlertRound(report ? "evaluated" : "skipped");
    } catch (error) {
      recordAlertRound("failed");
      log.warn("alerts.evaluation_failed", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    }
  };
  const schedule = () => {
    if (loop.stopped) return;
    loop.timer = setTimeout(() => {
      loop.round = tick().finally(schedule);
    }, intervalMs);
    loop.timer.unref();
  };
  schedule();
  log.info("alerts.evaluator_started", { intervalMs, notifiers: settings.notify.notifiers.map((n) => n.channel) });
}

/**
 * On shutdown: no further rounds, the one under way finishes, and the lease is
 * given back so another instance evaluates from its next round instead of
 * waiting out the lease (two intervals and a bit). Never throws.
 */
export async function stopAlertEvaluator(): Promise<void> {
  const loop = (globalThis as Holder)[KEY];
  if (!loop || loop.stopped) return;
  loop.stopped = true;
  clearTimeout(loop.timer);
  await loop.round;
  try {
    await getStore().releaseLease({ name: EVALUATOR_LEASE, holder: instanceId() });
    log.info("alerts.evaluator_stopped", { leaseReleased: true });
  } catch (error) {
    log.warn("alerts.lease_not_released", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
  }
}
