import { describe, expect, it } from "vitest";
import type { PlanSummary } from "../records";
import { buildPlanRecord } from "../test-fixtures";
import type { Store } from "../types";
import { type ContractContext, minutesAfter, NOW } from "./context";

async function allPages(store: Store, ownerId: string, limit: number): Promise<PlanSummary[][]> {
  const pages: PlanSummary[][] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listPlansByOwner({ ownerId, limit, cursor });
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
    if (pages.length > 20) throw new Error("Pagination does not end");
  } while (cursor !== undefined);
  return pages;
}

const newestFirst = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

export function describeListingContract(ctx: ContractContext): void {
  describe("listing an owner's plans", () => {
    it("pages newest first without duplicates or omissions, leaving out other owners and deleted plans", async () => {
      const store = ctx.store();
      // Plans share creation times in fives, so the id decides the order within a moment.
      const mine = Array.from({ length: 25 }, (_, i) =>
        buildPlanRecord({ ownerId: "owner-a", createdAt: minutesAfter(Math.floor(i / 5)) }),
      );
      const theirs = Array.from({ length: 3 }, (_, i) => buildPlanRecord({ ownerId: "owner-b", createdAt: minutesAfter(i) }));
      const orphan = buildPlanRecord({ ownerId: null, createdAt: NOW });
      for (const record of [...mine, ...theirs, orphan]) await store.createPlan({ record });
      const deleted = [mine[3], mine[17]].map((record) => record?.id ?? "");
      for (const id of deleted) await store.softDeletePlan({ id, at: minutesAfter(30) });
      await store.updatePlan({
        id: mine[0]?.id ?? "",
        change: { kind: "renamed", from: "x", to: "Renamed" },
        update: (p) => ({ ...p, title: "Renamed" }),
        now: minutesAfter(60),
      });

      const pages = await allPages(store, "owner-a", 10);
      expect(pages.map((page) => page.length)).toEqual([10, 10, 3]);
      const expected = mine.filter((record) => !deleted.includes(record.id)).sort(newestFirst);
      expect(pages.flat().map((p) => p.id)).toEqual(expected.map((record) => record.id));
      const renamed = pages.flat().find((p) => p.id === mine[0]?.id);
      expect(renamed).toEqual({
        id: mine[0]?.id,
        title: "Renamed",
        version: 2,
        provider: "builtin",
        complete: mine[0]?.completeness.complete,
        createdAt: mine[0]?.createdAt,
        updatedAt: minutesAfter(60).toISOString(),
      });
      expect((await allPages(store, "owner-b", 2)).flat().map((p) => p.id)).toEqual(theirs.sort(newestFirst).map((r) => r.id));
      expect(await store.listPlansByOwner({ ownerId: "owner-c", limit: 10 })).toEqual({ items: [], nextCursor: null });
    });

    it("ends with a null cursor when the last page is exactly full", async () => {
      const store = ctx.store();
      for (let i = 0; i < 4; i++)
        await store.createPlan({ record: buildPlanRecord({ ownerId: "owner-a", createdAt: minutesAfter(i) }) });
      const pages = await allPages(store, "owner-a", 2);
      expect(pages.map((page) => page.length)).toEqual([2, 2]);
    });

    it("refuses a malformed cursor or page size with a 400", async () => {
      const store = ctx.store();
      await expect(store.listPlansByOwner({ ownerId: "owner-a", limit: 10, cursor: "not-a-cursor" })).rejects.toMatchObject({
        status: 400,
      });
      const versionCursor = Buffer.from(JSON.stringify({ k: "versions", version: 3 })).toString("base64url");
      await expect(store.listPlansByOwner({ ownerId: "owner-a", limit: 10, cursor: versionCursor })).rejects.toMatchObject({
        status: 400,
      });
      await expect(store.listPlansByOwner({ ownerId: "owner-a", limit: 0 })).rejects.toMatchObject({ status: 400 });
    });
  });
}
