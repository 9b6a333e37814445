import "server-only";
import { log } from "@/lib/log";
import { activeMaintenance } from "@/lib/maintenance/windows";
import { type DeliveryResult, dispatch } from "@/lib/notify/dispatch";
import type { AlertNotification } from "@/lib/notify/notification";
import type { RetryPolicy } from "@/lib/notify/retry";
import { notifiersFor } from "@/lib/notify/routing";
import type { AlertRecord, Store } from "@/lib/store/types";
import type { AlertSettings } from "./alert-settings";
import { evaluateRules, type RuleEvaluation } from "./evaluate-rules";
import { incidentIdFor, openIncidentForAlert, updateIncidentOnResolve } from "./incident-link";
import { metricContext } from "./metric-readers";
import type { AlertRule } from "./rule-types";

export type Transition = "fired" | "fired_in_maintenance" | "renotified" | "resolved" | "lost_race";

export interface EvaluationReport {
  asOf: string;
  maintenance: string | null;
  rules: { id: string; severity: string; firing: boolean; value: number | null; summary: string }[];
  transitions: { dedupKey: string; transition: Transition; deliveries: DeliveryResult[]; incidentId: string | null }[];
}

interface Step {
  store: Store;
  settings: AlertSettings;
  now: Date;
  retry?: RetryPolicy;
}

export function notificationOf(
  alert: AlertRecord,
  rule: AlertRule,
  action: AlertNotification["action"],
  now: Date,
  link: string | null,
  details: Record<string, unknown> = {},
): AlertNotification {
  return {
    action,
    dedupKey: alert.dedupKey,
    ruleId: rule.id,
    name: rule.name,
    severity: alert.severity,
    summary: alert.summary,
    value: alert.value,
    firedAt: alert.firedAt,
    resolvedAt: alert.resolvedAt,
    at: now.toISOString(),
    responseMinutes: rule.responseMinutes,
    components: rule.components,
    repeat: alert.notifications,
    incidentId: alert.incidentId,
    details,
    link,
  };
}

async function send(step: Step, alert: AlertRecord, rule: AlertRule, action: AlertNotification["action"], details = {}) {
  const notifiers = notifiersFor(step.settings.notify, alert.severity, rule.notify);
  return dispatch(notificationOf(alert, rule, action, step.now, step.settings.link, details), notifiers, step.retry);
}

