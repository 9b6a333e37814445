import "server-only";
import type Database from "better-sqlite3";
import { checkLease } from "../observability-rules";

/** Leases: one row per name; taking one is a single conditional upsert, so two processes never both win. */
export class SqliteLeases {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      take: db.prepare(
        `INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expiresAt)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE leases.holder = excluded.holder OR leases.expires_at <= @now`,
      ),
      release: db.prepare("DELETE FROM leases WHERE name = ? AND holder = ?"),
    };
  }

  acquireLease(args: { name: string; holder: string; ttlMs: number; now: Date }): boolean {
    const lease = checkLease(args);
    const result = this.statements.take.run({
      name: lease.name,
      holder: lease.holder,
      expiresAt: Date.parse(lease.expiresAt),
      now: args.now.getTime(),
    });
    return result.changes === 1;
  }

  releaseLease({ name, holder }: { name: string; holder: string }): void {
    this.statements.release.run(name, holder);
  }
}
