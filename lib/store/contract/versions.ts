import { describe, expect, it } from "vitest";
import { buildPlanRecord, newPlanId } from "@/tests/support/store-fixtures";
import type { PlanRecord } from "../records";
import { type ContractContext, minutesAfter, NOW } from "./context";

const marker = (i: number) => ` #${String(i).padStart(2, "0")}`;
const markersIn = (title: string) => title.match(/ #\d\d/g) ?? [];

export function describeVersionContract(ctx: ContractContext): void {
  describe("updates and versions", () => {
    it("records each change as the next version, newest first, and keeps earlier versions as they were", async () => {
      const store = ctx.store();
      const record = buildPlanRecord({ createdAt: NOW });
      await store.createPlan({ record });
      const renamed = await store.updatePlan({
        id: record.id,
        change: { kind: "renamed", from: record.title, to: "Spring push" },
        update: (p) => ({ ...p, title: "Spring push" }),
        now: minutesAfter(1),
      });
      expect(renamed).toEqual({ ...record, title: "Spring push", version: 2, updatedAt: minutesAfter(1).toISOString() });
      const regeneration = { ...record.generation, model: "local/builtin-planner", provider: "builtin" as const, latencyMs: 7 };
      const change = {
        kind: "section_regenerated",
        section: "risks",
        instruction: "more risks ⚠️",
        generation: regeneration,
      } as const;
      const regenerated = await store.updatePlan({
        id: record.id,
        change,
        update: (p) => ({ ...p, plan: { ...p.plan, risks: [...p.plan.risks].reverse() } }),
        now: minutesAfter(2),
      });
      expect(regenerated?.version).toBe(3);
      expect(await store.getPlanById({ id: record.id })).toEqual(regenerated);

      const list = await store.listPlanVersions({ planId: record.id, limit: 10 });
      expect(list.items.map((v) => [v.version, v.change.kind, v.title])).toEqual([
        [3, "section_regenerated", "Spring push"],
        [2, "renamed", "Spring push"],
        [1, "generated", record.title],
      ]);
      const third = await store.getPlanVersion({ planId: record.id, version: 3 });
      expect(third).toMatchObject({ change, createdAt: minutesAfter(2).toISOString(), generation: regeneration });
      expect(third?.plan.risks).toEqual([...record.plan.risks].reverse());
      expect((await store.getPlanVersion({ planId: record.id, version: 2 }))?.generation).toBeNull();
      expect((await store.getPlanVersion({ planId: record.id, version: 1 }))?.plan).toEqual(record.plan);
    });

    it("keeps the plan's identity whatever the update returns", async () => {
      const store = ctx.store();
      const record = buildPlanRecord({ ownerId: "owner-a", createdAt: NOW });
      await store.createPlan({ record });
      const updated = await store.updatePlan({
        id: record.id,
        change: { kind: "section_edited", section: "executiveSummary" },
        update: (p): PlanRecord => ({
          ...p,
          id: newPlanId(),
          ownerId: "intruder",
          createdAt: minutesAfter(9).toISOString(),
          version: 99,
        }),
        now: minutesAfter(1),
      });
      expect(updated).toMatchObject({ id: record.id, ownerId: "owner-a", createdAt: record.createdAt, version: 2 });
      expect(await store.getPlanById({ id: record.id })).toEqual(updated);
    });

    it("answers null for an unknown plan and refuses an update that breaks the schema, changing nothing", async () => {
      const store = ctx.store();
      expect(
        await store.updatePlan({ id: newPlanId(), change: { kind: "restored", fromVersion: 1 }, update: (p) => p }),
      ).toBeNull();
      const record = buildPlanRecord();
      await store.createPlan({ record });
      const breaking = store.updatePlan({
        id: record.id,
        change: { kind: "section_edited", section: "risks" },
        update: (p) => ({ ...p, plan: { ...p.plan, risks: [] } }),
      });
      await expect(breaking).rejects.toMatchObject({ status: 400 });
      expect(await store.getPlanById({ id: record.id })).toEqual(record);
      expect((await store.listPlanVersions({ planId: record.id, limit: 10 })).items).toHaveLength(1);
    });

    it("gives 20 concurrent writers distinct, consecutive versions and loses none of their changes", {
      timeout: 120_000,
    }, async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      const record = buildPlanRecord({ title: "Plan" });
      await store.createPlan({ record });
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? peer : store).updatePlan({
            id: record.id,
            change: { kind: "section_edited", section: "assumptions" },
            update: (p) => ({ ...p, title: `${p.title}${marker(i)}` }),
          }),
        ),
      );
      expect(results.map((r) => r?.version).sort((a = 0, b = 0) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
      const final = await store.getPlanById({ id: record.id });
      expect(final?.version).toBe(21);
      expect(markersIn(final?.title ?? "").sort()).toEqual(Array.from({ length: 20 }, (_, i) => marker(i)).sort());

      const versions = await store.listPlanVersions({ planId: record.id, limit: 50 });
      expect(versions.items.map((v) => v.version)).toEqual(Array.from({ length: 21 }, (_, i) => 21 - i));
      // Each version builds on the one before it: nothing was written over a stale read.
      for (const [index, version] of versions.items.entries()) {
        const previous = versions.items[index + 1];
        expect(markersIn(version.title)).toHaveLength(version.version - 1);
        if (previous) expect(version.title.startsWith(previous.title)).toBe(true);
      }
    });

    it("pages through versions with a cursor", async () => {
      const store = ctx.store();
      const record = buildPlanRecord();
      await store.createPlan({ record });
      for (let i = 0; i < 11; i++) {
        await store.updatePlan({
          id: record.id,
          change: { kind: "renamed", from: "", to: `v${i}` },
          update: (p) => ({ ...p, title: `v${i}` }),
        });
      }
      const seen: number[] = [];
      const sizes: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listPlanVersions({ planId: record.id, limit: 5, cursor });
        seen.push(...page.items.map((v) => v.version));
        sizes.push(page.items.length);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined && sizes.length < 10);
      expect(sizes).toEqual([5, 5, 2]);
      expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => 12 - i));
    });
  });
}
