import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetMinuteCountersForTests } from "@/lib/metrics/record";
import { flushRollups } from "@/lib/metrics/rollups";
import { resetDashboardCacheForTests } from "@/lib/ops/dashboard/load-dashboard";
import { loadVitalsPanel } from "@/lib/ops/dashboard/vitals";
import { getStore } from "@/lib/store";
import { useLocalApp } from "@/tests/support/local-app";
import { POST } from "./route";

const beacon = (body: unknown, type = "application/json") =>
  POST(
    new Request("http://127.0.0.1:3000/api/vitals", {
      method: "POST",
      headers: { "content-type": type },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe("POST /api/vitals", () => {
  let cleanup: () => Promise<void>;
  beforeAll(() => {
    cleanup = useLocalApp();
  });
  afterAll(async () => {
    await cleanup();
  });
  beforeEach(() => {
    resetMinuteCountersForTests();
    resetDashboardCacheForTests();
  });

  it("refuses bad input with 400 naming the field, and records nothing", async () => {
    const cases: [unknown, string][] = [
      [{ metrics: [{ name: "FID", value: 10 }] }, "metrics.0.name"],
      [{ metrics: [{ name: "LCP", value: -1 }] }, "metrics.0.value"],
      [{ metrics: [] }, "metrics"],
      [{ metrics: [{ name: "LCP", value: 10, url: "https://x" }] }, "metrics.0"],
    ];
    for (const [body, field] of cases) {
      const response = await beacon(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const answer = (await response.json()) as { error: { fields: { field: string }[] } };
      expect(answer.error.fields.map((f) => f.field)).toContain(field);
    }
    expect((await beacon("not json")).status).toBe(400);
    expect((await beacon({ metrics: [{ name: "LCP", value: 1 }] }, "text/plain")).status).toBe(415);
    expect((await beacon({ metrics: Array(400).fill({ name: "LCP", value: 1 }) })).status).toBe(413);
    await flushRollups({ includeCurrent: true });
    const panel = await loadVitalsPanel({ store: getStore(), now: new Date() });
    expect(panel.vitals.every((v) => v.reports === 0)).toBe(true);
  });

  it("adds reports to the rollups so p75 is read back across instances", async () => {
    const lcp = [1200, 1800, 2200, 2400, 3500, 5200, 900, 1100];
    for (const value of lcp) expect((await beacon({ metrics: [{ name: "LCP", value }] })).status).toBe(204);
    expect(
      (
        await beacon({
          metrics: [
            { name: "CLS", value: 0.02 },
            { name: "CLS", value: 0.3 },
            { name: "INP", value: 120 },
          ],
        })
      ).status,
    ).toBe(204);
    await flushRollups({ includeCurrent: true });
    const panel = await loadVitalsPanel({ store: getStore(), now: new Date(Date.now() + 60_000) });
    const byName = Object.fromEntries(panel.vitals.map((v) => [v.name, v]));
    expect(byName.LCP?.reports).toBe(8);
    // 6th of 8 sorted values sits in the 2000-2500 ms bucket: p75 interpolates to 2500 there.
    expect(byName.LCP?.p75).toBeGreaterThan(2000);
    expect(byName.LCP?.p75).toBeLessThanOrEqual(3000);
    expect(byName.INP).toMatchObject({ reports: 1, rating: "good" });
    expect(byName.CLS?.reports).toBe(2);
    expect(byName.CLS?.p75).toBeGreaterThan(0.25);
  });
});
