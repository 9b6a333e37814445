import type { Store, UserRecord } from "@/lib/store/types";
import { daysBefore } from "../shared/args";
import { errorMessage } from "../shared/format";

/** The policy: anonymous users inactive this long are removed. */
export const CLEANUP_DEFAULT_DAYS = 90;
/** Below this a typo (`--days 9`) would remove people who are still around. */
export const CLEANUP_MIN_DAYS = 30;
/** The most users one listInactiveAnonymousUsers call returns; it has no cursor, so a dry run sees this many at most. */
export const LISTING_MAX = 10_000;
const BATCH_SIZE = 100;
const COUNT_CONCURRENCY = 8;
const PLAN_PAGE = 500;

export interface StaleUser {
  id: string;
  createdAt: string;
  lastActiveAt: string;
  /** Dry run: live plans (null when not counted). Real run: plans removed, soft-deleted ones included. */
  plans: number | null;
}

export interface SkippedUser {
  id: string;
  /** Why a listed user was left alone when re-read just before removal. */
  reason: "gone" | "registered" | "active";
}

export type StopReason = "limit" | "interrupted" | "failure" | "listing-cap";

export interface CleanupReport {
  dryRun: boolean;
  days: number;
  /** Users last active before this moment are stale. */
  cutoff: string;
  /** Listed (dry run) or removed (real run), oldest activity first. */
  users: StaleUser[];
  totals: { users: number; plans: number };
  skipped: SkippedUser[];
  /** Null when every stale user was handled; otherwise why the run stopped early (run again to continue). */
  stoppedBy: StopReason | null;
  error: string | null;
}

export interface CleanupOptions {
  days: number;
  dryRun: boolean;
  /** At most this many users this run. */
  limit?: number;
  now: Date;
  signal?: AbortSignal;
  batchSize?: number;
  onBatch?: (progress: { batch: number; users: number; plans: number; skipped: number }) => void;
}

/** Why a user listed as stale must not be removed now, or null when it still may be. */
function whyNotRemovable(current: UserRecord | null, cutoff: Date): SkippedUser["reason"] | null {
  if (!current) return "gone";
  if (current.kind !== "anonymous") return "registered";
  return Date.parse(current.lastActiveAt) >= cutoff.getTime() ? "active" : null;
}

/** Live plans of a user (the Store can list those only; soft-deleted ones are not visible). */
async function countLivePlans(store: Store, ownerId: string): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await store.listPlansByOwner({ ownerId, limit: PLAN_PAGE, cursor });
    count += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return count;
}

function report(options: CleanupOptions, cutoff: Date, parts: Omit<CleanupReport, "dryRun" | "days" | "cutoff" | "totals">) {
  const plans = parts.users.reduce((sum, user) => sum + (user.plans ?? 0), 0);
  const result: CleanupReport = {
    dryRun: options.dryRun,
    days: options.days,
    cutoff: cutoff.toISOString(),
    totals: { users: parts.users.length, plans },
    users: parts.users,
    skipped: parts.skipped,
    stoppedBy: parts.stoppedBy,
    error: parts.error,
  };
  return result;
}

async function listStale(store: Store, options: CleanupOptions, cutoff: Date): Promise<CleanupReport> {
  const cap = Math.min(options.limit ?? LISTING_MAX, LISTING_MAX);
  // One more than asked tells whether users remain past --limit.
  const listed = await store.listInactiveAnonymousUsers({ before: cutoff, limit: Math.min(cap + 1, LISTING_MAX) });
  let stoppedBy: StopReason | null = null;
  if (listed.length > cap) stoppedBy = "limit";
  else if (listed.length === LISTING_MAX) stoppedBy = "listing-cap";
  const users: StaleUser[] = listed
    .slice(0, cap)
    .map((user) => ({ id: user.id, createdAt: user.createdAt, lastActiveAt: user.lastActiveAt, plans: null }));
  let next = 0;
  const worker = async () => {
    while (next < users.length && !options.signal?.aborted) {
      const user = users[next++];
      if (user) user.plans = await countLivePlans(store, user.id);
    }
  };
  await Promise.all(Array.from({ length: COUNT_CONCURRENCY }, worker));
  if (options.signal?.aborted) stoppedBy = "interrupted";
  return report(options, cutoff, { users, skipped: [], stoppedBy, error: null });
}

