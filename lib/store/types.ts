import type { AlertRecord, AlertStatus, MaintenanceWindow } from "./alert-records";
import type { BackupHeartbeat } from "./backup-heartbeat";
import type { Incident, IncidentInput, IncidentUpdateInput, MinuteRollup, RollupCounters } from "./observability-records";
import type { PlanListQuery } from "./plan-listing";
import type { PlanRecord, PlanSummary, PlanVersion, PlanVersionSummary, ShareLink, UserRecord } from "./records";
import type { TransferToken } from "./transfer-records";
import type { UptimeDay } from "./uptime-days";

export type { AlertRecord, AlertSeverity, AlertStatus, MaintenanceWindow } from "./alert-records";
export type { BackupHeartbeat } from "./backup-heartbeat";
export type {
  Incident,
  IncidentImpact,
  IncidentInput,
  IncidentSeverity,
  IncidentStatus,
  IncidentUpdate,
  IncidentUpdateInput,
  MinuteRollup,
  RollupCounters,
  StatusComponent,
} from "./observability-records";
export type { PlanListQuery, PlanSort } from "./plan-listing";
export type { PlanRecord, PlanSummary, PlanVersion, PlanVersionSummary, ShareLink, UserRecord } from "./records";
export type { TransferToken } from "./transfer-records";
export type { UptimeDay } from "./uptime-days";

export type QuotaWindow = "minute" | "day";

export interface QuotaLimit {
  window: QuotaWindow;
  limit: number;
}

export type QuotaDecision =
  | { allowed: true; used: Record<QuotaWindow, number> }
  | { allowed: false; exhausted: QuotaWindow; retryAfterMs: number };

export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. Null on the last page. */
  nextCursor: string | null;
}

/**
 * Everything the app persists goes through this interface; SQLite (local) and
 * Firestore (production) implement it and one contract suite tests both.
 * State that must hold across instances (quota, rollups, alert state) lives
 * here, never only in a process's memory. The store checks no ownership:
 * lib/ decides who may do what, then calls it.
 */
export interface Store {
  readonly kind: "sqlite" | "firestore";

  // Plans. Every change to a plan is a new numbered version, kept in full.
  /** Saves a new plan and its version 1 (change `generated`). */
  createPlan(args: { record: PlanRecord }): Promise<void>;
  /** A plan, or null when unknown or (unless asked) soft-deleted. */
  getPlanById(args: { id: string; includeDeleted?: boolean }): Promise<PlanRecord | null>;
  /**
   * An owner's live plans in the asked order (newest first by default; ties by id),
   * only those whose title holds every search word (lib/store/plan-listing.ts).
   * A cursor continues only the order and search it came from (400 otherwise).
   * A page may hold fewer than `limit` plans and still have a next cursor when a
   * store bounds the work one search page may do (Firestore: README there).
   */
  listPlansByOwner(args: PlanListQuery): Promise<Page<PlanSummary>>;
  /**
   * Applies `update` to the current plan atomically and records the result as
   * the next version. `update` must be pure: a store may run it again when a
   * concurrent writer got there first. Returns null when the plan is unknown or deleted.
   */
  updatePlan(args: {
    id: string;
    change: PlanVersion["change"];
    update: (current: PlanRecord) => PlanRecord;
    now?: Date;
  }): Promise<PlanRecord | null>;
  /** Versions of a plan, newest first. */
  listPlanVersions(args: { planId: string; limit: number; cursor?: string }): Promise<Page<PlanVersionSummary>>;
  getPlanVersion(args: { planId: string; version: number }): Promise<PlanVersion | null>;
  /**
   * Marks a plan deleted (it disappears from reads and lists) and revokes its live
   * share links, in one transaction; false if unknown or already deleted.
   */
  softDeletePlan(args: { id: string; at: Date }): Promise<boolean>;
  /** Undoes a soft delete; false if unknown or not deleted. */
  restoreDeletedPlan(args: { id: string }): Promise<boolean>;
  /** Removes for good plans soft-deleted before `before`, with their versions and share links. */
  purgeDeletedPlans(args: { before: Date }): Promise<number>;
  /** Plans created at or after `since` (all plans without it), deleted ones included. */
  countPlans(args?: { since?: Date }): Promise<number>;

