import type { ReactNode } from "react";
import type { Panel } from "@/lib/ops/dashboard/types";

/** A titled dashboard panel; shows why its figures are missing instead of empty boxes. */
export function PanelCard<T>({
  id,
  title,
  panel,
  children,
  wide = false,
}: {
  id: string;
  title: string;
  panel: Panel<T>;
  children: (data: T) => ReactNode;
  wide?: boolean;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`card space-y-3 ${wide ? "lg:col-span-2" : ""}`} data-panel={id}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {panel.ok ? children(panel.data) : <p className="field-error">{panel.error}</p>}
    </section>
  );
}

export function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <dt className="text-sm muted">{label}</dt>
      <dd className="text-xl font-semibold whitespace-nowrap tabular-nums">{value}</dd>
      {hint ? <dd className="text-xs muted">{hint}</dd> : null}
    </div>
  );
}

export const fmt = {
  count: (n: number) => n.toLocaleString("en-US"),
  percent: (n: number | null, digits = 1) => (n === null ? "n/a" : `${n.toFixed(digits)}%`),
  ms: (n: number | null) => (n === null ? "n/a" : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`),
  time: (iso: string) =>
    new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC" }),
};
