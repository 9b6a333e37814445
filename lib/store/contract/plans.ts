import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildLargePlanRecord, buildPlanRecord, newPlanId, UNICODE, UNICODE_TEXT } from "@/tests/support/store-fixtures";
import { type ContractContext, daysAgo, minutesAfter, NOW } from "./context";

const hash = (n: number) => n.toString(16).padStart(64, "0");

export function describePlanContract(ctx: ContractContext): void {
  describe("plans", () => {
    it("reads a created plan back exactly and records it as version 1", async () => {
      const store = ctx.store();
      const record = buildPlanRecord({ createdAt: NOW });
      await store.createPlan({ record });
      expect(await store.getPlanById({ id: record.id })).toEqual(record);
      const versions = await store.listPlanVersions({ planId: record.id, limit: 10 });
      expect(versions).toEqual({
        items: [
          { planId: record.id, version: 1, title: record.title, change: { kind: "generated" }, createdAt: record.updatedAt },
        ],
        nextCursor: null,
      });
      const first = await store.getPlanVersion({ planId: record.id, version: 1 });
      expect(first?.plan).toEqual(record.plan);
      expect(first?.generation).toEqual(record.generation);
      expect(first?.completeness).toEqual(record.completeness);
    });

    it("answers null for unknown plans and versions; saves a retried plan once and refuses a different one with its id", async () => {
      const store = ctx.store();
      const record = buildPlanRecord();
      expect(await store.getPlanById({ id: record.id })).toBeNull();
      expect(await store.getPlanVersion({ planId: record.id, version: 1 })).toBeNull();
      await store.createPlan({ record });
      expect(await store.getPlanVersion({ planId: record.id, version: 2 })).toBeNull();
      // A retry after a timeout may find its first attempt saved: that is the same plan, not a conflict.
      await store.createPlan({ record: structuredClone(record) });
      await expect(store.createPlan({ record: { ...record, title: "Another" } })).rejects.toMatchObject({
        code: "conflict",
        message: expect.stringMatching(/already exists/),
      });
      expect(await store.getPlanById({ id: record.id })).toEqual(record);
      expect((await store.listPlanVersions({ planId: record.id, limit: 10 })).items).toHaveLength(1);
      expect(await store.countPlans()).toBe(1);
    });

    it("treats ids that cannot name a plan as unknown plans", async () => {
      const store = ctx.store();
      for (const id of ["", "../../users/x", "a/b", "x".repeat(300)]) {
        expect(await store.getPlanById({ id, includeDeleted: true })).toBeNull();
        expect(await store.updatePlan({ id, change: { kind: "restored", fromVersion: 1 }, update: (p) => p })).toBeNull();
        expect(await store.softDeletePlan({ id, at: NOW })).toBe(false);
        expect(await store.restoreDeletedPlan({ id })).toBe(false);
        expect(await store.listPlanVersions({ planId: id, limit: 5 })).toEqual({ items: [], nextCursor: null });
        expect(await store.getPlanVersion({ planId: id, version: 1 })).toBeNull();
      }
    });

    it("refuses an invalid plan and saves nothing", async () => {
      const store = ctx.store();
      const record = buildPlanRecord();
      const broken = { ...record, plan: { ...record.plan, risks: [] } };
      await expect(store.createPlan({ record: broken })).rejects.toBeInstanceOf(AppError);
      expect(await store.getPlanById({ id: record.id, includeDeleted: true })).toBeNull();
      expect(await store.countPlans()).toBe(0);
    });

    it("soft delete hides a plan from reads, lists and edits; restore brings it back", async () => {
      const store = ctx.store();
      const record = buildPlanRecord({ ownerId: "owner-soft", createdAt: NOW });
      await store.createPlan({ record });
      const at = minutesAfter(5);
      expect(await store.softDeletePlan({ id: record.id, at })).toBe(true);
      expect(await store.softDeletePlan({ id: record.id, at })).toBe(false);
      expect(await store.getPlanById({ id: record.id })).toBeNull();
      expect(await store.getPlanById({ id: record.id, includeDeleted: true })).toEqual({
        ...record,
        deletedAt: at.toISOString(),
      });
      expect((await store.listPlansByOwner({ ownerId: "owner-soft", limit: 10 })).items).toEqual([]);
      expect(
        await store.updatePlan({ id: record.id, change: { kind: "renamed", from: "a", to: "b" }, update: (p) => p }),
      ).toBeNull();

      expect(await store.restoreDeletedPlan({ id: record.id })).toBe(true);
      expect(await store.restoreDeletedPlan({ id: record.id })).toBe(false);
      expect(await store.getPlanById({ id: record.id })).toEqual(record);
      expect((await store.listPlansByOwner({ ownerId: "owner-soft", limit: 10 })).items.map((p) => p.id)).toEqual([record.id]);
      const unknown = newPlanId();
      expect(await store.softDeletePlan({ id: unknown, at })).toBe(false);
      expect(await store.restoreDeletedPlan({ id: unknown })).toBe(false);
    });

    it("purges plans deleted before the cutoff with their versions and share links, and nothing else", async () => {
      const store = ctx.store();
      const [old, recent, live] = [buildPlanRecord(), buildPlanRecord(), buildPlanRecord()];
      for (const record of [old, recent, live]) await store.createPlan({ record });
      await store.updatePlan({
        id: old.id,
        change: { kind: "renamed", from: old.title, to: "Old" },
        update: (p) => ({ ...p, title: "Old" }),
      });
      const link = (n: number, planId: string) => ({
        tokenHash: hash(n),
        planId,
        ownerId: "owner-a",
        createdAt: NOW.toISOString(),
        revokedAt: null,
      });
      await store.createShareLink({ link: link(1, old.id) });
      await store.createShareLink({ link: link(2, live.id) });
      await store.softDeletePlan({ id: old.id, at: daysAgo(40) });
      await store.softDeletePlan({ id: recent.id, at: daysAgo(2) });

      expect(await store.purgeDeletedPlans({ before: daysAgo(30) })).toBe(1);
      expect(await store.getPlanById({ id: old.id, includeDeleted: true })).toBeNull();
      expect(await store.listPlanVersions({ planId: old.id, limit: 10 })).toEqual({ items: [], nextCursor: null });
      expect(await store.getPlanVersion({ planId: old.id, version: 1 })).toBeNull();
      expect(await store.getShareLink({ tokenHash: hash(1) })).toBeNull();
      expect((await store.getPlanById({ id: recent.id, includeDeleted: true }))?.deletedAt).toBe(daysAgo(2).toISOString());
      expect(await store.getPlanById({ id: live.id })).toEqual(live);
      expect(await store.getShareLink({ tokenHash: hash(2) })).not.toBeNull();
      expect(await store.countPlans()).toBe(2);
      expect(await store.purgeDeletedPlans({ before: daysAgo(30) })).toBe(0);
    });

    it("counts plans created since a moment, deleted ones included", async () => {
      const store = ctx.store();
      const days = [10, 5, 1, 0];
      const records = days.map((d) => buildPlanRecord({ createdAt: daysAgo(d) }));
      for (const record of records) await store.createPlan({ record });
      await store.softDeletePlan({ id: records[3]?.id ?? "", at: NOW });
      expect(await store.countPlans()).toBe(4);
      expect(await store.countPlans({ since: daysAgo(5) })).toBe(3);
      expect(await store.countPlans({ since: minutesAfter(1) })).toBe(0);
    });

    it("keeps emoji, right-to-left text, CJK and combining marks exactly as written", async () => {
      const store = ctx.store();
      const ownerId = `owner ${UNICODE.cjk} ${UNICODE.emoji}`;
      const record = buildPlanRecord({ ownerId, title: UNICODE_TEXT, unicode: true, createdAt: NOW });
      await store.createPlan({ record });
      const read = await store.getPlanById({ id: record.id });
      expect(read).toEqual(record);
      // Not normalized: the decomposed combining marks are still there.
      expect(read?.title).toBe(UNICODE_TEXT);
      expect(read?.title.normalize("NFC")).not.toBe(read?.title);
      expect(read?.plan.executiveSummary.startsWith(UNICODE_TEXT)).toBe(true);
      const page = await store.listPlansByOwner({ ownerId, limit: 5 });
      expect(page.items.map((p) => p.title)).toEqual([UNICODE_TEXT]);
      const title = `${UNICODE.rtl} ${UNICODE.emoji}`;
      await store.updatePlan({
        id: record.id,
        change: { kind: "renamed", from: record.title, to: title },
        update: (p) => ({ ...p, title }),
      });
      expect((await store.getPlanVersion({ planId: record.id, version: 2 }))?.title).toBe(title);
    });

    it("round-trips a plan of more than 100 KB exactly, in the plan and in its versions", async () => {
      const store = ctx.store();
      const record = buildLargePlanRecord({ minBytes: 100_000 });
      const bytes = Buffer.byteLength(JSON.stringify(record));
      expect(bytes).toBeGreaterThanOrEqual(100_000);
      expect(bytes).toBeLessThan(400_000);
      await store.createPlan({ record });
      expect(await store.getPlanById({ id: record.id })).toEqual(record);
      const renamed = await store.updatePlan({
        id: record.id,
        change: { kind: "section_edited", section: "executiveSummary" },
        update: (p) => ({ ...p, plan: { ...p.plan, executiveSummary: `${p.plan.executiveSummary.slice(0, 1990)} ✅` } }),
        now: minutesAfter(1),
      });
      expect(renamed?.version).toBe(2);
      expect((await store.getPlanVersion({ planId: record.id, version: 1 }))?.plan).toEqual(record.plan);
      expect((await store.getPlanVersion({ planId: record.id, version: 2 }))?.plan).toEqual(renamed?.plan);
    });
  });
}
