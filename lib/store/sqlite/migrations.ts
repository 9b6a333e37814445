/**
 * Versioned schema changes, applied in order inside one transaction each.
 * Never edit a migration that has shipped; add a new one.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "plans and quota counters",
    sql: `
      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        owner_id TEXT,
        title TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX plans_owner_created ON plans (owner_id, created_at DESC, id DESC);
      CREATE TABLE quota_counters (
        bucket TEXT PRIMARY KEY,
        count INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX quota_counters_expiry ON quota_counters (expires_at);
    `,
  },
];
