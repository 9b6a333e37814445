import "server-only";
import type { AlertRecord, AlertStatus, MaintenanceWindow } from "../alert-records";
import type { BackupHeartbeat } from "../backup-heartbeat";
import type { Incident, IncidentInput, IncidentUpdateInput, RollupCounters } from "../observability-records";
import type { PlanChange, PlanRecord, ShareLink, UserRecord } from "../records";
import type { TransferToken } from "../transfer-records";
import type { PlanListQuery, QuotaLimit, QuotaWindow, Store } from "../types";
import type { UptimeDay } from "../uptime-days";
import { FirestoreAlerts } from "./firestore-alerts";
import { FirestoreBackupHeartbeat } from "./firestore-backup-heartbeat";
import { FirestoreConnection } from "./firestore-connection";
import { COLLECTIONS } from "./firestore-db";
import { FirestoreIncidents } from "./firestore-incidents";
import { FirestoreLeases } from "./firestore-leases";
import { FirestorePlans } from "./firestore-plans";
import { FirestoreQuota } from "./firestore-quota";
import { FirestoreRollups } from "./firestore-rollups";
import { FirestoreShareLinks } from "./firestore-share-links";
import { FirestoreTransferTokens } from "./firestore-transfer-tokens";
import { FirestoreUptimeDays } from "./firestore-uptime-days";
import { FirestoreUsers } from "./firestore-users";
import { KeyedQueue } from "./keyed-queue";

const DEFAULT_TIMEOUT_MS = 10_000;
const PING_TIMEOUT_MS = 5_000;

export interface FirestoreStoreOptions {
  projectId: string;
  /** A named database; the project's `(default)` one without it. */
  databaseId?: string;
  /** How long a call waits before answering store_unavailable (bulk deletes wait as long as they take). */
  timeoutMs?: number;
}

/**
 * The production store: Cloud Firestore through firebase-admin. Everything
 * Firestore-specific stays in this folder; callers see the domain types of
 * ../records.ts. Layout: README.md beside this file.
 */
export class FirestoreStore implements Store {
  readonly kind = "firestore" as const;
  private readonly connection: FirestoreConnection;
  private readonly plans: FirestorePlans;
  private readonly users: FirestoreUsers;
  private readonly links: FirestoreShareLinks;
  private readonly transfers: FirestoreTransferTokens;
  private readonly quota: FirestoreQuota;
  private readonly rollups: FirestoreRollups;
  private readonly incidents: FirestoreIncidents;
  private readonly leases: FirestoreLeases;
  private readonly alerts: FirestoreAlerts;
  private readonly backupHeartbeat: FirestoreBackupHeartbeat;
  private readonly uptimeDays: FirestoreUptimeDays;
  private readonly timeoutMs: number;

  constructor(options: FirestoreStoreOptions) {
    this.connection = new FirestoreConnection(options);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const { db } = this.connection;
    const queue = new KeyedQueue();
    this.plans = new FirestorePlans(db, queue);
    this.users = new FirestoreUsers(db, queue);
    this.links = new FirestoreShareLinks(db);
    this.transfers = new FirestoreTransferTokens(db);
    this.quota = new FirestoreQuota(db, queue);
    this.rollups = new FirestoreRollups(db);
    this.incidents = new FirestoreIncidents(db, queue);
    this.leases = new FirestoreLeases(db);
    this.alerts = new FirestoreAlerts(db);
    this.backupHeartbeat = new FirestoreBackupHeartbeat(db);
    this.uptimeDays = new FirestoreUptimeDays(db);
  }

