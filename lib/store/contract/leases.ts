import { describe, expect, it } from "vitest";
import { type ContractContext, NOW } from "./context";

const later = (ms: number) => new Date(NOW.getTime() + ms);

export function describeLeaseContract(ctx: ContractContext): void {
  describe("leases", () => {
    it("gives a free lease to the first holder, renews it for that holder and refuses others until it expires", async () => {
      const store = ctx.store();
      const lease = { name: "prober", ttlMs: 60_000 };
      expect(await store.acquireLease({ ...lease, holder: "a", now: NOW })).toBe(true);
      expect(await store.acquireLease({ ...lease, holder: "b", now: later(30_000) })).toBe(false);
      expect(await store.acquireLease({ ...lease, holder: "a", now: later(30_000) })).toBe(true);
      // Renewed at +30 s, so it holds until +90 s.
      expect(await store.acquireLease({ ...lease, holder: "b", now: later(89_999) })).toBe(false);
      expect(await store.acquireLease({ ...lease, holder: "b", now: later(90_000) })).toBe(true);
      expect(await store.acquireLease({ ...lease, holder: "a", now: later(90_001) })).toBe(false);
      expect(await store.acquireLease({ name: "other", holder: "a", ttlMs: 60_000, now: later(90_001) })).toBe(true);
    });

    it("frees a lease released by its holder; a release by anyone else changes nothing", async () => {
      const store = ctx.store();
      expect(await store.acquireLease({ name: "prober", holder: "a", ttlMs: 60_000, now: NOW })).toBe(true);
      await store.releaseLease({ name: "prober", holder: "b" });
      expect(await store.acquireLease({ name: "prober", holder: "b", ttlMs: 60_000, now: NOW })).toBe(false);
      await store.releaseLease({ name: "prober", holder: "a" });
      expect(await store.acquireLease({ name: "prober", holder: "b", ttlMs: 60_000, now: NOW })).toBe(true);
    });

    it("lets exactly one of several instances racing for a free lease take it", { timeout: 60_000 }, async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      const holders = ["a", "b", "c", "d", "e", "f"];
      const won = await Promise.all(
        holders.map((holder, i) => (i % 2 ? peer : store).acquireLease({ name: "prober", holder, ttlMs: 60_000, now: NOW })),
      );
      expect(won.filter(Boolean)).toHaveLength(1);
    });

    it("refuses a bad name or ttl", async () => {
      const store = ctx.store();
      await expect(store.acquireLease({ name: "a/b", holder: "a", ttlMs: 60_000, now: NOW })).rejects.toMatchObject({
        status: 400,
      });
      await expect(store.acquireLease({ name: "prober", holder: "a", ttlMs: 0, now: NOW })).rejects.toMatchObject({
        status: 400,
      });
    });
  });
}
