import "server-only";
import type { AlertRecord, Incident, Store } from "@/lib/store/types";
import type { AlertRule } from "./rule-types";

/**
 * The whole link between alerts and incidents, in one place so it can be
 * re-pointed at lib/incidents once that exists (openIncident,
 * findOpenIncidentByDedupKey). Today it uses the store's incident methods:
 * the dedup key is carried in the incident id, one incident per alert episode.
 */

const LOOKBACK_MS = 90 * 86_400_000;

/** `alert-<dedup key>-<episode start in ms>`: the same episode always names the same incident. */
export function incidentIdFor(alert: Pick<AlertRecord, "dedupKey" | "firedAt">): string {
  return `alert-${alert.dedupKey.replace(/[^a-z0-9-]/g, "-")}-${Date.parse(alert.firedAt)}`;
}

/** The open incident a firing alert with this dedup key opened, if any. */
export async function findOpenIncidentByDedupKey(args: { store: Store; dedupKey: string; now: Date }): Promise<Incident | null> {
  const prefix = `alert-${args.dedupKey.replace(/[^a-z0-9-]/g, "-")}-`;
  const incidents = await args.store.listIncidents({ since: new Date(args.now.getTime() - LOOKBACK_MS), until: args.now });
  return incidents.find((incident) => incident.id.startsWith(prefix) && incident.status !== "resolved") ?? null;
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
  const createdAt = now.toISOString();
  await args.store.createIncident({
    incident: {
      id,
      title: rule.name,
      status: "investigating",
      impact: "major",
      components: rule.components,
      createdAt,
      resolvedAt: null,
      updates: [{ status: "investigating", body: `Alert fired: ${alert.summary}`.slice(0, 4000), createdAt }],
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
  if (!args.alert.incidentId) return null;
  const incident = await args.store.getIncident({ id: args.alert.incidentId });
  if (!incident || incident.status === "resolved") return incident;
  const body =
    args.to === "resolved"
      ? "The alert has resolved: the figures are back within their limits."
      : "The alert has resolved: the figures are back within their limits. We are monitoring.";
  return args.store.addIncidentUpdate({ id: incident.id, update: { status: args.to, body, createdAt: args.now.toISOString() } });
}
