import "server-only";
import path from "node:path";
import { z } from "zod";

const intFrom = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no", "on", "off"])
    .default(fallback ? "true" : "false")
    .transform((value) => ["true", "1", "yes", "on"].includes(value));

const channels = (name: string, fallback: string) =>
  z
    .string()
    .regex(
      /^\s*(pagerduty|sms|slack|email|webhook)?(\s*,\s*(pagerduty|sms|slack|email|webhook))*\s*$/,
      `${name}: a comma-separated list of pagerduty, sms, slack, email, webhook`,
    )
    .default(fallback);

/**
 * Every environment variable the server reads. Each has a default that makes
 * the local embedded mode work with nothing set; the README documents them.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: intFrom(3000, 1, 65535),
  MARKETPLAN_DATA_DIR: z.string().min(1).default(".data"),
  STORE: z.preprocess(emptyAsUndefined, z.enum(["sqlite", "firestore"]).optional()),
  FIRESTORE_EMULATOR_HOST: z.preprocess(emptyAsUndefined, z.string().optional()),
  FIREBASE_AUTH_EMULATOR_HOST: z.preprocess(emptyAsUndefined, z.string().optional()),
  FIREBASE_PROJECT_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  GOOGLE_CLOUD_PROJECT: z.preprocess(emptyAsUndefined, z.string().optional()),
  GCLOUD_PROJECT: z.preprocess(emptyAsUndefined, z.string().optional()),
  FIRESTORE_DATABASE_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  FIRESTORE_TIMEOUT_MS: intFrom(10_000, 100, 120_000),
  AUTH_MODE: z.preprocess(emptyAsUndefined, z.enum(["local", "firebase"]).optional()),
  /** Set by App Hosting: JSON with the Firebase projectId. */
  FIREBASE_CONFIG: z.preprocess(emptyAsUndefined, z.string().optional()),
  APP_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "APP_SECRET must be at least 32 characters").optional()),
  /** The APP_SECRET before a rotation: identity cookies it signed are still accepted and re-issued with the new one. */
  APP_SECRET_PREVIOUS: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, "APP_SECRET_PREVIOUS must be at least 32 characters").optional(),
  ),
  /**
   * Only tests set this: they run `next start` (NODE_ENV=production) against the emulators.
   * firebase-admin skips token signature checks when it talks to the Auth emulator.
   */
  ALLOW_EMULATORS_IN_PRODUCTION: flag(false),
  GEMINI_API_KEY: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  GOOGLE_API_KEY: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  GEMINI_MODEL: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/, "GEMINI_MODEL must be a model name such as gemini-2.0-flash")
    .default("gemini-2.0-flash"),
  GEMINI_BASE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  AI_TIMEOUT_MS: intFrom(45_000, 100, 600_000),
  AI_MAX_RETRIES: intFrom(2, 0, 2),
  AI_RETRY_BASE_MS: intFrom(1_000, 1, 60_000),
  AI_QUOTA_PER_MINUTE: intFrom(60, 0, 1_000_000),
  AI_QUOTA_PER_DAY: intFrom(10_000, 0, 100_000_000),
  /**
   * Longest wait for the store's answer on the shared quota before a plan goes to Gemini
   * uncounted (a slow store must not hold plans up; Gemini's own limit still holds).
   */
  AI_QUOTA_WAIT_MS: intFrom(3_000, 100, 60_000),
  /**
   * The app's base URL the ops CLI's API commands (`ops incident`) talk to; http://localhost:PORT when unset.
   * Only an absolute http(s) URL counts: tools such as Vite set BASE_URL to "/" for their own use.
   */
  BASE_URL: z.preprocess(
    (value) => (typeof value === "string" && /^https?:\/\/[^/]/i.test(value) ? value : undefined),
    z.string().url().optional(),
  ),
  /** Plans and section rewrites one person (identity) may ask for, across all instances. */
  GENERATION_LIMIT_PER_MINUTE: intFrom(5, 0, 1_000_000),
  GENERATION_LIMIT_PER_DAY: intFrom(50, 0, 100_000_000),
  /** The same per client IP address (higher: an office or a school shares one address). */
  GENERATION_IP_LIMIT_PER_MINUTE: intFrom(20, 0, 1_000_000),
  GENERATION_IP_LIMIT_PER_DAY: intFrom(200, 0, 100_000_000),
  /**
   * Which X-Forwarded-For entry is the client: the one this many places from the
   * right (1: the address the nearest proxy saw, which a client cannot forge). 0: no per-IP limit.
   */
  TRUSTED_PROXY_HOPS: intFrom(1, 0, 10),
  /** On SIGTERM, how long in-flight generations may run before the instance exits (App Hosting allows about 10 s). */
  SHUTDOWN_GRACE_MS: intFrom(8_000, 0, 600_000),
  /** How long a plan kept in a browser while the store was down can still be saved (its signature's lifetime). */
  UNSAVED_PLAN_MAX_AGE_HOURS: intFrom(168, 1, 24 * 365),
  /** PDF exports rendered at once (each in a worker thread, off the event loop), and how many may wait; beyond that, 503. */
  PDF_RENDER_CONCURRENCY: intFrom(2, 1, 32),
  PDF_RENDER_QUEUE: intFrom(8, 0, 1_000),
  /** A render taking longer than this is stopped (its worker ended) and answered 500. */
  PDF_RENDER_TIMEOUT_MS: intFrom(30_000, 1_000, 600_000),
  /** Memory for finished PDFs, keyed by plan version, per instance (0: no cache). */
  PDF_CACHE_MB: intFrom(64, 0, 4_096),
  /** Bearer token of the operations endpoints; generated into the data directory when unset. */
  OPS_API_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(32, "OPS_API_TOKEN must be at least 32 characters").optional()),
  /** Request and generation metrics (Prometheus and the per-minute rollups); off only to measure their cost. */
  METRICS_ENABLED: flag(true),
  /**
   * The in-app uptime prober: the instance holding the store's `prober` lease checks PROBE_URL's
   * /, /api/health and /api/ai/health every PROBE_INTERVAL_MS and records the round. Off when a
   * scheduler runs `ops probe` instead.
   */
  PROBER_ENABLED: flag(true),
  PROBE_INTERVAL_MS: intFrom(30_000, 1_000, 3_600_000),
  /** Base URL the in-app prober checks; this server (http://127.0.0.1:PORT) when unset. */
  PROBE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  /** SLO business hours ("6-22": from 6 AM to 10 PM) in SLO_TIME_ZONE; the manual's Pacific hours by default. */
  SLO_BUSINESS_HOURS: z
    .string()
    .regex(/^([01]?\d|2[0-4])-([01]?\d|2[0-4])$/, "SLO_BUSINESS_HOURS: two hours such as 6-22")
    .default("6-22"),
  SLO_TIME_ZONE: z.string().min(1).default("America/Los_Angeles"),
  /** The alert evaluator: in-app once every ALERT_EVALUATION_INTERVAL_MS on the instance holding the lease. */
  ALERTS_ENABLED: flag(true),
  ALERT_EVALUATION_INTERVAL_MS: intFrom(60_000, 1_000, 3_600_000),
  /** A firing alert is sent again at most this often until it resolves or is acknowledged. */
  ALERT_RENOTIFY_MINUTES: intFrom(60, 1, 10_080),
  /** Channels each severity may use (the rule's own list is narrowed to these). */
  ALERT_ROUTE_CRITICAL: channels("ALERT_ROUTE_CRITICAL", "pagerduty,sms,slack,email,webhook"),
  ALERT_ROUTE_WARNING: channels("ALERT_ROUTE_WARNING", "slack,email,webhook"),
  /** Where the incident a critical alert opened goes when the alert resolves. */
  ALERT_INCIDENT_ON_RESOLVE: z.enum(["monitoring", "resolved"]).default("monitoring"),
  ALERT_SLACK_WEBHOOK_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  PAGERDUTY_ROUTING_KEY: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  PAGERDUTY_EVENTS_URL: z.string().url().default("https://events.pagerduty.com/v2/enqueue"),
  /** smtp://user:password@host:587 or smtps://…:465 */
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL: smtp:// or smtps:// URL")
      .optional(),
  ),
  ALERT_EMAIL_FROM: z.string().min(3).default("MarketPlanAI alerts <alerts@localhost>"),
  /** Comma-separated addresses: the manual's email list. */
  ALERT_EMAIL_TO: z.preprocess(emptyAsUndefined, z.string().optional()),
  ALERT_WEBHOOK_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  /** Base URL put in alert links (PagerDuty client_url, Slack); none when unset. */
  PUBLIC_BASE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Overrides the git SHA baked in at build time as the release id (health's releaseId, Sentry's release). */
  RELEASE_ID: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[\w.@+-]{1,200}$/, "RELEASE_ID: a short token")
      .optional(),
  ),
  /** Server-side Sentry: nothing is sent when unset. */
  SENTRY_DSN: z.preprocess(emptyAsUndefined, z.string().url("SENTRY_DSN must be a DSN URL").optional()),
  SENTRY_ENVIRONMENT: z.preprocess(emptyAsUndefined, z.string().max(64).optional()),
  SENTRY_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(1),
  SENTRY_TRACES_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(0),
  /**
   * The browser's Sentry DSN given at run time, for a build made without NEXT_PUBLIC_SENTRY_DSN
   * (which wins when both are set). A DSN's key is public by design: pages carry it.
   */
  SENTRY_BROWSER_DSN: z.preprocess(emptyAsUndefined, z.string().url("SENTRY_BROWSER_DSN must be a DSN URL").optional()),
  /** Where local (SQLite) backups and their manifests go; `<MARKETPLAN_DATA_DIR>/backups` when unset. */
  BACKUP_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).optional()),
  /** 32 bytes as 64 hex characters (`openssl rand -hex 32`): backups are encrypted with AES-256-GCM when set. */
  BACKUP_ENCRYPTION_KEY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "BACKUP_ENCRYPTION_KEY must be 64 hex characters (32 bytes): openssl rand -hex 32")
      .optional(),
  ),
  /** Backups older than this many days are pruned (the newest one is always kept). */
  BACKUP_RETENTION_DAYS: intFrom(30, 1, 36_500),
  /** Firestore mode: the bucket managed exports go to, e.g. `gs://marketplan-ai-backups`. */
  BACKUP_BUCKET: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^gs:\/\/[a-z0-9][a-z0-9._-]{1,220}(\/.*)?$/, "BACKUP_BUCKET must look like gs://bucket-name")
      .optional(),
  ),
});

