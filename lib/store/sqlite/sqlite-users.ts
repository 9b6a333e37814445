import "server-only";
import type Database from "better-sqlite3";
import { checkPageLimit } from "../cursor";
import { checkDay } from "../observability-rules";
import { type UserRecord, UserRecordSchema } from "../records";
import { checkUserId, readBack, utcDay } from "../store-rules";

const USER_COLUMNS = "id, kind, created_at AS createdAt, last_active_at AS lastActiveAt";
const OWNED_PLANS = "SELECT id FROM plans WHERE owner_id = ?";

/** Users, their days of activity, and removing everything a user owns. */
export class SqliteUsers {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      // A user is never made anonymous again, and lastActiveAt only moves forward.
      upsertUser: db.prepare(
        `INSERT INTO users (id, kind, created_at, last_active_at) VALUES (@id, @kind, @at, @at)
         ON CONFLICT (id) DO UPDATE SET
           kind = CASE WHEN excluded.kind = 'registered' THEN 'registered' ELSE users.kind END,
           last_active_at = max(users.last_active_at, excluded.last_active_at)`,
      ),
      recordDay: db.prepare("INSERT OR IGNORE INTO user_activity (user_id, day) VALUES (?, ?)"),
      readUser: db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`),
      inactive: db.prepare(
        `SELECT ${USER_COLUMNS} FROM users WHERE kind = 'anonymous' AND last_active_at < ? ORDER BY last_active_at, id LIMIT ?`,
      ),
      countOwned: db.prepare("SELECT COUNT(*) AS n FROM plans WHERE owner_id = ?"),
      deleteVersions: db.prepare(`DELETE FROM plan_versions WHERE plan_id IN (${OWNED_PLANS})`),
      deleteLinks: db.prepare(`DELETE FROM share_links WHERE owner_id = ? OR plan_id IN (${OWNED_PLANS})`),
      deletePlans: db.prepare("DELETE FROM plans WHERE owner_id = ?"),
      deleteActivity: db.prepare("DELETE FROM user_activity WHERE user_id = ?"),
      deleteUser: db.prepare("DELETE FROM users WHERE id = ?"),
      countCreatedSince: db.prepare("SELECT COUNT(*) AS n FROM users WHERE created_at >= ?"),
      countCreatedBetween: db.prepare("SELECT COUNT(*) AS n FROM users WHERE created_at >= ? AND created_at < ?"),
      // Naming both kinds lets the (kind, last_active_at) index serve the range.
      countActiveSince: db.prepare(
        "SELECT COUNT(*) AS n FROM users WHERE kind IN ('anonymous', 'registered') AND last_active_at >= ?",
      ),
      activeIds: db.prepare("SELECT DISTINCT user_id AS id FROM user_activity WHERE day >= ? AND day <= ?"),
    };
  }

  private read(id: string): UserRecord | null {
    const row = this.statements.readUser.get(id);
    return row === undefined ? null : readBack(UserRecordSchema, row, `user ${id}`);
  }

  touchUser({ id, kind, at }: { id: string; kind: UserRecord["kind"]; at: Date }): UserRecord {
    const touch = this.db.transaction((): UserRecord => {
      this.statements.upsertUser.run({ id: checkUserId(id), kind, at: at.toISOString() });
      this.statements.recordDay.run(id, utcDay(at));
      const user = this.read(id);
      if (!user) throw new Error(`User ${id} vanished inside its own transaction`);
      return user;
    });
    return touch.immediate();
  }

  getUser({ id }: { id: string }): UserRecord | null {
    return this.read(id);
  }

  listInactiveAnonymousUsers({ before, limit }: { before: Date; limit: number }): UserRecord[] {
    const rows = this.statements.inactive.all(before.toISOString(), checkPageLimit(limit, 10_000));
    return rows.map((row) => readBack(UserRecordSchema, row, "user"));
  }

  deleteUserData({
    userId,
    onlyIfInactiveAnonymousBefore,
  }: {
    userId: string;
    onlyIfInactiveAnonymousBefore?: Date;
  }): { plans: number } | null {
    const remove = this.db.transaction(() => {
      if (onlyIfInactiveAnonymousBefore) {
        const user = this.read(userId);
        const stale = user?.kind === "anonymous" && Date.parse(user.lastActiveAt) < onlyIfInactiveAnonymousBefore.getTime();
        if (!stale) return null;
      }
      const plans = (this.statements.countOwned.get(userId) as { n: number }).n;
      this.statements.deleteVersions.run(userId);
      this.statements.deleteLinks.run(userId, userId);
      this.statements.deletePlans.run(userId);
      this.statements.deleteActivity.run(userId);
      this.statements.deleteUser.run(userId);
      return { plans };
    });
    return remove.immediate();
  }

  countNewUsers({ since, until }: { since: Date; until?: Date }): number {
    const row = until
      ? this.statements.countCreatedBetween.get(since.toISOString(), until.toISOString())
      : this.statements.countCreatedSince.get(since.toISOString());
    return (row as { n: number }).n;
  }

  countUsersActiveSince({ since }: { since: Date }): number {
    return (this.statements.countActiveSince.get(since.toISOString()) as { n: number }).n;
  }

  listActiveUserIds({ fromDay, toDay }: { fromDay: string; toDay: string }): string[] {
    const rows = this.statements.activeIds.all(checkDay(fromDay, "fromDay"), checkDay(toDay, "toDay"));
    // Sorted here rather than by SQLite (UTF-8 byte order) so both stores agree.
    return rows.map((row) => (row as { id: string }).id).sort();
  }
}
