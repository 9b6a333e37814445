import "server-only";
import { listMaintenanceWindows } from "@/lib/maintenance/windows";
import type { Store } from "@/lib/store/types";

/** A maintenance window as the status page shows it (Statuspage's maintenance vocabulary). */
export interface PublicMaintenance {
  id: string;
  title: string;
  status: "scheduled" | "in_progress" | "verifying" | "completed";
  scheduledFor: string;
  scheduledUntil: string;
}

export interface MaintenanceListing {
  /** False when the windows could not be read: the page says so instead of "none". */
  configured: boolean;
  windows: PublicMaintenance[];
}

const AHEAD_MS = 14 * 86_400_000;

/** Running maintenance and what is scheduled for the next two weeks: the weekly window and ad-hoc ones. */
export async function loadMaintenance(args: { store: Store; now: Date }): Promise<MaintenanceListing> {
  try {
    const windows = await listMaintenanceWindows({
      store: args.store,
      from: args.now,
      to: new Date(args.now.getTime() + AHEAD_MS),
      now: args.now,
    });
    return {
      configured: true,
      windows: windows
        .filter((window) => window.status !== "completed")
        .map(({ id, title, status, scheduledFor, scheduledUntil }) => ({ id, title, status, scheduledFor, scheduledUntil })),
    };
  } catch {
    return { configured: false, windows: [] };
  }
}
