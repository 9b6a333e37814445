import { describe, expect, it } from "vitest";
import type { AlertRecord, MaintenanceWindow } from "../types";
import { type ContractContext, minutesAfter, NOW } from "./context";

function firing(dedupKey = "ai-success-rate"): AlertRecord {
  return {
    dedupKey,
    ruleId: dedupKey,
    severity: "critical",
    status: "firing",
    summary: "AI success rate 72% is below 90% over 15 min",
    value: 72,
    firedAt: NOW.toISOString(),
    resolvedAt: null,
    notifiedAt: NOW.toISOString(),
    notifications: 1,
    acknowledgedAt: null,
    incidentId: null,
    version: 1,
  };
}

function maintenance(id: string, startMinutes: number, endMinutes: number): MaintenanceWindow {
  return {
    id,
    title: `Upgrade ${id}`,
    startsAt: minutesAfter(startMinutes).toISOString(),
    endsAt: minutesAfter(endMinutes).toISOString(),
    components: ["database"],
    createdAt: NOW.toISOString(),
    cancelledAt: null,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function describeAlertContract(ctx: ContractContext): void {
  describe("leases", () => {
    it("gives a lease to one holder at a time, renews it for that holder, frees it when it expires", async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      expect(await store.acquireLease({ name: "alert-evaluator", holder: "a", ttlMs: 1500 })).toBe(true);
      expect(await peer.acquireLease({ name: "alert-evaluator", holder: "b", ttlMs: 1500 })).toBe(false);
      expect(await store.acquireLease({ name: "alert-evaluator", holder: "a", ttlMs: 1500 })).toBe(true);
      // Another name is another lease.
      expect(await peer.acquireLease({ name: "prober", holder: "b", ttlMs: 1500 })).toBe(true);
      await sleep(1700);
      expect(await peer.acquireLease({ name: "alert-evaluator", holder: "b", ttlMs: 60_000 })).toBe(true);
      expect(await store.acquireLease({ name: "alert-evaluator", holder: "a", ttlMs: 60_000 })).toBe(false);
    });

    it("lets exactly one of many instances racing for a free lease win", { timeout: 60_000 }, async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          (i % 2 ? peer : store).acquireLease({ name: "race", holder: `h${i}`, ttlMs: 60_000 }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });

  describe("alert state", () => {
    it("creates once, then changes only from the version it read", async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      expect(await store.getAlert({ dedupKey: "ai-success-rate" })).toBeNull();
      expect(await store.saveAlert({ alert: firing(), expectedVersion: null })).toBe(true);
      // A second evaluator that also saw nothing loses.
      expect(await peer.saveAlert({ alert: firing(), expectedVersion: null })).toBe(false);
      const stored = await peer.getAlert({ dedupKey: "ai-success-rate" });
      expect(stored).toEqual(firing());
      const resolved = { ...firing(), status: "resolved" as const, resolvedAt: minutesAfter(5).toISOString() };
      expect(await store.saveAlert({ alert: resolved, expectedVersion: 1 })).toBe(true);
      expect(await peer.saveAlert({ alert: resolved, expectedVersion: 1 })).toBe(false);
      expect(await peer.getAlert({ dedupKey: "ai-success-rate" })).toEqual({ ...resolved, version: 2 });
    });

    it("lets exactly one of many concurrent writers of the same version win", { timeout: 60_000 }, async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      await store.saveAlert({ alert: firing(), expectedVersion: null });
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? peer : store).saveAlert({ alert: { ...firing(), notifications: 2 + i }, expectedVersion: 1 }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.getAlert({ dedupKey: "ai-success-rate" }))?.version).toBe(2);
    });

    it("lists alerts by dedup key, optionally by status, and refuses invalid ones", async () => {
      const store = ctx.store();
      await store.saveAlert({ alert: firing("latency-burn-page"), expectedVersion: null });
      await store.saveAlert({
        alert: { ...firing("error-rate-high"), status: "resolved", resolvedAt: NOW.toISOString() },
        expectedVersion: null,
      });
      expect((await store.listAlerts()).map((a) => a.dedupKey)).toEqual(["error-rate-high", "latency-burn-page"]);
      expect((await store.listAlerts({ status: "firing" })).map((a) => a.dedupKey)).toEqual(["latency-burn-page"]);
      await expect(store.saveAlert({ alert: { ...firing("Bad Key") }, expectedVersion: null })).rejects.toMatchObject({
        status: 400,
      });
      expect(await store.listAlerts()).toHaveLength(2);
    });
  });

  describe("maintenance windows", () => {
    it("lists the windows overlapping a range by start, cancels once, refuses a taken id or an inverted window", async () => {
      const store = ctx.store();
      await store.createMaintenanceWindow({ window: maintenance("later", 120, 180) });
      await store.createMaintenanceWindow({ window: maintenance("soon", 10, 70) });
      await store.createMaintenanceWindow({ window: maintenance("past", -120, -60) });
      expect((await store.listMaintenanceWindows({ from: NOW, to: minutesAfter(150) })).map((w) => w.id)).toEqual([
        "soon",
        "later",
      ]);
      expect((await store.listMaintenanceWindows({ from: minutesAfter(70), to: minutesAfter(120) })).map((w) => w.id)).toEqual(
        [],
      );
      const cancelled = await store.cancelMaintenanceWindow({ id: "soon", at: minutesAfter(1) });
      expect(cancelled?.cancelledAt).toBe(minutesAfter(1).toISOString());
      expect((await store.cancelMaintenanceWindow({ id: "soon", at: minutesAfter(2) }))?.cancelledAt).toBe(
        minutesAfter(1).toISOString(),
      );
      expect(await store.cancelMaintenanceWindow({ id: "ghost", at: NOW })).toBeNull();
      await expect(store.createMaintenanceWindow({ window: maintenance("later", 0, 10) })).rejects.toMatchObject({ status: 400 });
      await expect(store.createMaintenanceWindow({ window: maintenance("inverted", 10, 0) })).rejects.toMatchObject({
        status: 400,
      });
      const listed = await store.listMaintenanceWindows({ from: NOW, to: minutesAfter(150) });
      expect(listed.map((w) => [w.id, w.cancelledAt !== null])).toEqual([
        ["soon", true],
        ["later", false],
      ]);
      expect(listed[1]).toEqual(maintenance("later", 120, 180));
    });
  });
}
