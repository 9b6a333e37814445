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
  {
    version: 2,
    name: "plan versions, soft delete, users and their activity, share links",
    sql: `
      ALTER TABLE plans ADD COLUMN deleted_at TEXT;
      CREATE INDEX plans_owner_live ON plans (owner_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX plans_deleted_at ON plans (deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX plans_created_at ON plans (created_at);

      CREATE TABLE plan_versions (
        plan_id TEXT NOT NULL REFERENCES plans (id),
        version INTEGER NOT NULL,
        title TEXT NOT NULL,
        change TEXT NOT NULL,
        created_at TEXT NOT NULL,
        doc TEXT NOT NULL,
        PRIMARY KEY (plan_id, version)
      );
      -- Plans saved before versions existed were never edited: their one version is the generated plan.
      INSERT INTO plan_versions (plan_id, version, title, change, created_at, doc)
      SELECT id, version, title, '{"kind":"generated"}', updated_at,
        json_object(
          'planId', id, 'version', version, 'title', title,
          'plan', json(json_extract(doc, '$.plan')),
          'completeness', json(json_extract(doc, '$.completeness')),
          'change', json('{"kind":"generated"}'),
          'generation', json(json_extract(doc, '$.generation')),
          'createdAt', updated_at
        )
      FROM plans;

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('anonymous', 'registered')),
        created_at TEXT NOT NULL,
        last_active_at TEXT NOT NULL
      );
      CREATE INDEX users_kind_last_active ON users (kind, last_active_at, id);
      CREATE INDEX users_created_at ON users (created_at);

      -- One row per user per UTC day with any activity: WAU and retention read it by day.
      CREATE TABLE user_activity (
        user_id TEXT NOT NULL REFERENCES users (id),
        day TEXT NOT NULL,
        PRIMARY KEY (user_id, day)
      ) WITHOUT ROWID;
      CREATE INDEX user_activity_day ON user_activity (day, user_id);

      CREATE TABLE share_links (
        token_hash TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX share_links_plan ON share_links (plan_id);
      CREATE INDEX share_links_owner ON share_links (owner_id);
    `,
  },
  {
    version: 3,
    name: "metric rollups and incidents",
    sql: `
      -- One row per instance, minute and counter; writers add to value, readers sum.
      CREATE TABLE metric_rollups (
        instance_id TEXT NOT NULL,
        minute TEXT NOT NULL,
        key TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (instance_id, minute, key)
      ) WITHOUT ROWID;
      CREATE INDEX metric_rollups_minute ON metric_rollups (minute);

      -- The incident as JSON (updates included); the columns serve the window query.
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        doc TEXT NOT NULL
      );
      CREATE INDEX incidents_created_at ON incidents (created_at);
      CREATE INDEX incidents_resolved_at ON incidents (resolved_at);
    `,
  },
  {
    version: 4,
    name: "plan titles folded for search and sorting by name",
    sql: `
      -- Filled in by the app (SqlitePlans folds titles in JavaScript, as Firestore does) on open and on every write.
      ALTER TABLE plans ADD COLUMN title_key TEXT;
      CREATE INDEX plans_owner_updated ON plans (owner_id, updated_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX plans_owner_title ON plans (owner_id, title_key, id) WHERE deleted_at IS NULL;
    `,
  },
  {
    version: 5,
    name: "metric rollups as one row per instance and minute",
    sql: `
      -- A row per counter made a week of two instances 600,000 rows and seconds to read;
      -- one row per instance and minute with its counters as a JSON object reads in a fraction of that.
      CREATE TABLE metric_rollup_minutes (
        minute TEXT NOT NULL,
        instance_id TEXT NOT NULL,
        counters TEXT NOT NULL,
        PRIMARY KEY (minute, instance_id)
      ) WITHOUT ROWID;
      INSERT INTO metric_rollup_minutes (minute, instance_id, counters)
        SELECT minute, instance_id, json_group_object(key, value) FROM metric_rollups GROUP BY minute, instance_id;
      DROP TABLE metric_rollups;
    `,
  },
  {
    version: 6,
    name: "hourly metric rollup totals",
    sql: `
      -- The same counts per instance and UTC hour, so long windows are summed from 168 rows a week, not 10,080.
      CREATE TABLE metric_rollup_hours (
        hour TEXT NOT NULL,
        instance_id TEXT NOT NULL,
        counters TEXT NOT NULL,
        PRIMARY KEY (hour, instance_id)
      ) WITHOUT ROWID;
      INSERT INTO metric_rollup_hours (hour, instance_id, counters)
        SELECT hour, instance_id, json_group_object(key, total) FROM (
          SELECT substr(minute, 1, 13) || ':00:00.000Z' AS hour, instance_id, counter.key AS key, SUM(counter.value) AS total
          FROM metric_rollup_minutes, json_each(counters) AS counter
          GROUP BY hour, instance_id, counter.key
        )
        GROUP BY hour, instance_id;
    `,
  },
  {
    version: 7,
    name: "incident dedup keys and leases",
    sql: `
      -- Older incidents have no key; the app fills severity and the new timestamps in when it reads them.
      ALTER TABLE incidents ADD COLUMN dedup_key TEXT;
      CREATE INDEX incidents_open_dedup_key ON incidents (dedup_key) WHERE dedup_key IS NOT NULL AND resolved_at IS NULL;

      -- A named lease held by one process until it expires (ms since the epoch).
      CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 8,
    name: "alert state and maintenance windows",
    sql: `
      -- One row per alert (rule and dedup key); writers compare-and-set on version.
      CREATE TABLE alerts (
        dedup_key TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        status TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE TABLE maintenance_windows (
        id TEXT PRIMARY KEY,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX maintenance_windows_ends_at ON maintenance_windows (ends_at);
    `,
  },
  {
    version: 10,
    name: "backup heartbeat",
    sql: `
      -- One row: the latest successful backup, which the "no backup for 26 hours" alert reads.
      CREATE TABLE backup_heartbeat (
        id TEXT PRIMARY KEY CHECK (id = 'last'),
        at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
    `,
  },
  {
    version: 11,
    name: "transfer tokens",
    sql: `
      -- One-time codes that add a browser's plans to another browser (local mode): the SHA-256 of the code only.
      CREATE TABLE transfer_tokens (
        token_hash TEXT PRIMARY KEY,
        owner_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 13,
    name: "daily uptime",
    sql: `
      -- Probe checks per component per UTC day, kept after the minute rollups are purged: the status page's 90 days of bars.
      CREATE TABLE uptime_days (
        day TEXT NOT NULL,
        component TEXT NOT NULL,
        checks INTEGER NOT NULL,
        passed INTEGER NOT NULL,
        PRIMARY KEY (day, component)
      ) WITHOUT ROWID;
    `,
  },
];
