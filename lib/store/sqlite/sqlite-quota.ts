import "server-only";
import type Database from "better-sqlite3";
import { openBuckets, quotaWindow } from "../quota-windows";
import type { QuotaDecision, QuotaLimit, QuotaWindow } from "../types";

/** Quota counters: one row per key and window, pruned once the window has ended. */
export class SqliteQuota {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      prune: db.prepare("DELETE FROM quota_counters WHERE expires_at < ?"),
      read: db.prepare("SELECT count FROM quota_counters WHERE bucket = ?"),
      release: db.prepare("UPDATE quota_counters SET count = count - 1 WHERE bucket = ? AND count > 0"),
      bump: db.prepare(
        "INSERT INTO quota_counters (bucket, count, expires_at) VALUES (?, 1, ?) ON CONFLICT(bucket) DO UPDATE SET count = count + 1",
      ),
    };
  }

  readQuota({ key, windows, now }: { key: string; windows: readonly QuotaWindow[]; now: Date }): Record<QuotaWindow, number> {
    const used = {} as Record<QuotaWindow, number>;
    for (const window of windows) {
      const bucket = `${key}:${window}:${quotaWindow(window, now).id}`;
      used[window] = (this.statements.read.get(bucket) as { count: number } | undefined)?.count ?? 0;
    }
    return used;
  }

  releaseQuota(args: { key: string; windows: readonly QuotaWindow[]; takenAt: Date; now: Date }): number {
    const buckets = openBuckets(args);
    const release = this.db.transaction(() =>
      buckets.reduce((released, bucket) => released + this.statements.release.run(bucket).changes, 0),
    );
    return release.immediate();
  }

  consumeQuota({ key, limits, now }: { key: string; limits: readonly QuotaLimit[]; now: Date }): QuotaDecision {
    const windows = limits.map((limit) => {
      const window = quotaWindow(limit.window, now);
      return { ...limit, ...window, bucket: `${key}:${limit.window}:${window.id}` };
    });
    const decide = this.db.transaction((): QuotaDecision => {
      this.statements.prune.run(now.getTime());
      const used = {} as Record<QuotaWindow, number>;
      for (const w of windows) {
        const count = (this.statements.read.get(w.bucket) as { count: number } | undefined)?.count ?? 0;
        if (count >= w.limit) return { allowed: false, exhausted: w.window, retryAfterMs: w.endsAt - now.getTime() };
        used[w.window] = count + 1;
      }
      for (const w of windows) this.statements.bump.run(w.bucket, w.endsAt);
      return { allowed: true, used };
    });
    return decide.immediate();
  }
}
