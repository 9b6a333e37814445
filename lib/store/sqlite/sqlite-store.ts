import "server-only";
import type Database from "better-sqlite3";
import type { AlertRecord, AlertStatus, MaintenanceWindow } from "../alert-records";
import type { BackupHeartbeat } from "../backup-heartbeat";
import type { Incident, IncidentInput, IncidentUpdateInput, RollupCounters } from "../observability-records";
import type { PlanChange, PlanRecord, ShareLink, UserRecord } from "../records";
import type { TransferToken } from "../transfer-records";
import type { PlanListQuery, QuotaLimit, QuotaWindow, Store } from "../types";
import type { UptimeDay } from "../uptime-days";
import { SqliteAlerts } from "./sqlite-alerts";
import { SqliteBackupHeartbeat } from "./sqlite-backup-heartbeat";
import { retryWhileBusy } from "./sqlite-busy";
import { openDatabase } from "./sqlite-database";
import { SqliteIncidents } from "./sqlite-incidents";
import { SqliteLeases } from "./sqlite-leases";
import { SqlitePlans } from "./sqlite-plans";
import { SqliteQuota } from "./sqlite-quota";
import { SqliteRollups } from "./sqlite-rollups";
import { SqliteShareLinks } from "./sqlite-share-links";
import { SqliteTransferTokens } from "./sqlite-transfer-tokens";
import { SqliteUptimeDays } from "./sqlite-uptime-days";
import { SqliteUsers } from "./sqlite-users";

/**
 * The local store: one SQLite file in WAL mode, safe for several processes on
 * one machine (every write takes the write lock up front with BEGIN IMMEDIATE;
 * a lock held too long answers 503 store_unavailable, see sqlite-busy.ts).
 * better-sqlite3 is synchronous; the async methods only honour the interface.
 */
