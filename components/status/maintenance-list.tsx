import type { MaintenanceListing } from "@/lib/status/maintenance";
import { formatUtc } from "./status-words";

const STATUS_WORDS = {
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
} as const;

export function MaintenanceList({ maintenance }: { maintenance: MaintenanceListing }) {
  if (maintenance.windows.length === 0) {
    return <p className="muted">No maintenance is scheduled.</p>;
  }
  return (
    <ul className="space-y-2">
      {maintenance.windows.map((window) => (
        <li key={window.id} className="card">
          <p className="font-semibold">{window.title}</p>
          <p className="text-sm muted">
            {STATUS_WORDS[window.status]}: <time dateTime={window.scheduledFor}>{formatUtc(window.scheduledFor)}</time> to{" "}
            <time dateTime={window.scheduledUntil}>{formatUtc(window.scheduledUntil)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
