import "server-only";
import { ALERT_RULES } from "@/lib/alerts/rules";
import type { ReadArgs } from "@/lib/analytics/reading";
import type { AlertsPanel } from "./types";

const RULE_NAMES = new Map(ALERT_RULES.map((rule) => [rule.id, rule.name]));

/** Firing alerts from the store's alert state, newest first. */
export async function loadAlertsPanel({ store }: ReadArgs): Promise<AlertsPanel> {
  const firing = await store.listAlerts({ status: "firing" });
  return {
    configured: true,
    firing: firing
      .sort((a, b) => b.firedAt.localeCompare(a.firedAt))
      .map((alert) => ({
        id: alert.dedupKey,
        name: RULE_NAMES.get(alert.ruleId) ?? alert.ruleId,
        severity: alert.severity,
        since: alert.firedAt,
        summary: alert.summary,
      })),
  };
}