export type Env = z.infer<typeof EnvSchema> & {
  /** The Gemini key from GEMINI_API_KEY, else GOOGLE_API_KEY. */
  geminiApiKey: string | undefined;
  /** The Google Cloud / Firebase project, from FIREBASE_PROJECT_ID, GOOGLE_CLOUD_PROJECT or GCLOUD_PROJECT. */
  projectId: string | undefined;
  /** sqlite unless STORE says otherwise or a Firestore emulator or project is configured. */
  store: "sqlite" | "firestore";
  /** local (signed cookie) unless AUTH_MODE says otherwise or the Auth emulator is configured. */
  authMode: "local" | "firebase";
  /** Absolute path of the data directory. */
  dataDir: string;
  /** Absolute path of the local backup directory (BACKUP_DIR, else `<dataDir>/backups`). */
  backupDir: string;
};

function projectIdFromFirebaseConfig(config: string | undefined): string | undefined {
  if (!config) return undefined;
  try {
    const projectId = (JSON.parse(config) as { projectId?: unknown }).projectId;
    return typeof projectId === "string" ? projectId : undefined;
  } catch {
    return undefined;
  }
}

/**
 * With FIREBASE_AUTH_EMULATOR_HOST set, firebase-admin accepts unsigned tokens:
 * anyone could sign in as anyone. A production server refuses to start with it
 * (or with a Firestore emulator behind Firebase sign-in), unless
 * ALLOW_EMULATORS_IN_PRODUCTION=true, which only the end-to-end tests set.
 */
