"use client";

import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** Stroke colours for light and dark pages. */
  color: { light: string; dark: string };
}

export interface TimeChartProps {
  /** Seconds since the epoch, one per point. */
  time: number[];
  series: ChartSeries[];
  /** Text after each value on the axis and in the legend, e.g. " ms". */
  unit?: string;
  height?: number;
  /** Fixed y range (e.g. 0 to 100 for percentages); fitted to the data otherwise. */
  yRange?: [number, number];
}

const dark = () => window.matchMedia("(prefers-color-scheme: dark)").matches;

/** A uPlot line chart sized to its container; loaded only in the browser, on demand (lazy-chart.tsx). */
/** Axis labels short enough for a phone: 1.5 s rather than 1500 ms, 12k rather than 12000. */
function tick(value: number, unit: string): string {
  if (unit === " ms" && Math.abs(value) >= 1000) return `${value / 1000} s`;
  if (unit === "" && Math.abs(value) >= 10_000) return `${value / 1000}k`;
  return `${value}${unit}`;
}

export default function TimeChart({ time, series, unit = "", height = 180, yRange }: TimeChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const isDark = dark();
    const axis = { stroke: isDark ? "#cbd5e1" : "#334155", grid: { stroke: isDark ? "#1e293b" : "#e2e8f0" } };
    const plot = new uPlot(
      {
        width: element.clientWidth,
        height,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "UTC"),
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: isDark ? s.color.dark : s.color.light,
            width: 2,
            spanGaps: false,
            value: (_: uPlot, v: number | null) => (v === null ? "n/a" : `${Math.round(v * 10) / 10}${unit}`),
          })),
        ],
        ...(yRange ? { scales: { y: { range: yRange } } } : {}),
        axes: [axis, { ...axis, size: 64, values: (_, ticks) => ticks.map((t) => tick(t, unit)) }],
      },
      [time, ...series.map((s) => s.values)] as uPlot.AlignedData,
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [time, series, unit, height, yRange]);
  return <div ref={box} className="w-full" />;
}
