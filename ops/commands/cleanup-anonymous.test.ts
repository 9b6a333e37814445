import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "@/lib/store/types";
import { cleanupAnonymousUsers } from "../lifetime/anonymous-users";
import { UsageError } from "../shared/command";
import { captureContext, daysAgo, existingPlans, openTempStore, seedLifetimeScenario, seedUser } from "../testing/temp-store";
import { runCleanupAnonymous } from "./cleanup-anonymous";

const now = new Date("2026-03-01T12:00:00.000Z");
let temp: ReturnType<typeof openTempStore>;
let store: Store;
let scenario: Awaited<ReturnType<typeof seedLifetimeScenario>>;

beforeEach(async () => {
  temp = openTempStore();
  store = temp.store();
  scenario = await seedLifetimeScenario(store, now);
});
afterEach(async () => {
  await temp.close();
});

const allPlans = () => [...scenario.stale.planIds, ...scenario.recent.planIds, ...scenario.registered.planIds];
const otherPlans = () => [...scenario.recent.planIds, ...scenario.registered.planIds];

describe("cleanupAnonymousUsers", () => {
  it("dry run lists exactly the stale anonymous user, with its live plans, and removes nothing", async () => {
    const report = await cleanupAnonymousUsers(store, { days: 90, dryRun: true, now });

    expect(report.users).toEqual([
      {
        id: "u_stale-anonymous",
        createdAt: scenario.stale.user.createdAt,
        lastActiveAt: scenario.stale.user.lastActiveAt,
        plans: 2,
      },
    ]);
    expect(report.totals).toEqual({ users: 1, plans: 2 });
    expect(report.stoppedBy).toBeNull();
    expect(report.cutoff).toBe("2025-12-01T12:00:00.000Z");
    expect(await existingPlans(store, allPlans())).toEqual(allPlans());
    expect(await store.getUser({ id: "u_stale-anonymous" })).not.toBeNull();
    expect(await store.getShareLink({ tokenHash: scenario.staleLink })).not.toBeNull();
  });

  it("removes exactly the stale user with all its plans and share links, and a second run removes nothing", async () => {
    const first = await cleanupAnonymousUsers(store, { days: 90, dryRun: false, now });

    expect(first.users.map((user) => user.id)).toEqual(["u_stale-anonymous"]);
    expect(first.totals).toEqual({ users: 1, plans: 3 }); // the soft-deleted plan goes too
    expect(first.stoppedBy).toBeNull();
    expect(await store.getUser({ id: "u_stale-anonymous" })).toBeNull();
    expect(await existingPlans(store, scenario.stale.planIds)).toEqual([]);
    expect(await store.getShareLink({ tokenHash: scenario.staleLink })).toBeNull();

    expect(await existingPlans(store, otherPlans())).toEqual(otherPlans());
    expect(await store.getUser({ id: "u_recent-anonymous" })).not.toBeNull();
    expect(await store.getUser({ id: "registered-user" })).toMatchObject({ kind: "registered" });
    expect(await store.getShareLink({ tokenHash: scenario.recentLink })).not.toBeNull();

    const second = await cleanupAnonymousUsers(store, { days: 90, dryRun: false, now });
    expect(second.totals).toEqual({ users: 0, plans: 0 });
    expect(second.stoppedBy).toBeNull();
    expect(await existingPlans(store, otherPlans())).toEqual(otherPlans());
  });

  it("honours --limit oldest first, says more remain, and the next run finishes the job", async () => {
    await seedUser(store, { id: "u_older-anonymous", kind: "anonymous", now, days: 120, plans: 1 });

    const first = await cleanupAnonymousUsers(store, { days: 90, dryRun: false, limit: 1, now });
    expect(first.users.map((user) => user.id)).toEqual(["u_older-anonymous"]);
    expect(first.stoppedBy).toBe("limit");

    const rest = await cleanupAnonymousUsers(store, { days: 90, dryRun: false, limit: 5, now, batchSize: 1 });
    expect(rest.users.map((user) => user.id)).toEqual(["u_stale-anonymous"]);
    expect(rest.stoppedBy).toBeNull();
  });

  it("re-reads each user before removing it: one that signed in or came back since the listing is kept", async () => {
    await seedUser(store, { id: "u_returning", kind: "anonymous", now, days: 95, plans: 1 });
    const listing = await store.listInactiveAnonymousUsers({ before: daysAgo(now, 90), limit: 10 });
    expect(listing.map((user) => user.id)).toEqual(["u_stale-anonymous", "u_returning"]);
    // Then the stale user links a Google account and the other one comes back.
    await store.touchUser({ id: "u_stale-anonymous", kind: "registered", at: now });
    await store.touchUser({ id: "u_returning", kind: "anonymous", at: now });
    let calls = 0;
    const staleListing: Store = Object.create(store, {
      listInactiveAnonymousUsers: { value: async () => (calls++ === 0 ? listing : []) },
    });

    const report = await cleanupAnonymousUsers(staleListing, { days: 90, dryRun: false, now });

    expect(report.users).toEqual([]);
    expect(report.skipped).toEqual([
      { id: "u_stale-anonymous", reason: "registered" },
      { id: "u_returning", reason: "active" },
    ]);
    expect(await existingPlans(store, scenario.stale.planIds)).toEqual(scenario.stale.planIds);
  });

  it("stops at a failure, reporting what it removed before it", async () => {
    await seedUser(store, { id: "u_older-anonymous", kind: "anonymous", now, days: 120, plans: 1 });
    const failing: Store = Object.create(store, {
      deleteUserData: {
        value: async (args: { userId: string; onlyIfInactiveAnonymousBefore?: Date }) => {
          if (args.userId === "u_stale-anonymous") throw new Error("disk I/O error");
          return store.deleteUserData(args);
        },
      },
    });

    const report = await cleanupAnonymousUsers(failing, { days: 90, dryRun: false, now });

    expect(report.users.map((user) => user.id)).toEqual(["u_older-anonymous"]);
    expect(report.stoppedBy).toBe("failure");
    expect(report.error).toBe("removing user u_stale-anonymous: disk I/O error");
    expect(await store.getUser({ id: "u_stale-anonymous" })).not.toBeNull();
  });

  it("stops at the next user once interrupted", async () => {
    await seedUser(store, { id: "u_older-anonymous", kind: "anonymous", now, days: 120, plans: 1 });
    const controller = new AbortController();

    const report = await cleanupAnonymousUsers(store, {
      days: 90,
      dryRun: false,
      now,
      batchSize: 1,
      signal: controller.signal,
      onBatch: () => controller.abort(),
    });

    expect(report.users.map((user) => user.id)).toEqual(["u_older-anonymous"]);
    expect(report.stoppedBy).toBe("interrupted");
    expect(await store.getUser({ id: "u_stale-anonymous" })).not.toBeNull();
  });

  it("refuses a threshold that would catch recently active users", async () => {
    await expect(cleanupAnonymousUsers(store, { days: 7, dryRun: true, now })).rejects.toThrow(RangeError);
  });
});

