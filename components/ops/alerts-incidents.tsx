"use client";

import type { AlertsPanel, IncidentRow } from "@/lib/ops/dashboard/types";
import { IncidentActions } from "./incident-actions";
import { fmt } from "./panel-card";

export function FiringAlerts({ alerts }: { alerts: AlertsPanel }) {
  if (!alerts.configured) {
    return (
      <p className="muted">
        Alerting is not configured in this build: no rule is evaluated, so an empty list here would mean nothing.
      </p>
    );
  }
  if (alerts.firing.length === 0) return <p>No alert is firing.</p>;
  return (
    <ul className="space-y-2">
      {alerts.firing.map((alert) => (
        <li key={alert.id} className="rounded-lg border border-red-700 p-3 dark:border-red-400">
          <p className="font-semibold">
            {alert.severity}: {alert.name}
          </p>
          <p className="text-sm muted">
            Since {fmt.time(alert.since)} UTC. {alert.summary}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function OpenIncidents({ incidents, onChanged }: { incidents: IncidentRow[]; onChanged: () => void }) {
  if (incidents.length === 0) return <p>No open incident.</p>;
  return (
    <ul className="space-y-4">
      {incidents.map((incident) => (
        <li key={incident.id} className="space-y-2 rounded-lg border border-slate-300 p-3 dark:border-slate-700">
          <h3 className="font-semibold">{incident.title}</h3>
          <p className="flex flex-wrap gap-x-3 text-sm muted">
            {incident.severity ? <span>{incident.severity}</span> : null}
            <span>Impact {incident.impact}</span>
            <span>Status {incident.status}</span>
            <span>Started {fmt.time(incident.startedAt)} UTC</span>
            <span>{incident.acknowledgedAt ? `Acknowledged ${fmt.time(incident.acknowledgedAt)} UTC` : "Not acknowledged"}</span>
          </p>
          {incident.lastUpdate ? <p className="text-sm">Latest: {incident.lastUpdate.body}</p> : null}
          <IncidentActions incident={incident} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}