  createPlan(args: { record: PlanRecord }) {
    return this.connection.call("createPlan", () => this.plans.createPlan(args), this.timeoutMs);
  }
  getPlanById(args: { id: string; includeDeleted?: boolean }) {
    return this.connection.call("getPlanById", () => this.plans.getPlanById(args), this.timeoutMs);
  }
  listPlansByOwner(args: PlanListQuery) {
    return this.connection.call("listPlansByOwner", () => this.plans.listPlansByOwner(args), this.timeoutMs);
  }
  updatePlan(args: { id: string; change: PlanChange; update: (current: PlanRecord) => PlanRecord; now?: Date }) {
    return this.connection.call(
      "updatePlan",
      () => this.plans.updatePlan({ ...args, now: args.now ?? new Date() }),
      this.timeoutMs,
    );
  }
  listPlanVersions(args: { planId: string; limit: number; cursor?: string }) {
    return this.connection.call("listPlanVersions", () => this.plans.listPlanVersions(args), this.timeoutMs);
  }
  getPlanVersion(args: { planId: string; version: number }) {
    return this.connection.call("getPlanVersion", () => this.plans.getPlanVersion(args), this.timeoutMs);
  }
  softDeletePlan(args: { id: string; at: Date }) {
    return this.connection.call("softDeletePlan", () => this.plans.softDeletePlan(args), this.timeoutMs);
  }
  restoreDeletedPlan(args: { id: string }) {
    return this.connection.call("restoreDeletedPlan", () => this.plans.restoreDeletedPlan(args), this.timeoutMs);
  }
  purgeDeletedPlans(args: { before: Date }) {
    return this.connection.call("purgeDeletedPlans", () => this.plans.purgeDeletedPlans(args), null);
  }
  countPlans(args: { since?: Date } = {}) {
    return this.connection.call("countPlans", () => this.plans.countPlans(args), this.timeoutMs);
  }

  touchUser(args: { id: string; kind: UserRecord["kind"]; at: Date }) {
    return this.connection.call("touchUser", () => this.users.touchUser(args), this.timeoutMs);
  }
  getUser(args: { id: string }) {
    return this.connection.call("getUser", () => this.users.getUser(args), this.timeoutMs);
  }
  listInactiveAnonymousUsers(args: { before: Date; limit: number }) {
    return this.connection.call("listInactiveAnonymousUsers", () => this.users.listInactiveAnonymousUsers(args), this.timeoutMs);
  }
  deleteUserData(args: { userId: string; onlyIfInactiveAnonymousBefore?: Date }) {
    return this.connection.call("deleteUserData", () => this.users.deleteUserData(args), null);
  }

  createShareLink(args: { link: ShareLink }) {
    return this.connection.call("createShareLink", () => this.links.createShareLink(args), this.timeoutMs);
  }
  getShareLink(args: { tokenHash: string }) {
    return this.connection.call("getShareLink", () => this.links.getShareLink(args), this.timeoutMs);
  }
  revokeShareLinks(args: { planId: string; at: Date }) {
    return this.connection.call("revokeShareLinks", () => this.links.revokeShareLinks(args), this.timeoutMs);
  }
  createTransferToken(args: { token: TransferToken }) {
    return this.connection.call("createTransferToken", () => this.transfers.createTransferToken(args), this.timeoutMs);
  }
  redeemTransferToken(args: { tokenHash: string; at: Date }) {
    return this.connection.call("redeemTransferToken", () => this.transfers.redeemTransferToken(args), this.timeoutMs);
  }

  consumeQuota(args: { key: string; limits: readonly QuotaLimit[]; now?: Date }) {
    return this.connection.call(
      "consumeQuota",
      () => this.quota.consumeQuota({ ...args, now: args.now ?? new Date() }),
      this.timeoutMs,
    );
  }

  releaseQuota(args: { key: string; windows: readonly QuotaWindow[]; takenAt: Date; now?: Date }) {
    return this.connection.call(
      "releaseQuota",
      () => this.quota.releaseQuota({ ...args, now: args.now ?? new Date() }),
      this.timeoutMs,
    );
  }

  readQuota(args: { key: string; windows: readonly QuotaWindow[]; now?: Date }) {
    return this.connection.call(
      "readQuota",
      () => this.quota.readQuota({ ...args, now: args.now ?? new Date() }),
      this.timeoutMs,
    );
  }

  countNewUsers(args: { since: Date; until?: Date }) {
    return this.connection.call("countNewUsers", () => this.users.countNewUsers(args), this.timeoutMs);
  }
  countUsersActiveSince(args: { since: Date }) {
    return this.connection.call("countUsersActiveSince", () => this.users.countUsersActiveSince(args), this.timeoutMs);
  }
  listActiveUserIds(args: { fromDay: string; toDay: string }) {
    return this.connection.call("listActiveUserIds", () => this.users.listActiveUserIds(args), this.timeoutMs);
  }

