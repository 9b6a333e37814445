import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "@/lib/store/types";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { purgeDeletedPlans } from "../lifetime/deleted-plans";
import { UsageError } from "../shared/command";
import { captureContext, daysAgo, existingPlans, openTempStore, sharePlan } from "../testing/temp-store";
import { runPurgeDeleted } from "./purge-deleted";

const now = new Date("2026-03-01T12:00:00.000Z");
let temp: ReturnType<typeof openTempStore>;
let store: Store;
let plans: { expired: string; undoable: string; live: string };
let expiredLink: string;

async function seedPlan(deletedDaysAgo: number | null): Promise<string> {
  const record = buildPlanRecord({ ownerId: "u_owner", createdAt: daysAgo(now, 60) });
  await store.createPlan({ record });
  if (deletedDaysAgo !== null) await store.softDeletePlan({ id: record.id, at: daysAgo(now, deletedDaysAgo) });
  return record.id;
}

beforeEach(async () => {
  temp = openTempStore();
  store = temp.store();
  plans = { expired: await seedPlan(40), undoable: await seedPlan(10), live: await seedPlan(null) };
  expiredLink = await sharePlan(store, plans.expired, "u_owner", daysAgo(now, 50));
});
afterEach(async () => {
  await temp.close();
});

describe("ops purge-deleted", () => {
  it("dry run removes nothing and says what it would do", async () => {
    const run = captureContext(temp.store, now);
    expect(await runPurgeDeleted(["--dry-run"], run.context)).toBe(0);
    expect(run.stdout()).toContain("dry run: plans deleted before 2026-01-30T12:00:00.000Z (30 days)");
    expect(await existingPlans(store, Object.values(plans))).toEqual(Object.values(plans));
  });

  it("removes only plans past the undo window, with their share links; a second run removes nothing", async () => {
    const run = captureContext(temp.store, now);
    expect(await runPurgeDeleted([], run.context)).toBe(0);
    expect(run.stdout()).toContain("removed 1 plans");
    expect(await existingPlans(store, Object.values(plans))).toEqual([plans.undoable, plans.live]);
    expect(await store.getShareLink({ tokenHash: expiredLink })).toBeNull();
    expect(await store.restoreDeletedPlan({ id: plans.undoable })).toBe(true);

    const again = captureContext(temp.store, now);
    expect(await runPurgeDeleted(["--json"], again.context)).toBe(0);
    expect(JSON.parse(again.stdout())).toMatchObject({ command: "purge-deleted", ok: true, dryRun: false, plans: 0 });
  });

  it("never purges inside the undo window users were promised", async () => {
    const run = captureContext(temp.store, now);
    await expect(runPurgeDeleted(["--days", "7"], run.context)).rejects.toThrow(UsageError);
    await expect(purgeDeletedPlans(store, { days: 7, dryRun: false, now })).rejects.toThrow(RangeError);
    expect(await existingPlans(store, Object.values(plans))).toEqual(Object.values(plans));
  });
});
