import { formatDays } from "@/lib/format/numbers";
import { Prose } from "./bits";
import { FigureValue } from "./figure-value";
import { items, num, obj, txt } from "./partial";
import type { Objective } from "./plan-types";
import type { SectionProps } from "./section-props";

export function ObjectivesSection({ value, locale }: SectionProps) {
  const objectives = items(value).map((o) => obj<Objective>(o));
  return (
    <ol className="space-y-4">
      {objectives.map((objective, index) => {
        const deadline = num(objective.deadlineDays);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
          <li key={index} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <h3 className="font-semibold">{txt(objective.title) ?? "…"}</h3>
            <dl className="mt-2 grid grid-cols-2 gap-2 text-sm wrap-anywhere sm:grid-cols-4">
              <div>
                <dt className="muted">KPI</dt>
                <dd>{txt(objective.kpi) ?? "…"}</dd>
              </div>
              <div>
                <dt className="muted">Baseline</dt>
                <dd>{objective.baseline !== undefined ? <FigureValue figure={objective.baseline} locale={locale} /> : "…"}</dd>
              </div>
              <div>
                <dt className="muted">Target</dt>
                <dd>{objective.target !== undefined ? <FigureValue figure={objective.target} locale={locale} /> : "…"}</dd>
              </div>
              <div>
                <dt className="muted">Deadline</dt>
                <dd>{deadline !== undefined ? `Within ${formatDays(deadline)}` : "…"}</dd>
              </div>
            </dl>
            <Prose value={objective.rationale} className="mt-2 text-sm muted" />
          </li>
        );
      })}
    </ol>
  );
}