  addRollup(args: { instanceId: string; minute: Date; counters: RollupCounters }) {
    return this.connection.call("addRollup", () => this.rollups.addRollup(args), this.timeoutMs);
  }
  listRollups(args: { from: Date; to: Date }) {
    return this.connection.call("listRollups", () => this.rollups.listRollups(args), this.timeoutMs);
  }
  sumRollupCounters(args: { from: Date; to: Date }) {
    return this.connection.call("sumRollupCounters", () => this.rollups.sumRollupCounters(args), this.timeoutMs);
  }
  purgeRollups(args: { before: Date }) {
    return this.connection.call("purgeRollups", () => this.rollups.purgeRollups(args), null);
  }
  saveUptimeDays(args: { days: readonly UptimeDay[] }) {
    return this.connection.call("saveUptimeDays", () => this.uptimeDays.saveUptimeDays(args), this.timeoutMs);
  }
  listUptimeDays(args: { fromDay: string; toDay: string }) {
    return this.connection.call("listUptimeDays", () => this.uptimeDays.listUptimeDays(args), this.timeoutMs);
  }

  createIncident(args: { incident: IncidentInput }) {
    return this.connection.call("createIncident", () => this.incidents.createIncident(args), this.timeoutMs);
  }
  getIncident(args: { id: string }) {
    return this.connection.call("getIncident", () => this.incidents.getIncident(args), this.timeoutMs);
  }
  addIncidentUpdate(args: { id: string; update: IncidentUpdateInput }) {
    return this.connection.call("addIncidentUpdate", () => this.incidents.addIncidentUpdate(args), this.timeoutMs);
  }
  transitionIncident(args: { id: string; change: (current: Incident) => IncidentInput }) {
    return this.connection.call("transitionIncident", () => this.incidents.transitionIncident(args), this.timeoutMs);
  }
  findOpenIncidentByDedupKey(args: { dedupKey: string }) {
    return this.connection.call(
      "findOpenIncidentByDedupKey",
      () => this.incidents.findOpenIncidentByDedupKey(args),
      this.timeoutMs,
    );
  }
  listIncidents(args: { since: Date; until?: Date }) {
    const window = { since: args.since, until: args.until ?? new Date() };
    return this.connection.call("listIncidents", () => this.incidents.listIncidents(window), this.timeoutMs);
  }

  acquireLease(args: { name: string; holder: string; ttlMs: number; now?: Date }) {
    const now = args.now ?? new Date();
    return this.connection.call("acquireLease", () => this.leases.acquireLease({ ...args, now }), this.timeoutMs);
  }
  releaseLease(args: { name: string; holder: string }) {
    return this.connection.call("releaseLease", () => this.leases.releaseLease(args), this.timeoutMs);
  }

  getAlert(args: { dedupKey: string }) {
    return this.connection.call("getAlert", () => this.alerts.getAlert(args), this.timeoutMs);
  }

  listAlerts(args: { status?: AlertStatus } = {}) {
    return this.connection.call("listAlerts", () => this.alerts.listAlerts(args), this.timeoutMs);
  }

  saveAlert(args: { alert: AlertRecord; expectedVersion: number | null }) {
    return this.connection.call("saveAlert", () => this.alerts.saveAlert(args), this.timeoutMs);
  }

  createMaintenanceWindow(args: { window: MaintenanceWindow }) {
    return this.connection.call("createMaintenanceWindow", () => this.alerts.createMaintenanceWindow(args), this.timeoutMs);
  }

  listMaintenanceWindows(args: { from: Date; to: Date }) {
    return this.connection.call("listMaintenanceWindows", () => this.alerts.listMaintenanceWindows(args), this.timeoutMs);
  }

  cancelMaintenanceWindow(args: { id: string; at: Date }) {
    return this.connection.call("cancelMaintenanceWindow", () => this.alerts.cancelMaintenanceWindow(args), this.timeoutMs);
  }

  /** Reads one (usually missing) document, failing fast when Firestore does not answer. */
  recordBackupHeartbeat(args: { heartbeat: BackupHeartbeat }) {
    return this.connection.call("recordBackupHeartbeat", () => this.backupHeartbeat.record(args), this.timeoutMs);
  }
  getLastBackupHeartbeat() {
    return this.connection.call("getLastBackupHeartbeat", () => this.backupHeartbeat.last(), this.timeoutMs);
  }

  async ping(): Promise<void> {
    await this.connection.call("ping", () => this.connection.db.collection(COLLECTIONS.quota).doc("ping").get(), PING_TIMEOUT_MS);
  }

  async close(): Promise<void> {
    await this.connection.close();
  }
}
