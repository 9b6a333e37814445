import { describe, expect, it } from "vitest";
import { type ContractContext, daysAgo, NOW } from "./context";

export function describeAnalyticsUserContract(ctx: ContractContext): void {
  describe("users read for analytics", () => {
    it("counts users first seen in a window, `since` included and `until` excluded", async () => {
      const store = ctx.store();
      await store.touchUser({ id: "old", kind: "anonymous", at: daysAgo(10) });
      await store.touchUser({ id: "week", kind: "registered", at: daysAgo(5) });
      await store.touchUser({ id: "yesterday", kind: "anonymous", at: daysAgo(1) });
      // Coming back does not make a user new again.
      await store.touchUser({ id: "old", kind: "anonymous", at: NOW });

      expect(await store.countNewUsers({ since: daysAgo(7) })).toBe(2);
      expect(await store.countNewUsers({ since: daysAgo(5) })).toBe(2);
      expect(await store.countNewUsers({ since: daysAgo(7), until: daysAgo(1) })).toBe(1);
      expect(await store.countNewUsers({ since: daysAgo(30) })).toBe(3);
      expect(await store.countNewUsers({ since: NOW })).toBe(0);
    });

    it("counts users whose last activity is at or after a moment", async () => {
      const store = ctx.store();
      await store.touchUser({ id: "a", kind: "anonymous", at: daysAgo(10) });
      await store.touchUser({ id: "a", kind: "anonymous", at: daysAgo(2) });
      await store.touchUser({ id: "b", kind: "registered", at: daysAgo(5) });
      await store.touchUser({ id: "c", kind: "anonymous", at: NOW });
      await store.touchUser({ id: "d", kind: "anonymous", at: daysAgo(8) });

      expect(await store.countUsersActiveSince({ since: daysAgo(5) })).toBe(3);
      expect(await store.countUsersActiveSince({ since: daysAgo(3) })).toBe(2);
      expect(await store.countUsersActiveSince({ since: daysAgo(30) })).toBe(4);
    });

    it("lists users active on any day of a range, both ends included, sorted, each once", async () => {
      const store = ctx.store();
      const touch = (id: string, at: string) => store.touchUser({ id, kind: "anonymous", at: new Date(at) });
      await touch("d", "2026-11-19T23:59:59.999Z");
      await touch("a", "2026-11-20T00:00:00.000Z");
      await touch("a", "2026-11-21T10:00:00.000Z");
      await touch("a", "2026-11-24T10:00:00.000Z");
      await touch("b", "2026-11-22T23:59:59.999Z");
      await touch("c", "2026-11-26T08:00:00.000Z");

      expect(await store.listActiveUserIds({ fromDay: "2026-11-20", toDay: "2026-11-22" })).toEqual(["a", "b"]);
      expect(await store.listActiveUserIds({ fromDay: "2026-11-23", toDay: "2026-11-25" })).toEqual(["a"]);
      expect(await store.listActiveUserIds({ fromDay: "2026-11-26", toDay: "2026-11-26" })).toEqual(["c"]);
      expect(await store.listActiveUserIds({ fromDay: "2026-11-01", toDay: "2026-11-30" })).toEqual(["a", "b", "c", "d"]);
      expect(await store.listActiveUserIds({ fromDay: "2026-11-22", toDay: "2026-11-20" })).toEqual([]);
      for (const day of ["2026-02-30", "2026-11-2", "yesterday"]) {
        await expect(store.listActiveUserIds({ fromDay: day, toDay: "2026-11-30" })).rejects.toMatchObject({ status: 400 });
      }
    });

    it("forgets deleted users in every count and list", async () => {
      const store = ctx.store();
      await store.touchUser({ id: "gone", kind: "anonymous", at: daysAgo(1) });
      await store.touchUser({ id: "stays", kind: "anonymous", at: daysAgo(1) });
      await store.deleteUserData({ userId: "gone" });

      const day = daysAgo(1).toISOString().slice(0, 10);
      expect(await store.listActiveUserIds({ fromDay: day, toDay: day })).toEqual(["stays"]);
      expect(await store.countNewUsers({ since: daysAgo(7) })).toBe(1);
      expect(await store.countUsersActiveSince({ since: daysAgo(7) })).toBe(1);
    });
  });
}