export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly plans: SqlitePlans;
  private readonly users: SqliteUsers;
  private readonly links: SqliteShareLinks;
  private readonly transfers: SqliteTransferTokens;
  private readonly quota: SqliteQuota;
  private readonly rollups: SqliteRollups;
  private readonly incidents: SqliteIncidents;
  private readonly leases: SqliteLeases;
  private readonly alerts: SqliteAlerts;
  private readonly backupHeartbeat: SqliteBackupHeartbeat;
  private readonly uptimeDays: SqliteUptimeDays;

  constructor(file: string) {
    this.db = openDatabase(file);
    this.plans = new SqlitePlans(this.db);
    this.users = new SqliteUsers(this.db);
    this.links = new SqliteShareLinks(this.db);
    this.transfers = new SqliteTransferTokens(this.db);
    this.quota = new SqliteQuota(this.db);
    this.rollups = new SqliteRollups(this.db);
    this.incidents = new SqliteIncidents(this.db);
    this.leases = new SqliteLeases(this.db);
    this.alerts = new SqliteAlerts(this.db);
    this.backupHeartbeat = new SqliteBackupHeartbeat(this.db);
    this.uptimeDays = new SqliteUptimeDays(this.db);
  }

  async createPlan(args: { record: PlanRecord }) {
    await retryWhileBusy(() => this.plans.createPlan(args));
  }
  async getPlanById(args: { id: string; includeDeleted?: boolean }) {
    return retryWhileBusy(() => this.plans.getPlanById(args));
  }
  async listPlansByOwner(args: PlanListQuery) {
    return retryWhileBusy(() => this.plans.listPlansByOwner(args));
  }
  async updatePlan(args: { id: string; change: PlanChange; update: (current: PlanRecord) => PlanRecord; now?: Date }) {
    return retryWhileBusy(() => this.plans.updatePlan({ ...args, now: args.now ?? new Date() }));
  }
  async listPlanVersions(args: { planId: string; limit: number; cursor?: string }) {
    return retryWhileBusy(() => this.plans.listPlanVersions(args));
  }
  async getPlanVersion(args: { planId: string; version: number }) {
    return retryWhileBusy(() => this.plans.getPlanVersion(args));
  }
  async softDeletePlan(args: { id: string; at: Date }) {
    return retryWhileBusy(() => this.plans.softDeletePlan(args));
  }
  async restoreDeletedPlan(args: { id: string }) {
    return retryWhileBusy(() => this.plans.restoreDeletedPlan(args));
  }
  async purgeDeletedPlans(args: { before: Date }) {
    return retryWhileBusy(() => this.plans.purgeDeletedPlans(args));
  }
  async countPlans(args: { since?: Date } = {}) {
    return retryWhileBusy(() => this.plans.countPlans(args));
  }

  async touchUser(args: { id: string; kind: UserRecord["kind"]; at: Date }) {
    return retryWhileBusy(() => this.users.touchUser(args));
  }
  async getUser(args: { id: string }) {
    return retryWhileBusy(() => this.users.getUser(args));
  }
  async listInactiveAnonymousUsers(args: { before: Date; limit: number }) {
    return retryWhileBusy(() => this.users.listInactiveAnonymousUsers(args));
  }
  async deleteUserData(args: { userId: string; onlyIfInactiveAnonymousBefore?: Date }) {
    return retryWhileBusy(() => this.users.deleteUserData(args));
  }

  async createShareLink(args: { link: ShareLink }) {
    await retryWhileBusy(() => this.links.createShareLink(args));
  }
  async getShareLink(args: { tokenHash: string }) {
    return retryWhileBusy(() => this.links.getShareLink(args));
  }
  async revokeShareLinks(args: { planId: string; at: Date }) {
    return retryWhileBusy(() => this.links.revokeShareLinks(args));
  }
  async createTransferToken(args: { token: TransferToken }) {
    this.transfers.createTransferToken(args);
  }
  async redeemTransferToken(args: { tokenHash: string; at: Date }) {
    return this.transfers.redeemTransferToken(args);
  }

  async consumeQuota(args: { key: string; limits: readonly QuotaLimit[]; now?: Date }) {
    return retryWhileBusy(() => this.quota.consumeQuota({ ...args, now: args.now ?? new Date() }));
  }

  async releaseQuota(args: { key: string; windows: readonly QuotaWindow[]; takenAt: Date; now?: Date }) {
    return retryWhileBusy(() => this.quota.releaseQuota({ ...args, now: args.now ?? new Date() }));
  }

  async readQuota(args: { key: string; windows: readonly QuotaWindow[]; now?: Date }) {
    return retryWhileBusy(() => this.quota.readQuota({ ...args, now: args.now ?? new Date() }));
  }

  async countNewUsers(args: { since: Date; until?: Date }) {
    return retryWhileBusy(() => this.users.countNewUsers(args));
  }
  async countUsersActiveSince(args: { since: Date }) {
    return retryWhileBusy(() => this.users.countUsersActiveSince(args));
  }
  async listActiveUserIds(args: { fromDay: string; toDay: string }) {
    return retryWhileBusy(() => this.users.listActiveUserIds(args));
  }

  async addRollup(args: { instanceId: string; minute: Date; counters: RollupCounters }) {
    await retryWhileBusy(() => this.rollups.addRollup(args));
  }
  async listRollups(args: { from: Date; to: Date }) {
    return retryWhileBusy(() => this.rollups.listRollups(args));
  }
  async sumRollupCounters(args: { from: Date; to: Date }) {
    return retryWhileBusy(() => this.rollups.sumRollupCounters(args));
  }
  async purgeRollups(args: { before: Date }) {
    return retryWhileBusy(() => this.rollups.purgeRollups(args));
  }
  async saveUptimeDays(args: { days: readonly UptimeDay[] }) {
    await retryWhileBusy(() => this.uptimeDays.saveUptimeDays(args));
  }
  async listUptimeDays(args: { fromDay: string; toDay: string }) {
    return retryWhileBusy(() => this.uptimeDays.listUptimeDays(args));
  }

  async createIncident(args: { incident: IncidentInput }) {
    await retryWhileBusy(() => this.incidents.createIncident(args));
  }
  async getIncident(args: { id: string }) {
    return retryWhileBusy(() => this.incidents.getIncident(args));
  }
  async addIncidentUpdate(args: { id: string; update: IncidentUpdateInput }) {
    return retryWhileBusy(() => this.incidents.addIncidentUpdate(args));
  }
  async transitionIncident(args: { id: string; change: (current: Incident) => IncidentInput }) {
    return retryWhileBusy(() => this.incidents.transitionIncident(args));
  }
  async findOpenIncidentByDedupKey(args: { dedupKey: string }) {
    return retryWhileBusy(() => this.incidents.findOpenIncidentByDedupKey(args));
  }
  async listIncidents(args: { since: Date; until?: Date }) {
    return retryWhileBusy(() => this.incidents.listIncidents({ since: args.since, until: args.until ?? new Date() }));
  }

  async acquireLease(args: { name: string; holder: string; ttlMs: number; now?: Date }) {
    return retryWhileBusy(() => this.leases.acquireLease({ ...args, now: args.now ?? new Date() }));
  }
  async releaseLease(args: { name: string; holder: string }) {
    await retryWhileBusy(() => this.leases.releaseLease(args));
  }

  async getAlert(args: { dedupKey: string }) {
    return retryWhileBusy(() => this.alerts.getAlert(args));
  }

  async listAlerts(args: { status?: AlertStatus } = {}) {
    return retryWhileBusy(() => this.alerts.listAlerts(args));
  }

  async saveAlert(args: { alert: AlertRecord; expectedVersion: number | null }) {
    return retryWhileBusy(() => this.alerts.saveAlert(args));
  }

  async createMaintenanceWindow(args: { window: MaintenanceWindow }) {
    await retryWhileBusy(() => this.alerts.createMaintenanceWindow(args));
  }

  async listMaintenanceWindows(args: { from: Date; to: Date }) {
    return retryWhileBusy(() => this.alerts.listMaintenanceWindows(args));
  }

  async cancelMaintenanceWindow(args: { id: string; at: Date }) {
    return retryWhileBusy(() => this.alerts.cancelMaintenanceWindow(args));
  }

  async recordBackupHeartbeat(args: { heartbeat: BackupHeartbeat }) {
    await retryWhileBusy(() => this.backupHeartbeat.record(args));
  }
  async getLastBackupHeartbeat() {
    return retryWhileBusy(() => this.backupHeartbeat.last());
  }

  async ping(): Promise<void> {
    this.db.prepare("SELECT 1").get();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