describe("ops cleanup-anonymous", () => {
  it("prints the dry run for a person: who, when last active, how many plans, and the summary line", async () => {
    const run = captureContext(temp.store, now);
    expect(await runCleanupAnonymous(["--dry-run"], run.context)).toBe(0);
    expect(run.stdout()).toContain(`store: sqlite ${temp.dir}/marketplan.db`);
    expect(run.stdout()).toMatch(/u_stale-anonymous\s+2025-11-21 \(100 days ago\)\s+2/);
    expect(run.stdout()).not.toContain("u_recent-anonymous");
    expect(run.stdout()).not.toContain("registered-user");
    expect(run.stdout()).toContain("would remove 1 users and 2 plans");
  });

  it("removes with a summary line, and answers --json with one document", async () => {
    const real = captureContext(temp.store, now);
    expect(await runCleanupAnonymous([], real.context)).toBe(0);
    expect(real.stdout()).toContain("removed 1 users and 3 plans");
    expect(real.stderr()).toContain("batch 1: removed 1 users and 3 plans");

    const again = captureContext(temp.store, now);
    expect(await runCleanupAnonymous(["--json"], again.context)).toBe(0);
    expect(JSON.parse(again.stdout())).toMatchObject({ command: "cleanup-anonymous", ok: true, totals: { users: 0, plans: 0 } });
  });

  it("exits 1 when interrupted, and rejects bad options as usage errors", async () => {
    const controller = new AbortController();
    controller.abort();
    const interrupted = captureContext(temp.store, now, controller.signal);
    expect(await runCleanupAnonymous([], interrupted.context)).toBe(1);
    expect(interrupted.stdout()).toContain("interrupted: run again to continue");

    const run = captureContext(temp.store, now);
    await expect(runCleanupAnonymous(["--days", "7"], run.context)).rejects.toThrow(UsageError);
    await expect(runCleanupAnonymous(["--days", "90x"], run.context)).rejects.toThrow(UsageError);
    await expect(runCleanupAnonymous(["--limit", "0"], run.context)).rejects.toThrow(UsageError);
    await expect(runCleanupAnonymous(["--force"], run.context)).rejects.toThrow(UsageError);
    expect(await store.getUser({ id: "u_stale-anonymous" })).not.toBeNull();
  });
});
