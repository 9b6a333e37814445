import { describe, expect, it } from "vitest";
import type { UptimeDay } from "../types";
import type { ContractContext } from "./context";

const day = (date: string, component: UptimeDay["component"], checks: number, passed: number): UptimeDay => ({
  day: date,
  component,
  checks,
  passed,
});

export function describeUptimeDayContract(ctx: ContractContext): void {
  describe("daily uptime", () => {
    it("lists the recorded days of a range, both ends included, by day then component, on another instance", async () => {
      const store = ctx.store();
      await store.saveUptimeDays({
        days: [
          day("2026-08-28", "application", 2880, 2880),
          day("2026-11-25", "database", 2880, 2870),
          day("2026-11-25", "application", 2880, 2800),
          day("2026-11-26", "ai_service", 100, 0),
        ],
      });
      const peer = await ctx.peer();
      expect(await peer.listUptimeDays({ fromDay: "2026-08-28", toDay: "2026-11-25" })).toEqual([
        day("2026-08-28", "application", 2880, 2880),
        day("2026-11-25", "application", 2880, 2800),
        day("2026-11-25", "database", 2880, 2870),
      ]);
      expect(await peer.listUptimeDays({ fromDay: "2026-11-26", toDay: "2026-11-25" })).toEqual([]);
    });

    it("keeps a day's first record when the same day is written again", async () => {
      const store = ctx.store();
      await store.saveUptimeDays({ days: [day("2026-11-20", "application", 2880, 2879)] });
      // A recount after part of the day's rollups were purged must not lower it.
      await store.saveUptimeDays({ days: [day("2026-11-20", "application", 40, 40), day("2026-11-20", "database", 7, 7)] });
      const peer = await ctx.peer();
      await peer.saveUptimeDays({ days: [day("2026-11-20", "database", 1, 0)] });
      expect(await store.listUptimeDays({ fromDay: "2026-11-20", toDay: "2026-11-20" })).toEqual([
        day("2026-11-20", "application", 2880, 2879),
        day("2026-11-20", "database", 7, 7),
      ]);
    });

    it("refuses an invalid record, naming the field, and saves none of the batch", async () => {
      const store = ctx.store();
      const good = day("2026-11-21", "application", 10, 10);
      await expect(store.saveUptimeDays({ days: [good, day("2026-11-21", "database", 3, 4)] })).rejects.toMatchObject({
        code: "validation_failed",
        message: expect.stringContaining("passed"),
      });
      await expect(store.saveUptimeDays({ days: [good, day("21/11/2026", "database", 3, 3)] })).rejects.toMatchObject({
        code: "validation_failed",
        message: expect.stringContaining("day"),
      });
      await expect(store.listUptimeDays({ fromDay: "yesterday", toDay: "2026-11-21" })).rejects.toMatchObject({
        code: "validation_failed",
      });
      expect(await store.listUptimeDays({ fromDay: "2026-11-01", toDay: "2026-11-30" })).toEqual([]);
    });
  });
}
