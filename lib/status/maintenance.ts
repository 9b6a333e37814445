import "server-only";

/** A maintenance window as the status page shows it (Statuspage's maintenance vocabulary). */
export interface PublicMaintenance {
  id: string;
  title: string;
  status: "scheduled" | "in_progress" | "verifying" | "completed";
  scheduledFor: string;
  scheduledUntil: string;
}

export interface MaintenanceListing {
  /** False until maintenance windows exist in this build: the page says so instead of "none". */
  configured: boolean;
  windows: PublicMaintenance[];
}

/**
 * Upcoming and running maintenance. SEAM: maintenance windows (the manual's
 * Sunday 2 to 4 AM Pacific and ad-hoc ones) come with the alerting work's
 * `listMaintenanceWindows`; convert its records here and set `configured`.
 */
export async function loadMaintenance(_now: Date): Promise<MaintenanceListing> {
  return { configured: false, windows: [] };
}
