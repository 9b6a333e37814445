"use client";

import { useCallback, useEffect, useState } from "react";
import type { DashboardData } from "@/lib/ops/dashboard/types";
import { FiringAlerts, OpenIncidents } from "./alerts-incidents";
import { SloBudgets, TrafficCharts } from "./charts-panel";
import { HealthList, TrafficStats } from "./health-traffic";
import { fmt, PanelCard } from "./panel-card";
import { InstancesTable, QuotaGauges, VitalsTable } from "./resource-panels";

const REFRESH_MS = 10_000;

/** Polls GET /api/ops/dashboard (session cookie) and redraws every panel; no page reload. */
function useDashboard(initial: DashboardData) {
  const [data, setData] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      const response = await fetch("/api/ops/dashboard", { credentials: "same-origin", cache: "no-store" });
      if (response.status === 401) {
        window.location.assign("/ops/sign-in");
        return;
      }
      if (!response.ok) throw new Error(`answered ${response.status}`);
      setData((await response.json()) as DashboardData);
      setProblem(null);
    } catch (error) {
      setProblem(`The last refresh failed (${error instanceof Error ? error.message : "network"}); retrying.`);
    }
  }, []);
  useEffect(() => {
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return { data, problem, refresh };
}

export function OpsDashboard({ initial }: { initial: DashboardData }) {
  const { data, problem, refresh } = useDashboard(initial);
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Operations</h1>
          <p className="text-sm muted" aria-live="polite">
            Updated{" "}
            <time dateTime={data.generatedAt} data-testid="dashboard-updated">
              {fmt.time(data.generatedAt)}
            </time>{" "}
            UTC; refreshes every {REFRESH_MS / 1000} s.
          </p>
          {problem ? <p className="field-error">{problem}</p> : null}
        </div>
        <form method="post" action="/api/ops/sign-out">
          <button type="submit" className="btn-secondary">
            Sign out
          </button>
        </form>
      </header>
      <div className="grid gap-4 lg:grid-cols-2">
        <PanelCard id="health" title="Service health" panel={data.health}>
          {(health) => <HealthList health={health} />}
        </PanelCard>
        <PanelCard id="traffic" title="Last hour" panel={data.traffic}>
          {(traffic) => <TrafficStats traffic={traffic} />}
        </PanelCard>
        <PanelCard id="alerts" title="Firing alerts" panel={data.alerts}>
          {(alerts) => <FiringAlerts alerts={alerts} />}
        </PanelCard>
        <PanelCard id="incidents" title="Open incidents" panel={data.incidents}>
          {(incidents) => <OpenIncidents incidents={incidents} onChanged={refresh} />}
        </PanelCard>
        <PanelCard id="series24h" title="Last 24 hours" panel={data.series24h} wide>
          {(series) => <TrafficCharts series={series} span="Last 24 hours" />}
        </PanelCard>
        <PanelCard id="series7d" title="Last 7 days" panel={data.series7d} wide>
          {(series) => <TrafficCharts series={series} span="Last 7 days" />}
        </PanelCard>
        <PanelCard id="slo" title="SLO compliance and error budget" panel={data.slo} wide>
          {(slo) => <SloBudgets slo={slo} />}
        </PanelCard>
        <PanelCard id="instances" title="Instances" panel={data.instances}>
          {(instances) => <InstancesTable instances={instances} />}
        </PanelCard>
        <PanelCard id="quota" title="AI quota (Gemini)" panel={data.quota}>
          {(quota) => <QuotaGauges quota={quota} />}
        </PanelCard>
        <PanelCard id="vitals" title="Core Web Vitals (real users)" panel={data.vitals}>
          {(vitals) => <VitalsTable vitals={vitals} />}
        </PanelCard>
      </div>
    </div>
  );
}
