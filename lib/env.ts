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
  /** Bearer token of the operations endpoints; generated into the data directory when unset. */
  OPS_API_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(32, "OPS_API_TOKEN must be at least 32 characters").optional()),
  /** Request and generation metrics (Prometheus and the per-minute rollups); off only to measure their cost. */
  METRICS_ENABLED: flag(true),
  /** The in-app uptime prober: checks PROBE_URL's /api/health every PROBE_INTERVAL_MS and records the result. */
  PROBER_ENABLED: flag(false),
  PROBE_INTERVAL_MS: intFrom(30_000, 1_000, 3_600_000),
  /** Base URL the in-app prober checks; this server (http://127.0.0.1:PORT) when unset. */
  PROBE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
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
  cached = {
    ...data,
    projectId,
    store:
      data.STORE ?? (data.FIRESTORE_EMULATOR_HOST || data.FIREBASE_PROJECT_ID || data.FIREBASE_CONFIG ? "firestore" : "sqlite"),
    authMode: data.AUTH_MODE ?? (data.FIREBASE_AUTH_EMULATOR_HOST ? "firebase" : "local"),
    geminiApiKey: parsed.data.GEMINI_API_KEY ?? parsed.data.GOOGLE_API_KEY,
    dataDir: path.resolve(parsed.data.MARKETPLAN_DATA_DIR),
  };
  return cached;
}

/** Tests change process.env between cases; this makes the next getEnv() read it again. */
export function resetEnvForTests(): void {
  cached = undefined;
}
