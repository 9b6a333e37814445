import type { Incident } from "@/lib/store/types";
import { table } from "../shared/format";

/** An incident as the API answers it: the record plus its targets. */
export type IncidentAnswer = Incident & {
  targets: { acknowledgeBy: string; resolveBy: string; acknowledgeBreached: boolean; resolveBreached: boolean };
};

const time = (iso: string | null) => (iso === null ? "-" : `${iso.slice(0, 16).replace("T", " ")} UTC`);

function breaches(incident: IncidentAnswer): string {
  const missed = [
    incident.targets.acknowledgeBreached ? "ack" : null,
    incident.targets.resolveBreached ? "resolution" : null,
  ].filter(Boolean);
  return missed.length > 0 ? `missed ${missed.join(" and ")} target` : "within targets";
}

/** One line after a change: what it is now and what is due next. */
export function summaryLine(verb: string, incident: IncidentAnswer): string {
  const due =
    incident.status === "resolved"
      ? `resolved ${time(incident.resolvedAt)}`
      : incident.acknowledgedAt === null
        ? `acknowledge by ${time(incident.targets.acknowledgeBy)}`
        : `resolve by ${time(incident.targets.resolveBy)}`;
  return `${verb} ${incident.id}  ${incident.severity}  ${incident.status}  "${incident.title}"  (${due}; ${breaches(incident)})`;
}

export function listTable(incidents: IncidentAnswer[]): string {
  if (incidents.length === 0) return "No incidents.";
  return table(
    ["ID", "SEV", "STATUS", "OPENED", "ACKNOWLEDGED", "RESOLVED", "TARGETS", "TITLE"],
    incidents.map((incident) => [
      incident.id,
      incident.severity,
      incident.status,
      time(incident.createdAt),
      time(incident.acknowledgedAt),
      time(incident.resolvedAt),
      breaches(incident),
      incident.title,
    ]),
  );
}

export function details(incident: IncidentAnswer): string {
  const head = [
    `${incident.id}  ${incident.severity}  ${incident.status}`,
    incident.title,
    "",
    `impact        ${incident.impact}${incident.components.length ? ` (${incident.components.join(", ")})` : ""}`,
    `started       ${time(incident.startedAt)}`,
    `opened        ${time(incident.createdAt)}`,
    `acknowledged  ${time(incident.acknowledgedAt)}  (target ${time(incident.targets.acknowledgeBy)})`,
    `resolved      ${time(incident.resolvedAt)}  (target ${time(incident.targets.resolveBy)})`,
    ...(incident.dedupKey ? [`dedup key     ${incident.dedupKey}`] : []),
    "",
    "Updates (oldest first):",
  ];
  const updates = incident.updates.flatMap((update) => [
    `  ${time(update.createdAt)}  ${update.status}  ${update.author}${update.public ? "" : "  [internal]"}`,
    `    ${update.body}`,
    ...(update.impact ? [`    impact: ${update.impact}`] : []),
    ...(update.timeline ? [`    timeline: ${update.timeline}`] : []),
    ...(update.nextUpdate ? [`    next update: ${update.nextUpdate}`] : []),
  ]);
  return [...head, ...updates].join("\n");
}