  // Users and their activity (one entry per user per UTC day they were active).
  /** Creates the user on first sight, else moves lastActiveAt forward; records the day's activity. */
  touchUser(args: { id: string; kind: UserRecord["kind"]; at: Date }): Promise<UserRecord>;
  getUser(args: { id: string }): Promise<UserRecord | null>;
  /** Anonymous users whose last activity is before `before`, oldest first. */
  listInactiveAnonymousUsers(args: { before: Date; limit: number }): Promise<UserRecord[]>;
  /**
   * Deletes a user with their plans, versions, share links and activity; returns how many plans went.
   * With `onlyIfInactiveAnonymousBefore`, only an anonymous user last active before that moment,
   * checked in the same transaction that removes them (null, nothing removed, otherwise): a user
   * who comes back while the clean-up runs is never removed on a stale reading.
   */
  deleteUserData(args: { userId: string; onlyIfInactiveAnonymousBefore?: Date }): Promise<{ plans: number } | null>;

  // Share links. Only a hash of the token is stored.
  createShareLink(args: { link: ShareLink }): Promise<void>;
  getShareLink(args: { tokenHash: string }): Promise<ShareLink | null>;
  /** Revokes every live link of a plan; returns how many were revoked. */
  revokeShareLinks(args: { planId: string; at: Date }): Promise<number>;

  // Transfer codes (local mode: this browser's plans to another browser). Only a hash of the code is stored.
  createTransferToken(args: { token: TransferToken }): Promise<void>;
  /** Marks a live (unused, unexpired) code used and returns it; null otherwise. Of two concurrent calls, one wins. */
  redeemTransferToken(args: { tokenHash: string; at: Date }): Promise<TransferToken | null>;

  // Quota.
  /**
   * Takes one unit from every window of `key` atomically, or none if any window
   * is exhausted. Windows are calendar minutes and days in UTC.
   */
  consumeQuota(args: { key: string; limits: readonly QuotaLimit[]; now?: Date }): Promise<QuotaDecision>;
  /**
   * Gives back one unit taken from `key` at `takenAt` (a request cancelled before
   * it used what it took), in each window that is still the one it was taken
   * from and never below zero. Returns how many windows got one back.
   */
  releaseQuota(args: { key: string; windows: readonly QuotaWindow[]; takenAt: Date; now?: Date }): Promise<number>;
  /** How much of each window of `key` is used right now, without taking any. */
  readQuota(args: { key: string; windows: readonly QuotaWindow[]; now?: Date }): Promise<Record<QuotaWindow, number>>;

  // Users, read for analytics. Days are UTC calendar days, `YYYY-MM-DD`.
  /** Users first seen at or after `since` (and before `until` when given). */
  countNewUsers(args: { since: Date; until?: Date }): Promise<number>;
  /** Users whose last activity is at or after `since`. */
  countUsersActiveSince(args: { since: Date }): Promise<number>;
  /** Ids of the users active on any day from `fromDay` to `toDay`, both included, sorted; none when `fromDay` is after `toDay`. */
  listActiveUserIds(args: { fromDay: string; toDay: string }): Promise<string[]>;

  // Per-minute rollups: one record per instance per minute, summed by readers.
  /**
   * Adds `counters` to the instance's record for that minute, creating it when
   * missing; all counters of one call land together. `minute` must be the start
   * of a UTC minute (bad_request otherwise: it is never rounded). Empty counters write nothing.
   */
  addRollup(args: { instanceId: string; minute: Date; counters: RollupCounters }): Promise<void>;
  /** Every instance's records for minutes from `from` (included) to `to` (excluded), oldest first. */
  listRollups(args: { from: Date; to: Date }): Promise<MinuteRollup[]>;
  /**
   * Every instance's counters summed over the minutes from `from` (included) to
   * `to` (excluded): what summing `listRollups` gives (up to floating-point
   * rounding), without reading each minute. Use it for long windows: both stores
   * keep hourly totals and read those for the whole hours inside the window.
   */
  sumRollupCounters(args: { from: Date; to: Date }): Promise<RollupCounters>;
  /**
   * Removes records for minutes before `before`; returns how many instance-minute
   * records went. Hourly totals go once their hour has ended by `before`, so a
   * sum over a window reaching before `before` may still count purged minutes
   * of the hour `before` falls in.
   */
  purgeRollups(args: { before: Date }): Promise<number>;

  // Daily uptime: probe checks per component per UTC day, kept beyond the rollups (lib/status/uptime-days.ts writes them).
  /**
   * Saves settled days. A day and component already recorded keeps its first
   * record (a later write of it is ignored), so a recount after the rollups were
   * partly purged never lowers it. Invalid records: validation_failed, nothing saved.
   */
  saveUptimeDays(args: { days: readonly UptimeDay[] }): Promise<void>;
  /** Records for days from `fromDay` to `toDay` (`YYYY-MM-DD`, both included), by day then component. */
  listUptimeDays(args: { fromDay: string; toDay: string }): Promise<UptimeDay[]>;

