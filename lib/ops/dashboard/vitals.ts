import "server-only";
import { histogramQuantile, observations, readHistogram } from "@/lib/analytics/histogram";
import type { ReadArgs } from "@/lib/analytics/reading";
import { DAY_MS, rollingWindow, rollupRange } from "@/lib/analytics/windows";
import { VITAL_SPECS, VITALS, vitalLayout } from "@/lib/metrics/vitals-keys";
import type { VitalRow, VitalsPanel } from "./types";

/** Real-user Core Web Vitals at p75 over the last 24 h, as browsers reported them to /api/vitals. */
export async function loadVitalsPanel({ store, now }: ReadArgs): Promise<VitalsPanel> {
  const window = rollingWindow(now, DAY_MS);
  const counters = await store.sumRollupCounters(rollupRange(window));
  const vitals: VitalRow[] = VITALS.map((name) => {
    const spec = VITAL_SPECS[name];
    const histogram = readHistogram(counters, vitalLayout(name));
    const stored = histogramQuantile(histogram, 0.75);
    const p75 = stored === null ? null : Math.round((stored / spec.scale) * 1000) / 1000;
    return {
      name,
      p75,
      unit: spec.unit,
      reports: observations(histogram),
      rating: p75 === null ? null : p75 <= spec.good ? "good" : p75 <= spec.poor ? "needs-improvement" : "poor",
    };
  });
  return { window: { from: window.from.toISOString(), to: window.to.toISOString() }, vitals };
}
