import "server-only";
import type { Store } from "@/lib/store/types";

/** The alert threshold: a daily backup that missed one run plus two hours of slack. */
export const BACKUP_STALE_AFTER_HOURS = 26;

/**
 * Hours since the last successful backup (any store), or null when none was
 * ever recorded. The alert rule "no successful backup for 26 hours" fires when
 * this is null or above BACKUP_STALE_AFTER_HOURS.
 */
export async function hoursSinceLastBackup({ store, now }: { store: Store; now: Date }): Promise<number | null> {
  const last = await store.getLastBackupHeartbeat();
  if (!last) return null;
  return Math.max(0, (now.getTime() - Date.parse(last.at)) / 3_600_000);
}