function refuseEmulatorsInProduction(data: z.infer<typeof EnvSchema>, authMode: "local" | "firebase"): void {
  if (data.NODE_ENV !== "production" || data.ALLOW_EMULATORS_IN_PRODUCTION) return;
  const emulators = [
    data.FIREBASE_AUTH_EMULATOR_HOST ? "FIREBASE_AUTH_EMULATOR_HOST" : null,
    data.FIRESTORE_EMULATOR_HOST && authMode === "firebase" ? "FIRESTORE_EMULATOR_HOST (with Firebase sign-in)" : null,
  ].filter((name) => name !== null);
  if (emulators.length === 0) return;
  throw new Error(
    `Invalid environment:\n  ${emulators.join(" and ")} set under NODE_ENV=production: the Auth emulator accepts unsigned tokens, so anyone could sign in as anyone. Unset it, or set ALLOW_EMULATORS_IN_PRODUCTION=true in a test set-up only.`,
  );
}

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const data = parsed.data;
  const projectId =
    data.FIREBASE_PROJECT_ID ??
    projectIdFromFirebaseConfig(data.FIREBASE_CONFIG) ??
    data.GOOGLE_CLOUD_PROJECT ??
    data.GCLOUD_PROJECT;
  const authMode = data.AUTH_MODE ?? (data.FIREBASE_AUTH_EMULATOR_HOST ? "firebase" : "local");
  refuseEmulatorsInProduction(data, authMode);
  cached = {
    ...data,
    projectId,
    store:
      data.STORE ?? (data.FIRESTORE_EMULATOR_HOST || data.FIREBASE_PROJECT_ID || data.FIREBASE_CONFIG ? "firestore" : "sqlite"),
    authMode,
    geminiApiKey: parsed.data.GEMINI_API_KEY ?? parsed.data.GOOGLE_API_KEY,
    dataDir: path.resolve(parsed.data.MARKETPLAN_DATA_DIR),
    backupDir: path.resolve(parsed.data.BACKUP_DIR ?? path.join(parsed.data.MARKETPLAN_DATA_DIR, "backups")),
  };
  return cached;
}

/** Tests change process.env between cases; this makes the next getEnv() read it again. */
export function resetEnvForTests(): void {
  cached = undefined;
}
