import { formatDuration, type PublicIncident } from "@/lib/status/public-incidents";
import { formatUtc, IMPACT_LABEL, INCIDENT_STATUS_LABEL } from "./status-words";

const COMPONENT_NAMES = { application: "Application", ai_service: "AI Service", database: "Database" } as const;

/** An incident with its public timeline, newest update first. */
export function IncidentCard({ incident, headingLevel = 3 }: { incident: PublicIncident; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const resolved = incident.status === "resolved";
  return (
    <article id={`incident-${incident.id}`} className="card space-y-3" aria-labelledby={`incident-${incident.id}-title`}>
      <header className="space-y-1">
        <Heading id={`incident-${incident.id}-title`} className="text-lg font-semibold">
          {incident.title}
        </Heading>
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm muted">
          {incident.severity ? <span className="font-semibold">{incident.severity}</span> : null}
          <span>Impact: {IMPACT_LABEL[incident.impact]}</span>
          <span>
            {resolved ? "Lasted" : "Ongoing for"} {formatDuration(incident.durationMs)}
          </span>
          {incident.components.length > 0 ? (
            <span>Affects: {incident.components.map((c) => COMPONENT_NAMES[c]).join(", ")}</span>
          ) : null}
        </p>
      </header>
      <ol className="space-y-3 border-l-2 border-slate-300 pl-4 dark:border-slate-700">
        {incident.updates.map((update) => (
          <li key={`${update.at}-${update.status}`}>
            <p className="text-sm">
              <strong>{INCIDENT_STATUS_LABEL[update.status]}</strong>{" "}
              <time dateTime={update.at} className="muted">
                {formatUtc(update.at)}
              </time>
            </p>
            <p className="mt-1 whitespace-pre-line">{update.body}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
