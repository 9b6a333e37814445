import type { HistogramLayout } from "@/lib/analytics/histogram";

/**
 * Real-user Core Web Vitals in the per-minute rollups: one non-cumulative
 * histogram per vital (as rollup-keys.ts stores latency), so p75 is read
 * across every instance. CLS is unitless and stored in thousandths.
 */
export const VITALS = ["LCP", "INP", "CLS"] as const;
export type VitalName = (typeof VITALS)[number];

interface VitalSpec {
  prefix: string;
  bounds: readonly number[];
  /** Multiplies a reported value into the stored unit. */
  scale: number;
  /** Google's thresholds, in the reported unit: good at most `good`, poor above `poor`. */
  good: number;
  poor: number;
  unit: "ms" | "";
}

export const VITAL_SPECS: Record<VitalName, VitalSpec> = {
  LCP: {
    prefix: "web_vitals.lcp_ms",
    bounds: [500, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 7500, 10000, 20000],
    scale: 1,
    good: 2500,
    poor: 4000,
    unit: "ms",
  },
  INP: {
    prefix: "web_vitals.inp_ms",
    bounds: [50, 100, 150, 200, 300, 400, 500, 750, 1000, 2000],
    scale: 1,
    good: 200,
    poor: 500,
    unit: "ms",
  },
  CLS: {
    prefix: "web_vitals.cls_milli",
    bounds: [10, 25, 50, 75, 100, 150, 250, 400, 600, 1000],
    scale: 1000,
    good: 0.1,
    poor: 0.25,
    unit: "",
  },
};

export function vitalLayout(name: VitalName): HistogramLayout {
  const { prefix, bounds } = VITAL_SPECS[name];
  return {
    bounds,
    bucket: (bound) => `${prefix}.le_${bound}`,
    sum: `${prefix}.sum`,
    count: `${prefix}.count`,
  };
}
