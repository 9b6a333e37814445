"use client";

import dynamic from "next/dynamic";
import type { TimeChartProps } from "./time-chart";

// uPlot (about 20 KB gzipped) loads only when a chart is on screen, never with the first page.
const TimeChart = dynamic(() => import("./time-chart"), {
  ssr: false,
  loading: () => <div className="h-[180px] animate-pulse rounded bg-slate-100 dark:bg-slate-800" />,
});

/** A chart with a text summary for screen readers (the canvas itself says nothing). */
export function LazyChart({ title, summary, ...props }: TimeChartProps & { title: string; summary: string }) {
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <p className="sr-only">{summary}</p>
      <div aria-hidden="true">
        <TimeChart {...props} />
      </div>
    </figure>
  );
}