async function removeStale(store: Store, options: CleanupOptions, cutoff: Date): Promise<CleanupReport> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const removed: StaleUser[] = [];
  const skipped: SkippedUser[] = [];
  const seen = new Set<string>();
  let stoppedBy: StopReason | null = null;
  let error: string | null = null;

  // Removed and skipped users drop out of the listing, so each batch lists from the start again.
  for (let batch = 1; ; batch++) {
    if (options.signal?.aborted) {
      stoppedBy = "interrupted";
      break;
    }
    const room = Math.min(batchSize, (options.limit ?? Number.POSITIVE_INFINITY) - removed.length);
    if (room <= 0) {
      stoppedBy = "limit";
      break;
    }
    let listed: UserRecord[];
    try {
      listed = await store.listInactiveAnonymousUsers({ before: cutoff, limit: room });
    } catch (cause) {
      stoppedBy = "failure";
      error = `listing stale users: ${errorMessage(cause)}`;
      break;
    }
    const again = listed.find((user) => seen.has(user.id));
    if (again) {
      stoppedBy = "failure";
      error = `the store still lists user ${again.id} after it was handled; stopping rather than looping`;
      break;
    }
    const before = { users: removed.length, skipped: skipped.length };
    let plans = 0;
    for (const candidate of listed) {
      if (options.signal?.aborted) {
        stoppedBy = "interrupted";
        break;
      }
      seen.add(candidate.id);
      try {
        // Re-read just before removing: the user may have signed in or come back since the listing.
        const current = await store.getUser({ id: candidate.id });
        const reason = whyNotRemovable(current, cutoff);
        if (reason || !current) {
          skipped.push({ id: candidate.id, reason: reason ?? "gone" });
          continue;
        }
        // The store checks again in the transaction that removes them: a visit since the re-read keeps them.
        const result = await store.deleteUserData({ userId: current.id, onlyIfInactiveAnonymousBefore: cutoff });
        if (!result) {
          skipped.push({
            id: candidate.id,
            reason: whyNotRemovable(await store.getUser({ id: candidate.id }), cutoff) ?? "gone",
          });
          continue;
        }
        plans += result.plans;
        removed.push({ id: current.id, createdAt: current.createdAt, lastActiveAt: current.lastActiveAt, plans: result.plans });
      } catch (cause) {
        stoppedBy = "failure";
        error = `removing user ${candidate.id}: ${errorMessage(cause)}`;
        break;
      }
    }
    options.onBatch?.({ batch, users: removed.length - before.users, plans, skipped: skipped.length - before.skipped });
    if (stoppedBy !== null || listed.length < room) break;
  }

  if (stoppedBy === "limit") {
    // Only say "more remain" when they do.
    const rest = await store.listInactiveAnonymousUsers({ before: cutoff, limit: 1 }).catch(() => [null]);
    if (rest.length === 0) stoppedBy = null;
  }
  return report(options, cutoff, { users: removed, skipped, stoppedBy, error });
}

/**
 * Removes anonymous users inactive for `days` with everything they own, in
 * batches, or with `dryRun` lists them and removes nothing. Registered users
 * are never listed by the store and are re-checked anyway before each removal.
 * Idempotent: a re-run after an interruption picks up where it stopped, and a
 * user half-removed by an interrupted run is still listed and finished.
 * Failures are reported, not thrown, so the caller can say what was done first.
 */
export async function cleanupAnonymousUsers(store: Store, options: CleanupOptions): Promise<CleanupReport> {
  if (!Number.isInteger(options.days) || options.days < CLEANUP_MIN_DAYS) {
    throw new RangeError(
      `Refusing to treat users active within the last ${CLEANUP_MIN_DAYS} days as stale (days: ${options.days}).`,
    );
  }
  const cutoff = daysBefore(options.now, options.days);
  return options.dryRun ? listStale(store, options, cutoff) : removeStale(store, options, cutoff);
}
