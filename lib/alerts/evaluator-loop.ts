import "server-only";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { instanceId } from "@/lib/metrics/instance";
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
type Holder = { [KEY]?: NodeJS.Timeout };

/** Starts the in-app evaluator (ALERTS_ENABLED): every ALERT_EVALUATION_INTERVAL_MS, on the lease holder only. Idempotent. */
export function startAlertEvaluator(): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) return;
  const env = getEnv();
  const settings = alertSettingsFromEnv(env);
  const intervalMs = env.ALERT_EVALUATION_INTERVAL_MS;
  const tick = async () => {
    try {
      await evaluateIfLeader({ store: getStore(), settings, holder: instanceId(), intervalMs, now: new Date() });
    } catch (error) {
      log.warn("alerts.evaluation_failed", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    }
  };
  const schedule = () => {
    holder[KEY] = setTimeout(() => void tick().finally(schedule), intervalMs);
    holder[KEY].unref();
  };
  schedule();
  log.info("alerts.evaluator_started", { intervalMs, notifiers: settings.notify.notifiers.map((n) => n.channel) });
}
