import "server-only";
import { AppError } from "@/lib/errors";
import { resolveIncident, updateIncident } from "@/lib/incidents";
import type { AlertRecord, Incident, Store } from "@/lib/store/types";
import type { AlertRule } from "./rule-types";

/**
 * The link between alerts and incidents. A critical alert opens one incident
 * per episode, carrying the alert's dedup key; the id is derived from the
 * episode so that a retried evaluation names the same incident.
 */

const AUTHOR = "alerts";

/** `alert-<dedup key>-<episode start in ms>`: the same episode always names the same incident. */
export function incidentIdFor(alert: Pick<AlertRecord, "dedupKey" | "firedAt">): string {
  return `alert-${alert.dedupKey.replace(/[^a-z0-9-]/g, "-")}-${Date.parse(alert.firedAt)}`;
}

/** Opens the incident of a critical alert (investigating, major impact, the rule's components); returns its id. */
export async function openIncidentForAlert(args: {
  store: Store;
  alert: AlertRecord;
  rule: AlertRule;
  now: Date;
}): Promise<string> {
  const { alert, rule, now } = args;
  const id = alert.incidentId ?? incidentIdFor(alert);
  const open = await args.store.findOpenIncidentByDedupKey({ dedupKey: alert.dedupKey });
  if (open) return open.id;
  const at = now.toISOString();
  await args.store.createIncident({
    incident: {
      id,
      title: rule.name,
      severity: rule.incidentSeverity,
      status: "investigating",
      impact: "major",
      components: rule.components,
      createdAt: at,
      startedAt: alert.firedAt,
      acknowledgedAt: null,
      resolvedAt: null,
      dedupKey: alert.dedupKey,
      updates: [
        {
          status: "investigating",
          body: `Alert fired: ${alert.summary}`.slice(0, 4000),
          createdAt: at,
          author: AUTHOR,
          public: false,
        },
      ],
    },
  });
  return id;
}

/** The alert resolved: its incident moves to `to` (monitoring or resolved, configured) unless someone resolved it already. */
export async function updateIncidentOnResolve(args: {
  store: Store;
  alert: AlertRecord;
  to: "monitoring" | "resolved";
  now: Date;
}): Promise<Incident | null> {
  const { store, alert, to, now } = args;
  if (!alert.incidentId) return null;
  const options = { store, now };
  const body =
    to === "resolved"
      ? "The alert has resolved: the figures are back within their limits."
      : "The alert has resolved: the figures are back within their limits. We are monitoring.";
  try {
    return to === "resolved"
      ? await resolveIncident(alert.incidentId, { body, author: AUTHOR }, options)
      : await updateIncident(alert.incidentId, { status: "monitoring", body, author: AUTHOR }, options);
  } catch (error) {
    // Someone resolved it by hand already, or it was never opened: nothing to move.
    if (error instanceof AppError && (error.code === "conflict" || error.code === "not_found"))
      return store.getIncident({ id: alert.incidentId });
    throw error;
  }
}
