import { describe, expect, it } from "vitest";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import type { ShareLink } from "../records";
import { type ContractContext, minutesAfter, NOW } from "./context";

const hash = (n: number) => n.toString(16).padStart(64, "b");

export function describeShareLinkContract(ctx: ContractContext): void {
  describe("share links", () => {
    it("creates, reads and revokes links, one plan at a time", async () => {
      const store = ctx.store();
      const [plan, other] = [buildPlanRecord(), buildPlanRecord()];
      await store.createPlan({ record: plan });
      await store.createPlan({ record: other });
      const link = (n: number, planId: string): ShareLink => ({
        tokenHash: hash(n),
        planId,
        ownerId: "owner-a",
        createdAt: minutesAfter(n).toISOString(),
        revokedAt: null,
      });
      for (const l of [link(1, plan.id), link(2, plan.id), link(3, other.id)]) await store.createShareLink({ link: l });

      expect(await store.getShareLink({ tokenHash: hash(1) })).toEqual(link(1, plan.id));
      expect(await store.getShareLink({ tokenHash: hash(7) })).toBeNull();
      expect(await store.getShareLink({ tokenHash: "../../plans" })).toBeNull();
      await expect(store.createShareLink({ link: link(1, other.id) })).rejects.toThrow(/already exists/);

      const at = minutesAfter(30);
      expect(await store.revokeShareLinks({ planId: plan.id, at })).toBe(2);
      expect(await store.getShareLink({ tokenHash: hash(2) })).toEqual({ ...link(2, plan.id), revokedAt: at.toISOString() });
      expect(await store.revokeShareLinks({ planId: plan.id, at: minutesAfter(40) })).toBe(0);
      expect((await store.getShareLink({ tokenHash: hash(1) }))?.revokedAt).toBe(at.toISOString());
      expect(await store.getShareLink({ tokenHash: hash(3) })).toEqual(link(3, other.id));
    });

    it("revokes a plan's live links in the same step that deletes it, and no other plan's", async () => {
      const store = ctx.store();
      const [plan, other] = [buildPlanRecord(), buildPlanRecord()];
      await store.createPlan({ record: plan });
      await store.createPlan({ record: other });
      const link = (n: number, planId: string, revokedAt: string | null = null): ShareLink => ({
        tokenHash: hash(100 + n),
        planId,
        ownerId: "owner-a",
        createdAt: minutesAfter(n).toISOString(),
        revokedAt,
      });
      const earlier = minutesAfter(5).toISOString();
      for (const l of [link(1, plan.id), link(2, plan.id, earlier), link(3, other.id)]) await store.createShareLink({ link: l });

      const at = minutesAfter(20);
      expect(await store.softDeletePlan({ id: plan.id, at })).toBe(true);
      expect((await store.getShareLink({ tokenHash: hash(101) }))?.revokedAt).toBe(at.toISOString());
      expect((await store.getShareLink({ tokenHash: hash(102) }))?.revokedAt).toBe(earlier);
      expect((await store.getShareLink({ tokenHash: hash(103) }))?.revokedAt).toBeNull();
      // Deleting again changes nothing.
      expect(await store.softDeletePlan({ id: plan.id, at: minutesAfter(30) })).toBe(false);
      expect((await store.getShareLink({ tokenHash: hash(101) }))?.revokedAt).toBe(at.toISOString());
    });

    it("refuses a link whose hash is not a SHA-256 hex digest", async () => {
      const store = ctx.store();
      const bad = {
        tokenHash: "not-a-hash",
        planId: buildPlanRecord().id,
        ownerId: "o",
        createdAt: NOW.toISOString(),
        revokedAt: null,
      };
      await expect(store.createShareLink({ link: bad })).rejects.toMatchObject({ status: 400 });
    });
  });
}
