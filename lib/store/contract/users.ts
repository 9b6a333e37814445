import { describe, expect, it } from "vitest";
import { buildPlanRecord, UNICODE } from "@/tests/support/store-fixtures";
import { type ContractContext, DAY_MS, daysAgo, minutesAfter, NOW } from "./context";

const hash = (n: number) => n.toString(16).padStart(64, "a");

export function describeUserContract(ctx: ContractContext): void {
  describe("users and activity", () => {
    it("creates a user on first sight, then moves lastActiveAt forward and records each active day once", async () => {
      const store = ctx.store();
      const id = `anon-${UNICODE.cjk}`;
      expect(await store.getUser({ id })).toBeNull();
      const first = await store.touchUser({ id, kind: "anonymous", at: NOW });
      const created = { id, kind: "anonymous", createdAt: NOW.toISOString(), lastActiveAt: NOW.toISOString() };
      expect(first).toEqual(created);
      expect(await store.getUser({ id })).toEqual(created);

      const later = minutesAfter(90);
      expect(await store.touchUser({ id, kind: "anonymous", at: later })).toEqual({
        ...created,
        lastActiveAt: later.toISOString(),
      });
      // A late-arriving touch never moves the clock back.
      expect((await store.touchUser({ id, kind: "anonymous", at: minutesAfter(10) })).lastActiveAt).toBe(later.toISOString());
      const nextDay = new Date(NOW.getTime() + DAY_MS);
      const registered = await store.touchUser({ id, kind: "registered", at: nextDay });
      expect(registered).toEqual({ ...created, kind: "registered", lastActiveAt: nextDay.toISOString() });
      // Signing in is not undone by a later anonymous-looking touch.
      expect((await store.touchUser({ id, kind: "anonymous", at: nextDay })).kind).toBe("registered");
      expect((await ctx.activityDays(id)).sort()).toEqual(["2026-11-26", "2026-11-27"]);
    });

    it("refuses user ids that cannot be stored in both stores, and finds no such user", async () => {
      const store = ctx.store();
      for (const id of ["a/b", "", ".", "__reserved__", "x".repeat(129)]) {
        await expect(store.touchUser({ id, kind: "anonymous", at: NOW })).rejects.toMatchObject({ status: 400 });
        expect(await store.getUser({ id })).toBeNull();
        expect(await store.deleteUserData({ userId: id })).toEqual({ plans: 0 });
      }
    });

    it("lists anonymous users inactive since a moment, oldest first, leaving out registered and recent ones", async () => {
      const store = ctx.store();
      await store.touchUser({ id: "anon-100", kind: "anonymous", at: daysAgo(100) });
      await store.touchUser({ id: "anon-95", kind: "anonymous", at: daysAgo(95) });
      await store.touchUser({ id: "anon-10", kind: "anonymous", at: daysAgo(10) });
      await store.touchUser({ id: "reg-200", kind: "registered", at: daysAgo(200) });
      await store.touchUser({ id: "anon-back", kind: "anonymous", at: daysAgo(120) });
      await store.touchUser({ id: "anon-back", kind: "anonymous", at: daysAgo(1) });

      const inactive = await store.listInactiveAnonymousUsers({ before: daysAgo(90), limit: 10 });
      expect(inactive.map((user) => user.id)).toEqual(["anon-100", "anon-95"]);
      expect(inactive[0]).toEqual({
        id: "anon-100",
        kind: "anonymous",
        createdAt: daysAgo(100).toISOString(),
        lastActiveAt: daysAgo(100).toISOString(),
      });
      expect((await store.listInactiveAnonymousUsers({ before: daysAgo(90), limit: 1 })).map((u) => u.id)).toEqual(["anon-100"]);
    });

    it("deletes a user's plans, versions, share links and activity, and nobody else's", async () => {
      const store = ctx.store();
      await store.touchUser({ id: "gone", kind: "anonymous", at: daysAgo(3) });
      await store.touchUser({ id: "gone", kind: "anonymous", at: daysAgo(2) });
      await store.touchUser({ id: "stays", kind: "anonymous", at: daysAgo(2) });
      const goneIds: string[] = [];
      for (let i = 0; i < 3; i++) {
        const record = buildPlanRecord({ ownerId: "gone" });
        goneIds.push(record.id);
        await store.createPlan({ record });
        await store.updatePlan({
          id: record.id,
          change: { kind: "renamed", from: "", to: "x" },
          update: (p) => ({ ...p, title: "x" }),
        });
        const link = { tokenHash: hash(i), planId: record.id, ownerId: "gone", createdAt: NOW.toISOString(), revokedAt: null };
        await store.createShareLink({ link });
      }
      await store.softDeletePlan({ id: goneIds[2] ?? "", at: NOW });
      const kept = buildPlanRecord({ ownerId: "stays" });
      await store.createPlan({ record: kept });
      const keptLink = { tokenHash: hash(9), planId: kept.id, ownerId: "stays", createdAt: NOW.toISOString(), revokedAt: null };
      await store.createShareLink({ link: keptLink });

      expect(await store.deleteUserData({ userId: "gone" })).toEqual({ plans: 3 });
      expect(await store.getUser({ id: "gone" })).toBeNull();
      expect(await ctx.activityDays("gone")).toEqual([]);
      for (const [i, id] of goneIds.entries()) {
        expect(await store.getPlanById({ id, includeDeleted: true })).toBeNull();
        expect(await store.listPlanVersions({ planId: id, limit: 10 })).toEqual({ items: [], nextCursor: null });
        expect(await store.getShareLink({ tokenHash: hash(i) })).toBeNull();
      }
      expect(await store.getPlanById({ id: kept.id })).toEqual(kept);
      expect(await store.getShareLink({ tokenHash: hash(9) })).toEqual(keptLink);
      expect(await store.getUser({ id: "stays" })).not.toBeNull();
      expect(await ctx.activityDays("stays")).toEqual([daysAgo(2).toISOString().slice(0, 10)]);
      expect(await store.countPlans()).toBe(1);
      expect(await store.deleteUserData({ userId: "gone" })).toEqual({ plans: 0 });
    });

    it("removes a user only if still anonymous and inactive, checked in the removing transaction", async () => {
      const store = ctx.store();
      const cutoff = daysAgo(90);
      await store.touchUser({ id: "stale", kind: "anonymous", at: daysAgo(120) });
      await store.touchUser({ id: "back", kind: "anonymous", at: daysAgo(120) });
      await store.touchUser({ id: "signed-in", kind: "anonymous", at: daysAgo(120) });
      const plan = buildPlanRecord({ ownerId: "back" });
      await store.createPlan({ record: plan });
      // Listed as stale, then back (a page view) and signed in before the clean-up reaches them.
      await store.touchUser({ id: "back", kind: "anonymous", at: daysAgo(1) });
      await store.touchUser({ id: "signed-in", kind: "registered", at: daysAgo(120) });

      expect(await store.deleteUserData({ userId: "back", onlyIfInactiveAnonymousBefore: cutoff })).toBeNull();
      expect(await store.deleteUserData({ userId: "signed-in", onlyIfInactiveAnonymousBefore: cutoff })).toBeNull();
      expect(await store.deleteUserData({ userId: "nobody", onlyIfInactiveAnonymousBefore: cutoff })).toBeNull();
      expect(await store.getUser({ id: "back" })).not.toBeNull();
      expect(await store.getPlanById({ id: plan.id })).toEqual(plan);
      expect(await store.getUser({ id: "signed-in" })).not.toBeNull();

      expect(await store.deleteUserData({ userId: "stale", onlyIfInactiveAnonymousBefore: cutoff })).toEqual({ plans: 0 });
      expect(await store.getUser({ id: "stale" })).toBeNull();
    });
  });
}
