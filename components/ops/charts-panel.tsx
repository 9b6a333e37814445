"use client";

import type { SeriesPanel, SloPanel, SloRow } from "@/lib/ops/dashboard/types";
import { LazyChart } from "./lazy-chart";
import { fmt } from "./panel-card";

const BLUE = { light: "#1d4ed8", dark: "#93c5fd" };
const RED = { light: "#b91c1c", dark: "#fca5a5" };
const GREEN = { light: "#15803d", dark: "#86efac" };
const PALETTE = [BLUE, RED, GREEN, { light: "#7e22ce", dark: "#d8b4fe" }, { light: "#a16207", dark: "#fde047" }];

const BUDGET_RANGE: [number, number] = [0, 100];
const total = (values: number[]) => values.reduce((sum, v) => sum + v, 0);

export function TrafficCharts({ series, span }: { series: SeriesPanel; span: string }) {
  const step = series.stepSeconds >= 3600 * 6 ? "6 hours" : "hour";
  const worstP95 = Math.max(0, ...series.p95Ms.map((v) => v ?? 0));
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <LazyChart
        title={`Requests and 5xx errors per ${step}`}
        summary={`${span}: ${fmt.count(total(series.requests))} requests, ${fmt.count(total(series.errors))} answered 5xx.`}
        time={series.time}
        series={[
          { label: "Requests", values: series.requests, color: BLUE },
          { label: "5xx", values: series.errors, color: RED },
        ]}
      />
      <LazyChart
        title="p95 response time"
        summary={`${span}: the worst ${step}'s p95 response time was ${fmt.ms(worstP95 || null)}.`}
        time={series.time}
        unit=" ms"
        series={[{ label: "p95", values: series.p95Ms, color: BLUE }]}
      />
      <LazyChart
        title={`AI generations per ${step}`}
        summary={`${span}: ${fmt.count(total(series.aiGenerations))} generations, ${fmt.count(total(series.aiFailed))} failed.`}
        time={series.time}
        series={[
          { label: "Generations", values: series.aiGenerations, color: GREEN },
          { label: "Failed", values: series.aiFailed, color: RED },
        ]}
      />
    </div>
  );
}

function measuredText(measured: SloRow["measured"]): string {
  if (measured.value === null) return "no events";
  if (measured.unit === "percent") return `${measured.value}%`;
  return measured.unit === "ms" ? fmt.ms(measured.value) : `${measured.value} s`;
}

export function SloBudgets({ slo }: { slo: SloPanel }) {
  return (
    <div className="space-y-3">
      <p className="text-sm muted">{slo.source}.</p>
      <div className="overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Objective</th>
              <th scope="col">Window</th>
              <th scope="col">Measured</th>
              <th scope="col">Bad events</th>
              <th scope="col">Allowed</th>
              <th scope="col">Budget left</th>
              <th scope="col">Met</th>
            </tr>
          </thead>
          <tbody>
            {slo.slos.map((row) => (
              <tr key={row.id} data-slo={row.id}>
                <td>
                  <span className="font-medium">{row.name}</span>
                  <span className="block text-xs muted">{row.objective}</span>
                </td>
                <td>{row.window}</td>
                <td className="tabular-nums">{measuredText(row.measured)}</td>
                <td className="tabular-nums">{row.badPercent === null ? "no events" : `${row.badPercent}%`}</td>
                <td className="tabular-nums">{row.allowedPercent}%</td>
                <td className="tabular-nums">
                  {fmt.percent(row.budgetLeftPercent)}
                  <span className="block text-xs muted">
                    {fmt.count(row.budget.spent)} of {fmt.count(Math.floor(row.budget.total))} bad events spent
                  </span>
                </td>
                <td>{row.compliant === null ? "n/a" : row.compliant ? "Yes" : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {slo.burnDowns.map((chart) => (
          <LazyChart
            key={chart.span}
            title={`Error budget left over ${chart.span}, ${chart.step} by ${chart.step}`}
            summary={chart.series.map((s) => `${s.name}: ${fmt.percent(s.values.at(-1) ?? null)} left`).join("; ")}
            time={chart.time}
            unit="%"
            yRange={BUDGET_RANGE}
            series={chart.series.map((s, i) => ({
              label: s.name,
              values: s.values,
              color: PALETTE[i % PALETTE.length] ?? BLUE,
            }))}
          />
        ))}
      </div>
    </div>
  );
}
