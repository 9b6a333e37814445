import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { type PlanRecord, PlanRecordSchema } from "@/lib/plans/schema";
import { quotaWindow } from "../quota-windows";
import type { QuotaDecision, QuotaLimit, QuotaWindow, Store } from "../types";
import { MIGRATIONS } from "./migrations";

function migrate(db: Database.Database): void {
  db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
  );
  const applied = new Set(
    db
      .prepare("SELECT version FROM schema_migrations")
      .all()
      .map((row) => (row as { version: number }).version),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }).immediate();
  }
}

/** The local store: one SQLite file in WAL mode, safe for several processes on one machine. */
export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.pragma("foreign_keys = ON");
    migrate(this.db);
  }

  async createPlan({ record }: { record: PlanRecord }): Promise<void> {
    const valid = PlanRecordSchema.parse(record);
    this.db
      .prepare(
        "INSERT INTO plans (id, owner_id, title, version, created_at, updated_at, doc) VALUES (@id, @ownerId, @title, @version, @createdAt, @updatedAt, @doc)",
      )
      .run({ ...valid, doc: JSON.stringify(valid) });
  }

  async getPlanById({ id }: { id: string }): Promise<PlanRecord | null> {
    const row = this.db.prepare("SELECT doc FROM plans WHERE id = ?").get(id) as { doc: string } | undefined;
    if (!row) return null;
    const parsed = PlanRecordSchema.safeParse(JSON.parse(row.doc));
    if (!parsed.success)
      throw new AppError("internal", `Stored plan ${id} does not match the plan schema`, { cause: parsed.error });
    return parsed.data;
  }

  async countPlans({ since }: { since?: Date } = {}): Promise<number> {
    const row = since
      ? this.db.prepare("SELECT COUNT(*) AS n FROM plans WHERE created_at >= ?").get(since.toISOString())
      : this.db.prepare("SELECT COUNT(*) AS n FROM plans").get();
    return (row as { n: number }).n;
  }

  async consumeQuota({
    key,
    limits,
    now = new Date(),
  }: {
    key: string;
    limits: readonly QuotaLimit[];
    now?: Date;
  }): Promise<QuotaDecision> {
    const windows = limits.map((limit) => ({ ...limit, ...quotaWindow(limit.window, now) }));
    const read = this.db.prepare("SELECT count FROM quota_counters WHERE bucket = ?");
    const bump = this.db.prepare(
      "INSERT INTO quota_counters (bucket, count, expires_at) VALUES (?, 1, ?) ON CONFLICT(bucket) DO UPDATE SET count = count + 1",
    );
    const decide = this.db.transaction((): QuotaDecision => {
      this.db.prepare("DELETE FROM quota_counters WHERE expires_at < ?").run(now.getTime());
      const used = {} as Record<QuotaWindow, number>;
      for (const w of windows) {
        const count = (read.get(`${key}:${w.window}:${w.id}`) as { count: number } | undefined)?.count ?? 0;
        if (count >= w.limit) return { allowed: false, exhausted: w.window, retryAfterMs: w.endsAt - now.getTime() };
        used[w.window] = count + 1;
      }
      for (const w of windows) bump.run(`${key}:${w.window}:${w.id}`, w.endsAt);
      return { allowed: true, used };
    });
    return decide.immediate();
  }

  async ping(): Promise<void> {
    this.db.prepare("SELECT 1").get();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