  // Incidents (Statuspage vocabulary). Updates are append-only.
  /**
   * Saves a new incident; the identical incident again is a no-op (a retry).
   * Refuses (bad_request) one whose status is not its latest update's, or whose
   * `resolvedAt` is set while unresolved or missing while resolved. Fields added
   * later (severity, startedAt, acknowledgedAt, dedupKey, the updates' author,
   * public flag and notes) read back with defaults on records written before them.
   */
  createIncident(args: { incident: IncidentInput }): Promise<void>;
  getIncident(args: { id: string }): Promise<Incident | null>;
  /**
   * Appends an update (last, in arrival order) and moves the incident to its
   * status; `resolvedAt` is set to the update's time when the status becomes
   * `resolved` (a further `resolved` update keeps it) and cleared if it is reopened.
   * Returns null when the incident is unknown.
   */
  addIncidentUpdate(args: { id: string; update: IncidentUpdateInput }): Promise<Incident | null>;
  /**
   * Replaces an incident with `change(current)` atomically: a compare-and-set,
   * so of two instances making the same transition (acknowledging, resolving)
   * the second sees the first's result. `change` must be pure (a store may run
   * it again after a conflict) and may throw (an AppError such as `conflict`)
   * to change nothing. The result may only append updates and never changes the
   * id, opening time, dedup key or a stamped acknowledgement (internal error
   * otherwise). Returns null when the incident is unknown.
   */
  transitionIncident(args: { id: string; change: (current: Incident) => IncidentInput }): Promise<Incident | null>;
  /** The newest unresolved incident opened with `dedupKey`, or null. */
  findOpenIncidentByDedupKey(args: { dedupKey: string }): Promise<Incident | null>;
  /**
   * Incidents that overlap the window: created before `until` (now when absent)
   * and unresolved or resolved at or after `since`. Newest first.
   */
  listIncidents(args: { since: Date; until?: Date }): Promise<Incident[]>;

  // Leases: exactly one instance at a time runs a job that must not run twice (the prober, the alert evaluator).
  /**
   * Takes or renews the lease `name` for `holder` until `now + ttlMs` when it is
   * free, expired or already `holder`'s; true when `holder` holds it afterwards.
   * Holders renew well before the ttl ends; one that stops loses it when it expires.
   */
  acquireLease(args: { name: string; holder: string; ttlMs: number; now?: Date }): Promise<boolean>;
  /** Gives the lease up at once if `holder` holds it (on shutdown), so another instance takes over. */
  releaseLease(args: { name: string; holder: string }): Promise<void>;

  // Alert state, one record per dedup key, changed only by compare-and-set.
  getAlert(args: { dedupKey: string }): Promise<AlertRecord | null>;
  /** Every alert record (one per rule and dedup key, so few), or those with `status`, by dedup key. */
  listAlerts(args?: { status?: AlertStatus }): Promise<AlertRecord[]>;
  /**
   * Writes `alert` with version `expectedVersion + 1` (1 when `expectedVersion`
   * is null) only if the stored record's version is still `expectedVersion`
   * (null: there is none). True when written; false when another writer got there first.
   */
  saveAlert(args: { alert: AlertRecord; expectedVersion: number | null }): Promise<boolean>;
  // Maintenance windows planned ad hoc (the weekly one is configuration, lib/maintenance).
  /** Saves a new window (bad_request if the id is taken or the window is invalid). */
  createMaintenanceWindow(args: { window: MaintenanceWindow }): Promise<void>;
  /** Windows overlapping [from, to), cancelled ones included, by start. */
  listMaintenanceWindows(args: { from: Date; to: Date }): Promise<MaintenanceWindow[]>;
  /** Marks a window cancelled at `at` (kept if already cancelled); null when unknown. */
  cancelMaintenanceWindow(args: { id: string; at: Date }): Promise<MaintenanceWindow | null>;
  // Backups. Only the latest successful one is kept: the heartbeat an alert watches.
  /** Records a successful backup; one older than the recorded heartbeat leaves it unchanged. */
  recordBackupHeartbeat(args: { heartbeat: BackupHeartbeat }): Promise<void>;
  /** The latest successful backup, or null when none was ever recorded. */
  getLastBackupHeartbeat(): Promise<BackupHeartbeat | null>;

  /** Cheap round trip that fails when the store is unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
