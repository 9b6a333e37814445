import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resetEnvForTests } from "@/lib/env";
import { getStore, setStoreForTests } from "@/lib/store";
import type { Store, UserRecord } from "@/lib/store/types";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { DAY_MS } from "../shared/args";
import type { CommandContext } from "../shared/command";
import { describeStoreTarget } from "../shared/store-target";

const ENV_KEYS = ["MARKETPLAN_DATA_DIR", "STORE"] as const;

/** A fresh SQLite store in a temp directory, configured through the environment as the CLI would see it. */
export function openTempStore(): { dir: string; store: () => Store; close: () => Promise<void> } {
  const saved = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-ops-"));
  process.env.MARKETPLAN_DATA_DIR = dir;
  process.env.STORE = "sqlite";
  resetEnvForTests();
  setStoreForTests(undefined);
  return {
    dir,
    store: getStore,
    close: async () => {
      await getStore().close();
      setStoreForTests(undefined);
      for (const key of ENV_KEYS) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
      resetEnvForTests();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** A user last active `days` ago, owning `plans` live plans (and `deletedPlans` soft-deleted ones). */
export async function seedUser(
  store: Store,
  options: { id: string; kind: UserRecord["kind"]; now: Date; days: number; plans: number; deletedPlans?: number },
): Promise<{ user: UserRecord; planIds: string[] }> {
  const at = daysAgo(options.now, options.days);
  const user = await store.touchUser({ id: options.id, kind: options.kind, at });
  const planIds: string[] = [];
  for (let i = 0; i < options.plans + (options.deletedPlans ?? 0); i++) {
    const record = buildPlanRecord({ ownerId: options.id, createdAt: daysAgo(options.now, options.days + 5 - i) });
    await store.createPlan({ record });
    if (i >= options.plans) await store.softDeletePlan({ id: record.id, at });
    planIds.push(record.id);
  }
  return { user, planIds };
}

/** Shares a plan; returns the stored token hash. */
export async function sharePlan(store: Store, planId: string, ownerId: string, at: Date): Promise<string> {
  const tokenHash = createHash("sha256").update(randomBytes(32)).digest("hex");
  await store.createShareLink({ link: { tokenHash, planId, ownerId, createdAt: at.toISOString(), revokedAt: null } });
  return tokenHash;
}

/**
 * The brief's scenario: anonymous users active 100 and 10 days ago and a
 * registered user inactive for 200 days, each with plans; the stale one also
 * has a soft-deleted plan and a share link.
 */
export async function seedLifetimeScenario(store: Store, now: Date) {
  const stale = await seedUser(store, { id: "u_stale-anonymous", kind: "anonymous", now, days: 100, plans: 2, deletedPlans: 1 });
  const recent = await seedUser(store, { id: "u_recent-anonymous", kind: "anonymous", now, days: 10, plans: 1 });
  const registered = await seedUser(store, { id: "registered-user", kind: "registered", now, days: 200, plans: 2 });
  const staleLink = await sharePlan(store, stale.planIds[0] ?? "", stale.user.id, daysAgo(now, 100));
  const recentLink = await sharePlan(store, recent.planIds[0] ?? "", recent.user.id, daysAgo(now, 10));
  return { stale, recent, registered, staleLink, recentLink };
}

/** Which of `planIds` still exist, soft-deleted ones included. */
export async function existingPlans(store: Store, planIds: string[]): Promise<string[]> {
  const found = await Promise.all(planIds.map((id) => store.getPlanById({ id, includeDeleted: true })));
  return found.flatMap((record) => (record ? [record.id] : []));
}

/** A command context that captures output, for calling a command's run function directly. */
export function captureContext(store: () => Store, now: Date, signal = new AbortController().signal) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const context: CommandContext = {
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    store,
    storeTarget: describeStoreTarget,
    signal,
    now: () => now,
  };
  return { context, stdout: () => stdout.join("\n"), stderr: () => stderr.join("\n") };
}
