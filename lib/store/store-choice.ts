import "server-only";
import path from "node:path";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** The project the Firestore emulator is started with in tests and local runs. */
export const EMULATOR_PROJECT_ID = "demo-marketplan";

export type StoreChoice =
  | { kind: "sqlite"; file: string }
  | { kind: "firestore"; projectId: string; databaseId?: string; timeoutMs: number };

/**
 * Which store this process uses. `env.store` is `STORE` when set, else
 * Firestore when FIRESTORE_EMULATOR_HOST or a Firebase project is configured,
 * else SQLite (lib/env.ts decides; this turns it into connection settings).
 */
export function chooseStore(
  env: Pick<
    Env,
    "store" | "projectId" | "dataDir" | "FIRESTORE_EMULATOR_HOST" | "FIRESTORE_DATABASE_ID" | "FIRESTORE_TIMEOUT_MS"
  >,
): StoreChoice {
  if (env.store === "sqlite") return { kind: "sqlite", file: path.join(env.dataDir, "marketplan.db") };
  const projectId = env.projectId ?? (env.FIRESTORE_EMULATOR_HOST ? EMULATOR_PROJECT_ID : undefined);
  if (!projectId) {
    throw new AppError(
      "internal",
      "STORE=firestore needs a project: set FIREBASE_PROJECT_ID (or GOOGLE_CLOUD_PROJECT), or FIRESTORE_EMULATOR_HOST for the emulator",
    );
  }
  const timeoutMs = env.FIRESTORE_TIMEOUT_MS;
  return env.FIRESTORE_DATABASE_ID
    ? { kind: "firestore", projectId, databaseId: env.FIRESTORE_DATABASE_ID, timeoutMs }
    : { kind: "firestore", projectId, timeoutMs };
}
