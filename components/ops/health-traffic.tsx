import { COMPONENT_STATUS } from "@/components/status/status-words";
import type { HealthPanel, TrafficPanel } from "@/lib/ops/dashboard/types";
import type { ComponentStatus } from "@/lib/status/status";
import { fmt, Stat } from "./panel-card";

export function HealthList({ health }: { health: HealthPanel }) {
  return (
    <>
      <p className="font-medium">{health.description}</p>
      <ul className="space-y-2">
        {health.components.map((component) => {
          const words = COMPONENT_STATUS[component.status as ComponentStatus] ?? COMPONENT_STATUS.major_outage;
          return (
            <li key={component.id}>
              <span className="font-semibold">{component.name}</span>{" "}
              <span className={`inline-flex items-center gap-1.5 text-sm font-medium ${words.text}`}>
                <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${words.dot}`} />
                {words.label}
              </span>
              <p className="text-sm muted">{component.description}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function TrafficStats({ traffic }: { traffic: TrafficPanel }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      <Stat label="Requests" value={fmt.count(traffic.requests)} />
      <Stat label="Success rate" value={fmt.percent(traffic.successRate, 2)} hint="not answered 5xx" />
      <Stat label="p50 response" value={fmt.ms(traffic.p50Ms)} />
      <Stat label="p95 response" value={fmt.ms(traffic.p95Ms)} />
      <Stat label="AI generations" value={fmt.count(traffic.aiGenerations)} />
      <Stat label="AI success rate" value={fmt.percent(traffic.aiSuccessRate)} hint="asked-for model delivered" />
      <Stat label="Active users" value={fmt.count(traffic.activeUsers)} />
    </dl>
  );
}
