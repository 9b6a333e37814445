import { describe, expect, it } from "vitest";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { foldTitle, PLAN_SORTS, type PlanSort, searchWords, titleMatches } from "../plan-listing";
import type { PlanSummary } from "../records";
import type { Store } from "../types";
import { type ContractContext, minutesAfter, NOW } from "./context";

async function allPages(
  store: Store,
  ownerId: string,
  limit: number,
  options: { query?: string; sort?: PlanSort } = {},
): Promise<PlanSummary[][]> {
  const pages: PlanSummary[][] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listPlansByOwner({ ownerId, limit, cursor, ...options });
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
    if (pages.length > 20) throw new Error("Pagination does not end");
  } while (cursor !== undefined);
  return pages;
}

const newestFirst = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

type Listed = { id: string; title: string; createdAt: string; updatedAt: string };
const byId = (a: Listed, b: Listed) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byText = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Each order as the stores must apply it: folded titles compare as UTF-8 bytes, like SQLite and Firestore do. */
const ORDERED: Record<PlanSort, (a: Listed, b: Listed) => number> = {
  newest: (a, b) => byText(b.createdAt, a.createdAt) || byId(b, a),
  oldest: (a, b) => byText(a.createdAt, b.createdAt) || byId(a, b),
  updated: (a, b) => byText(b.updatedAt, a.updatedAt) || byId(b, a),
  title: (a, b) => byText(foldTitle(a.title), foldTitle(b.title)) || byId(a, b),
};

const SEARCH_TITLES = [
  "Café Lumière: spring launch",
  "CAFE CORNER autumn push",
  "Bakery spring pre-orders",
  "Spring café tasting week",
  "Éclair delivery for offices",
  "eclair pop-up",
  "Garage sale weekend",
  "Zebra crossing café",
  "Ünïcode Café ☕ 東京",
  "cafe",
];

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

    it("finds plans whose title holds every word, ignoring case and accents, in every order and across pages", async () => {
      const store = ctx.store();
      const records = SEARCH_TITLES.map((title, i) =>
        // Creation order differs from name order; two plans share a moment, so ids break the tie.
        buildPlanRecord({ ownerId: "owner-a", title, createdAt: minutesAfter((i * 7) % 10 === 0 ? 0 : (i * 7) % 10) }),
      );
      records.push(buildPlanRecord({ ownerId: "owner-a", title: "cafe", createdAt: minutesAfter(0) }));
      records.push(buildPlanRecord({ ownerId: "owner-b", title: "Café Lumière: spring launch", createdAt: NOW }));
      for (const record of records) await store.createPlan({ record });
      const gone = records.find((r) => r.title === "Zebra crossing café");
      await store.softDeletePlan({ id: gone?.id ?? "", at: minutesAfter(20) });
      // A rename moves the plan in "recently updated" and changes what a search finds.
      const renamedFrom = records.find((r) => r.title === "Garage sale weekend");
      const renamed = await store.updatePlan({
        id: renamedFrom?.id ?? "",
        change: { kind: "renamed", from: "Garage sale weekend", to: "Garage café SPRING sale" },
        update: (p) => ({ ...p, title: "Garage café SPRING sale", plan: { ...p.plan, title: "Garage café SPRING sale" } }),
        now: minutesAfter(30),
      });
      const live: Listed[] = records
        .filter((r) => r.ownerId === "owner-a" && r.id !== gone?.id)
        .map((r) => (r.id === renamed?.id ? { ...r, title: renamed.title, updatedAt: renamed.updatedAt } : r));

      for (const query of [
        "cafe spring",
        "  CAFÉ  ",
        "eclair",
        "東京 ☕",
        "spring café garage",
        "nothing-like-this",
        "",
        "garage sale weekend",
      ]) {
        const words = searchWords(query);
        for (const sort of PLAN_SORTS) {
          const pages = await allPages(store, "owner-a", 2, { query, sort });
          const expected = live
            .filter((r) => titleMatches(foldTitle(r.title), words))
            .sort(ORDERED[sort])
            .map((r) => r.title);
          expect(
            pages.flat().map((p) => p.title),
            `"${query}" sorted by ${sort}`,
          ).toEqual(expected);
          expect(pages.slice(0, -1).every((page) => page.length === 2)).toBe(true);
        }
      }
      expect((await allPages(store, "owner-a", 50, { query: "cafe spring", sort: "title" })).flat().map((p) => p.title)).toEqual([
        "Café Lumière: spring launch",
        "Garage café SPRING sale",
        "Spring café tasting week",
      ]);
      expect((await allPages(store, "owner-a", 50, { sort: "updated" })).flat()[0]?.title).toBe("Garage café SPRING sale");
    });

    it("refuses a cursor from another order or search, and still reads cursors from before sorting", async () => {
      const store = ctx.store();
      const records = Array.from({ length: 3 }, (_, i) =>
        buildPlanRecord({ ownerId: "owner-a", title: `Spring plan ${i}`, createdAt: minutesAfter(i) }),
      );
      for (const record of records) await store.createPlan({ record });
      const first = await store.listPlansByOwner({ ownerId: "owner-a", limit: 1, sort: "oldest", query: "spring" });
      const cursor = first.nextCursor ?? "";
      expect(cursor).not.toBe("");
      await expect(
        store.listPlansByOwner({ ownerId: "owner-a", limit: 1, cursor, sort: "newest", query: "spring" }),
      ).rejects.toMatchObject({ status: 400, message: expect.stringContaining("order") });
      await expect(
        store.listPlansByOwner({ ownerId: "owner-a", limit: 1, cursor, sort: "oldest", query: "plan" }),
      ).rejects.toMatchObject({ status: 400, message: expect.stringContaining("search") });
      const next = await store.listPlansByOwner({ ownerId: "owner-a", limit: 1, cursor, sort: "oldest", query: "SPRING" });
      expect(next.items.map((p) => p.title)).toEqual(["Spring plan 1"]);

      const newest = records[2];
      const legacy = Buffer.from(JSON.stringify({ k: "plans", createdAt: newest?.createdAt, id: newest?.id })).toString(
        "base64url",
      );
      const after = await store.listPlansByOwner({ ownerId: "owner-a", limit: 5, cursor: legacy });
      expect(after.items.map((p) => p.title)).toEqual(["Spring plan 1", "Spring plan 0"]);
      await expect(store.listPlansByOwner({ ownerId: "owner-a", limit: 5, cursor: legacy, sort: "title" })).rejects.toMatchObject(
        {
          status: 400,
        },
      );
    });
  });
}
