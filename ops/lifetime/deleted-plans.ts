import { UNDO_DELETE_DAYS } from "@/lib/plans/service";
import type { Store } from "@/lib/store/types";
import { daysBefore } from "../shared/args";

export { UNDO_DELETE_DAYS };

export interface PurgeReport {
  dryRun: boolean;
  days: number;
  /** Plans soft-deleted before this moment are past the undo window. */
  cutoff: string;
  /**
   * Plans removed for good, with their versions and share links. Null on a dry
   * run: the Store can purge them but has no way to list or count them first.
   */
  plans: number | null;
}

/**
 * Removes plans soft-deleted more than `days` ago (never fewer than the
 * UNDO_DELETE_DAYS users are promised). Idempotent: a re-run removes only what
 * is left. The store does the work in one call (a transaction in SQLite,
 * batched bulk deletes in Firestore).
 */
export async function purgeDeletedPlans(
  store: Store,
  options: { days: number; dryRun: boolean; now: Date },
): Promise<PurgeReport> {
  if (options.days < UNDO_DELETE_DAYS) {
    throw new RangeError(`Deleted plans can be restored for ${UNDO_DELETE_DAYS} days; refusing to purge after ${options.days}.`);
  }
  const cutoff = daysBefore(options.now, options.days);
  const plans = options.dryRun ? null : await store.purgeDeletedPlans({ before: cutoff });
  return { dryRun: options.dryRun, days: options.days, cutoff: cutoff.toISOString(), plans };
}
