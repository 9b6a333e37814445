import "server-only";
import type Database from "better-sqlite3";
import type { Incident, IncidentUpdate, RollupCounters } from "../observability-records";
import type { PlanChange, PlanRecord, ShareLink, UserRecord } from "../records";
import type { TransferToken } from "../transfer-records";
import type { PlanListQuery, QuotaLimit, QuotaWindow, Store } from "../types";
import { openDatabase } from "./sqlite-database";
import { SqliteIncidents } from "./sqlite-incidents";
import { SqlitePlans } from "./sqlite-plans";
import { SqliteQuota } from "./sqlite-quota";
import { SqliteRollups } from "./sqlite-rollups";
import { SqliteShareLinks } from "./sqlite-share-links";
import { SqliteTransferTokens } from "./sqlite-transfer-tokens";
import { SqliteUsers } from "./sqlite-users";

/**
 * The local store: one SQLite file in WAL mode, safe for several processes on
 * one machine (every write takes the write lock up front with BEGIN IMMEDIATE).
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

  constructor(file: string) {
    this.db = openDatabase(file);
    this.plans = new SqlitePlans(this.db);
    this.users = new SqliteUsers(this.db);
    this.links = new SqliteShareLinks(this.db);
    this.transfers = new SqliteTransferTokens(this.db);
    this.quota = new SqliteQuota(this.db);
    this.rollups = new SqliteRollups(this.db);
    this.incidents = new SqliteIncidents(this.db);
  }

  async createPlan(args: { record: PlanRecord }) {
    this.plans.createPlan(args);
  }
  async getPlanById(args: { id: string; includeDeleted?: boolean }) {
    return this.plans.getPlanById(args);
  }
  async listPlansByOwner(args: PlanListQuery) {
    return this.plans.listPlansByOwner(args);
  }
  async updatePlan(args: { id: string; change: PlanChange; update: (current: PlanRecord) => PlanRecord; now?: Date }) {
    return this.plans.updatePlan({ ...args, now: args.now ?? new Date() });
  }
  async listPlanVersions(args: { planId: string; limit: number; cursor?: string }) {
    return this.plans.listPlanVersions(args);
  }
  async getPlanVersion(args: { planId: string; version: number }) {
    return this.plans.getPlanVersion(args);
  }
  async softDeletePlan(args: { id: string; at: Date }) {
    return this.plans.softDeletePlan(args);
  }
  async restoreDeletedPlan(args: { id: string }) {
    return this.plans.restoreDeletedPlan(args);
  }
  async purgeDeletedPlans(args: { before: Date }) {
    return this.plans.purgeDeletedPlans(args);
  }
  async countPlans(args: { since?: Date } = {}) {
    return this.plans.countPlans(args);
  }

  async touchUser(args: { id: string; kind: UserRecord["kind"]; at: Date }) {
    return this.users.touchUser(args);
  }
  async getUser(args: { id: string }) {
    return this.users.getUser(args);
  }
  async listInactiveAnonymousUsers(args: { before: Date; limit: number }) {
    return this.users.listInactiveAnonymousUsers(args);
  }
  async deleteUserData(args: { userId: string }) {
    return this.users.deleteUserData(args);
  }

  async createShareLink(args: { link: ShareLink }) {
    this.links.createShareLink(args);
  }
  async getShareLink(args: { tokenHash: string }) {
    return this.links.getShareLink(args);
  }
  async revokeShareLinks(args: { planId: string; at: Date }) {
    return this.links.revokeShareLinks(args);
  }
  async createTransferToken(args: { token: TransferToken }) {
    this.transfers.createTransferToken(args);
  }
  async redeemTransferToken(args: { tokenHash: string; at: Date }) {
    return this.transfers.redeemTransferToken(args);
  }

  async consumeQuota(args: { key: string; limits: readonly QuotaLimit[]; now?: Date }) {
    return this.quota.consumeQuota({ ...args, now: args.now ?? new Date() });
  }

  async readQuota(args: { key: string; windows: readonly QuotaWindow[]; now?: Date }) {
    return this.quota.readQuota({ ...args, now: args.now ?? new Date() });
  }

  async countNewUsers(args: { since: Date; until?: Date }) {
    return this.users.countNewUsers(args);
  }
  async countUsersActiveSince(args: { since: Date }) {
    return this.users.countUsersActiveSince(args);
  }
  async listActiveUserIds(args: { fromDay: string; toDay: string }) {
    return this.users.listActiveUserIds(args);
  }

  async addRollup(args: { instanceId: string; minute: Date; counters: RollupCounters }) {
    this.rollups.addRollup(args);
  }
  async listRollups(args: { from: Date; to: Date }) {
    return this.rollups.listRollups(args);
  }
  async sumRollupCounters(args: { from: Date; to: Date }) {
    return this.rollups.sumRollupCounters(args);
  }
  async purgeRollups(args: { before: Date }) {
    return this.rollups.purgeRollups(args);
  }

  async createIncident(args: { incident: Incident }) {
    this.incidents.createIncident(args);
  }
  async getIncident(args: { id: string }) {
    return this.incidents.getIncident(args);
  }
  async addIncidentUpdate(args: { id: string; update: IncidentUpdate }) {
    return this.incidents.addIncidentUpdate(args);
  }
  async listIncidents(args: { since: Date; until?: Date }) {
    return this.incidents.listIncidents({ since: args.since, until: args.until ?? new Date() });
  }

  async ping(): Promise<void> {
    this.db.prepare("SELECT 1").get();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
