import { describe, expect, it } from "vitest";
import type { QuotaDecision } from "../types";
import { type ContractContext, NOW } from "./context";

const limits = [
  { window: "minute" as const, limit: 60 },
  { window: "day" as const, limit: 100 },
];

export function describeQuotaContract(ctx: ContractContext): void {
  describe("quota", () => {
    it("grants exactly the limit to 100 concurrent callers on two instances", { timeout: 120_000 }, async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      const now = new Date("2026-11-26T10:00:30Z");
      const decisions = await Promise.all(
        Array.from({ length: 100 }, (_, i) => (i % 2 ? peer : store).consumeQuota({ key: "gemini", limits, now })),
      );
      const allowed = decisions.filter((d): d is Extract<QuotaDecision, { allowed: true }> => d.allowed);
      expect(allowed).toHaveLength(60);
      expect(allowed.map((d) => d.used.minute).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      const refused = decisions.filter((d) => !d.allowed);
      expect(refused).toHaveLength(40);
      expect(refused[0]).toEqual({ allowed: false, exhausted: "minute", retryAfterMs: 30_000 });
    });

    it("reads what is used without taking any", async () => {
      const store = ctx.store();
      const now = new Date("2026-11-26T11:05:10Z");
      expect(await store.readQuota({ key: "gemini", windows: ["minute", "day"], now })).toEqual({ minute: 0, day: 0 });
      for (let i = 0; i < 3; i++) await store.consumeQuota({ key: "gemini", limits, now });
      expect(await store.readQuota({ key: "gemini", windows: ["minute", "day"], now })).toEqual({ minute: 3, day: 3 });
      expect(await store.readQuota({ key: "gemini", windows: ["minute", "day"], now })).toEqual({ minute: 3, day: 3 });
      const nextMinute = new Date("2026-11-26T11:06:00Z");
      expect(await store.readQuota({ key: "gemini", windows: ["minute", "day"], now: nextMinute })).toEqual({
        minute: 0,
        day: 3,
      });
      expect(await store.readQuota({ key: "other", windows: ["day"], now })).toEqual({ day: 0 });
    });

    it("opens a new minute window but keeps counting the day", async () => {
      const store = ctx.store();
      const tight = [
        { window: "minute" as const, limit: 3 },
        { window: "day" as const, limit: 5 },
      ];
      for (let minute = 0; minute < 2; minute++) {
        const now = new Date(Date.UTC(2026, 10, 26, 10, minute, 0));
        for (let i = 0; i < 3; i++) await store.consumeQuota({ key: "gemini", limits: tight, now });
      }
      const decision = await store.consumeQuota({
        key: "gemini",
        limits: tight,
        now: new Date(Date.UTC(2026, 10, 26, 10, 2, 0)),
      });
      expect(decision).toEqual({ allowed: false, exhausted: "day", retryAfterMs: 14 * 3600_000 - 2 * 60_000 });
    });

    it("takes nothing from the minute when the day is spent, and starts afresh the next UTC day", async () => {
      const store = ctx.store();
      const now = new Date(Date.UTC(2026, 10, 26, 23, 59, 0));
      const tight = [
        { window: "minute" as const, limit: 5 },
        { window: "day" as const, limit: 1 },
      ];
      expect(await store.consumeQuota({ key: "k", limits: tight, now })).toEqual({ allowed: true, used: { minute: 1, day: 1 } });
      expect((await store.consumeQuota({ key: "k", limits: tight, now })).allowed).toBe(false);
      const nextDay = await store.consumeQuota({ key: "k", limits: tight, now: new Date(Date.UTC(2026, 10, 27, 0, 0, 1)) });
      expect(nextDay).toEqual({ allowed: true, used: { minute: 1, day: 1 } });
    });

    it("gives a unit back to the windows it was taken from, never below zero", async () => {
      const store = ctx.store();
      const takenAt = new Date("2026-11-26T12:00:10Z");
      const tight = [
        { window: "minute" as const, limit: 2 },
        { window: "day" as const, limit: 10 },
      ];
      const key = "gen:user/u_1";
      for (let i = 0; i < 2; i++) await store.consumeQuota({ key, limits: tight, now: takenAt });
      expect((await store.consumeQuota({ key, limits: tight, now: takenAt })).allowed).toBe(false);
      const now = new Date("2026-11-26T12:00:40Z");
      expect(await store.releaseQuota({ key, windows: ["minute", "day"], takenAt, now })).toBe(2);
      expect(await store.readQuota({ key, windows: ["minute", "day"], now })).toEqual({ minute: 1, day: 1 });
      expect((await store.consumeQuota({ key, limits: tight, now })).allowed).toBe(true);
      // Taken in a minute that has ended: only the day gets it back.
      const later = new Date("2026-11-26T12:01:05Z");
      expect(await store.releaseQuota({ key, windows: ["minute", "day"], takenAt, now: later })).toBe(1);
      expect(await store.readQuota({ key, windows: ["day"], now: later })).toEqual({ day: 1 });
      expect(await store.releaseQuota({ key, windows: ["day"], takenAt, now: later })).toBe(1);
      expect(await store.releaseQuota({ key, windows: ["day"], takenAt, now: later })).toBe(0);
      expect(await store.readQuota({ key, windows: ["day"], now: later })).toEqual({ day: 0 });
      expect(await store.releaseQuota({ key: "never-taken", windows: ["minute"], takenAt, now })).toBe(0);
    });

    it("counts keys apart, whatever characters they hold", async () => {
      const store = ctx.store();
      const one = [{ window: "minute" as const, limit: 1 }];
      const keys = ["user/abc", "user:abc", "user abc 🚀", "ユーザー"];
      for (const key of keys) expect((await store.consumeQuota({ key, limits: one, now: NOW })).allowed).toBe(true);
      for (const key of keys) expect((await store.consumeQuota({ key, limits: one, now: NOW })).allowed).toBe(false);
    });
  });
}