/** Opens the incident of a critical alert; a failure is logged and the page goes out regardless. */
async function linkIncident(step: Step, alert: AlertRecord, rule: AlertRule): Promise<void> {
  if (alert.severity !== "critical" || !alert.incidentId) return;
  try {
    await openIncidentForAlert({ store: step.store, alert, rule, now: step.now });
  } catch (error) {
    log.error("alerts.incident_failed", {
      dedupKey: alert.dedupKey,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Moves one alert's state on by what the evaluation found. Every change is a
 * compare-and-set in the store, and only the writer that wins notifies: two
 * evaluators never both page, and a restarted one finds what was already sent.
 */
async function advance(
  step: Step,
  evaluation: RuleEvaluation,
  inMaintenance: boolean,
): Promise<EvaluationReport["transitions"][number] | null> {
  const { store, now, settings } = step;
  const { rule } = evaluation;
  const current = await store.getAlert({ dedupKey: rule.id });
  const heldBack = inMaintenance && rule.severity === "critical";
  const at = now.toISOString();
  const result = (transition: Transition, alert: AlertRecord | null, deliveries: DeliveryResult[] = []) => ({
    dedupKey: rule.id,
    transition,
    deliveries,
    incidentId: alert?.incidentId ?? null,
  });

  if (evaluation.firing) {
    const fresh = !current || current.status === "resolved";
    const base: AlertRecord = fresh
      ? {
          dedupKey: rule.id,
          ruleId: rule.id,
          severity: rule.severity,
          status: "firing",
          summary: evaluation.summary,
          value: evaluation.value,
          firedAt: at,
          resolvedAt: null,
          notifiedAt: null,
          notifications: 0,
          acknowledgedAt: null,
          incidentId: null,
          version: 1,
        }
      : { ...current, summary: evaluation.summary, value: evaluation.value };
    const due =
      !heldBack &&
      base.acknowledgedAt === null &&
      (base.notifiedAt === null || now.getTime() - Date.parse(base.notifiedAt) >= settings.renotifyMs);
    if (!fresh && !due) return null;
    const next: AlertRecord = due
      ? {
          ...base,
          notifiedAt: at,
          notifications: base.notifications + 1,
          incidentId: base.incidentId ?? (rule.severity === "critical" ? incidentIdFor(base) : null),
        }
      : base;
    if (!(await store.saveAlert({ alert: next, expectedVersion: current?.version ?? null }))) {
      return result("lost_race", null);
    }
    if (!due) return result("fired_in_maintenance", next);
    if (next.notifications === 1) await linkIncident(step, next, rule);
    const deliveries = await send(step, next, rule, "trigger", evaluation.details);
    return result(next.notifications === 1 ? "fired" : "renotified", next, deliveries);
  }

  if (current?.status !== "firing") return null;
  const resolved: AlertRecord = {
    ...current,
    status: "resolved",
    resolvedAt: at,
    summary: evaluation.summary,
    value: evaluation.value,
  };
  if (!(await store.saveAlert({ alert: resolved, expectedVersion: current.version }))) return result("lost_race", null);
  // Nobody heard of an alert held back by maintenance: nobody hears it end.
  if (current.notifiedAt === null) return result("resolved", resolved);
  try {
    await updateIncidentOnResolve({ store, alert: resolved, to: settings.incidentOnResolve, now });
  } catch (error) {
    log.error("alerts.incident_failed", { dedupKey: rule.id, error: error instanceof Error ? error.message : String(error) });
  }
  return result("resolved", resolved, await send(step, resolved, rule, "resolve", evaluation.details));
}

/** Evaluates every rule once as of `now`, records what changed and sends what is due. */
export async function evaluateAlerts(step: Step): Promise<EvaluationReport> {
  const { store, now, settings } = step;
  const ctx = metricContext({ store, now, businessHours: settings.slos.businessHours, quota: settings.quota });
  const [evaluations, maintenance] = await Promise.all([
    evaluateRules(settings.rules, ctx, settings.slos),
    activeMaintenance({ store, now }),
  ]);
  const transitions: EvaluationReport["transitions"] = [];
  for (const evaluation of evaluations) {
    try {
      const change = await advance(step, evaluation, maintenance !== null);
      if (change) {
        transitions.push(change);
        log.info("alerts.transition", { dedupKey: change.dedupKey, transition: change.transition, summary: evaluation.summary });
      }
    } catch (error) {
      // One rule's store trouble must not stop the others.
      log.error("alerts.rule_failed", {
        rule: evaluation.rule.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return {
    asOf: now.toISOString(),
    maintenance: maintenance?.id ?? null,
    rules: evaluations.map((e) => ({
      id: e.rule.id,
      severity: e.rule.severity,
      firing: e.firing,
      value: e.value,
      summary: e.summary,
    })),
    transitions,
  };
}

/** Someone is on it: stops reminders and tells PagerDuty (and the other channels). Null when no such alert fires. */
export async function acknowledgeAlert(step: Step & { dedupKey: string }): Promise<AlertRecord | null> {
  const rule = step.settings.rules.find((candidate) => candidate.id === step.dedupKey);
  const current = await step.store.getAlert({ dedupKey: step.dedupKey });
  if (!rule || !current || current.status !== "firing") return null;
  if (current.acknowledgedAt !== null) return current;
  const next = { ...current, acknowledgedAt: step.now.toISOString() };
  if (!(await step.store.saveAlert({ alert: next, expectedVersion: current.version })))
    return step.store.getAlert({ dedupKey: step.dedupKey });
  if (current.notifiedAt !== null) await send(step, next, rule, "acknowledge");
  return { ...next, version: current.version + 1 };
}
