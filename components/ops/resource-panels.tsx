import type { InstanceRow, QuotaPanel, VitalsPanel } from "@/lib/ops/dashboard/types";
import { fmt } from "./panel-card";

export function InstancesTable({ instances }: { instances: InstanceRow[] }) {
  if (instances.length === 0) {
    return <p className="muted">No instance has reported in the last 5 minutes (instances report once a minute).</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Instance</th>
            <th scope="col">CPU (one core)</th>
            <th scope="col">Memory</th>
            <th scope="col">Last report (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {instances.map((row) => (
            <tr key={row.instanceId}>
              <td className="font-mono text-xs break-all">{row.instanceId}</td>
              <td className="tabular-nums">
                {fmt.percent(row.cpuPercent)}
                {row.cores ? <span className="muted"> of {row.cores} cores</span> : null}
              </td>
              <td className="tabular-nums">{row.memoryMb === null ? "n/a" : `${row.memoryMb} MB`}</td>
              <td className="tabular-nums">{fmt.time(row.lastSeen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QuotaMeter({ id, label, used, limit }: { id: string; label: string; used: number; limit: number }) {
  const share = limit > 0 ? Math.min(1, used / limit) : 0;
  return (
    <div>
      <div className="flex justify-between text-sm">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <span className="tabular-nums">
          {fmt.count(used)} of {fmt.count(limit)} ({fmt.percent(share * 100, 0)})
        </span>
      </div>
      <meter
        id={id}
        className="mt-1 h-4 w-full"
        min={0}
        max={limit || 1}
        low={limit * 0.6}
        high={limit * 0.8}
        optimum={0}
        value={used}
      >
        {fmt.percent(share * 100, 0)}
      </meter>
    </div>
  );
}

export function QuotaGauges({ quota }: { quota: QuotaPanel }) {
  return (
    <div className="space-y-3">
      <QuotaMeter id="quota-minute" label="This minute" used={quota.minute.used} limit={quota.minute.limit} />
      <QuotaMeter id="quota-day" label="Today (UTC)" used={quota.day.used} limit={quota.day.limit} />
      <p className="text-sm muted">The manual warns above 80% of a window.</p>
    </div>
  );
}

const RATING = {
  good: "Good",
  "needs-improvement": "Needs improvement",
  poor: "Poor",
} as const;

export function VitalsTable({ vitals }: { vitals: VitalsPanel }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Vital (p75, 24 h)</th>
          <th scope="col">Value</th>
          <th scope="col">Rating</th>
          <th scope="col">Reports</th>
        </tr>
      </thead>
      <tbody>
        {vitals.vitals.map((vital) => (
          <tr key={vital.name}>
            <th scope="row">{vital.name}</th>
            <td className="tabular-nums">
              {vital.p75 === null ? "no reports" : vital.unit === "ms" ? fmt.ms(vital.p75) : vital.p75.toFixed(3)}
            </td>
            <td>{vital.rating ? RATING[vital.rating] : "n/a"}</td>
            <td className="tabular-nums">{fmt.count(vital.reports)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
