import { describe, expect, it } from "vitest";
import type { MinuteRollup, RollupCounters } from "../types";
import { type ContractContext, minutesAfter } from "./context";

const MINUTE = new Date("2026-11-26T10:00:00.000Z");
const at = (minutes: number) => minutesAfter(minutes, MINUTE);
const iso = (minutes: number) => at(minutes).toISOString();

function summed(rollups: MinuteRollup[]): RollupCounters {
  const sum: RollupCounters = {};
  for (const { counters } of rollups) for (const [key, value] of Object.entries(counters)) sum[key] = (sum[key] ?? 0) + value;
  return sum;
}

export function describeRollupContract(ctx: ContractContext): void {
  describe("metric rollups", () => {
    it("keeps one record per instance per minute, adding repeated flushes exactly and keeping dotted keys whole", async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      const other = "web/7f 🚀";
      await store.addRollup({
        instanceId: "web-a",
        minute: MINUTE,
        counters: { http_requests: 3, "http_status.2xx": 2, "http_status.5xx": 1, "http_latency_ms.sum": 412.5 },
      });
      await peer.addRollup({ instanceId: other, minute: MINUTE, counters: { http_requests: 5, "http_status.2xx": 5 } });
      await store.addRollup({
        instanceId: "web-a",
        minute: MINUTE,
        counters: { http_requests: 4, "http_status.2xx": 4, "http_latency_ms.sum": 0.25, "ai_generations.gemini.ok": 1 },
      });

      expect(await peer.listRollups({ from: MINUTE, to: at(1) })).toEqual([
        {
          instanceId: "web-a",
          minute: iso(0),
          counters: {
            http_requests: 7,
            "http_status.2xx": 6,
            "http_status.5xx": 1,
            "http_latency_ms.sum": 412.75,
            "ai_generations.gemini.ok": 1,
          },
        },
        { instanceId: other, minute: iso(0), counters: { http_requests: 5, "http_status.2xx": 5 } },
      ]);
    });

    it("adds 40 concurrent flushes from two clients to the same record without losing one", { timeout: 60_000 }, async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? peer : store).addRollup({
            instanceId: "web-a",
            minute: MINUTE,
            counters: { http_requests: 1, "ai_latency_s.le_30": 2 },
          }),
        ),
      );
      expect(await store.listRollups({ from: MINUTE, to: at(1) })).toEqual([
        { instanceId: "web-a", minute: iso(0), counters: { http_requests: 40, "ai_latency_s.le_30": 80 } },
      ]);
    });

    it("lists minutes from `from` included to `to` excluded, oldest first, then by instance", async () => {
      const store = ctx.store();
      for (const minutes of [2, -1, 1, 0]) {
        await store.addRollup({ instanceId: "web-b", minute: at(minutes), counters: { http_requests: 10 + minutes } });
      }
      await store.addRollup({ instanceId: "web-a", minute: at(1), counters: { http_requests: 1 } });

      const listed = await store.listRollups({ from: at(0), to: at(2) });
      expect(listed.map((r) => [r.minute, r.instanceId, r.counters.http_requests])).toEqual([
        [iso(0), "web-b", 10],
        [iso(1), "web-a", 1],
        [iso(1), "web-b", 11],
      ]);
      expect(await store.listRollups({ from: at(3), to: at(60) })).toEqual([]);
    });

    it("refuses a minute that is not a whole minute and counters the schema refuses, writing nothing", async () => {
      const store = ctx.store();
      const bad: { instanceId: string; minute: Date; counters: Record<string, number> }[] = [
        { instanceId: "web-a", minute: new Date(MINUTE.getTime() + 30_000), counters: { http_requests: 1 } },
        { instanceId: "web-a", minute: new Date(MINUTE.getTime() + 1), counters: { http_requests: 1 } },
        { instanceId: "web-a", minute: MINUTE, counters: { "HTTP requests": 1 } },
        { instanceId: "web-a", minute: MINUTE, counters: { http_requests: -1 } },
        { instanceId: "", minute: MINUTE, counters: { http_requests: 1 } },
      ];
      for (const args of bad) await expect(store.addRollup(args)).rejects.toMatchObject({ status: 400 });
      await store.addRollup({ instanceId: "web-a", minute: MINUTE, counters: {} });
      expect(await store.listRollups({ from: at(-1), to: at(2) })).toEqual([]);
    });

    it("sums every instance's counters over a window, across whole hours and the minutes at either edge", async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      for (const minutes of [-61, -2, -1, 0, 1, 59, 60, 61, 119, 120, 121, 123]) {
        await store.addRollup({
          instanceId: "web-a",
          minute: at(minutes),
          counters: { http_requests: 1, probe_checks: 2, "http_latency_ms.sum": 0.25 },
        });
        await peer.addRollup({ instanceId: "web-b", minute: at(minutes), counters: { http_requests: 10 } });
      }
      // 09:59 to 12:02: minutes -1, 0, 1, 59, 60, 61, 119, 120 and 121 of both instances.
      expect(await store.sumRollupCounters({ from: at(-1), to: at(122) })).toEqual({
        http_requests: 99,
        probe_checks: 18,
        "http_latency_ms.sum": 2.25,
      });
      const windows: [Date, Date][] = [
        [at(0), at(120)],
        [at(-120), at(180)],
        [new Date(at(30).getTime() + 15_000), at(60)],
        [at(1), new Date(at(121).getTime() + 1)],
        [at(-30), at(-10)],
        [at(0), at(0)],
      ];
      for (const [from, to] of windows) {
        expect(await peer.sumRollupCounters({ from, to })).toEqual(summed(await store.listRollups({ from, to })));
      }
      expect(await store.sumRollupCounters({ from: at(-30), to: at(-10) })).toEqual({});
    });

    it("purges the records of minutes before a moment and says how many went", async () => {
      const store = ctx.store();
      for (const instanceId of ["web-a", "web-b"]) {
        for (const minutes of [-2, -1, 0]) {
          await store.addRollup({ instanceId, minute: at(minutes), counters: { http_requests: 1, "http_status.2xx": 1 } });
        }
      }
      expect(await store.purgeRollups({ before: at(0) })).toBe(4);
      expect((await store.listRollups({ from: at(-10), to: at(10) })).map((r) => [r.minute, r.instanceId])).toEqual([
        [iso(0), "web-a"],
        [iso(0), "web-b"],
      ]);
      expect(await store.purgeRollups({ before: at(0) })).toBe(0);
      expect(await store.sumRollupCounters({ from: at(-120), to: at(10) })).toEqual({ http_requests: 2, "http_status.2xx": 2 });
    });
  });
}
