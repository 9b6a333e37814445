import { Facts, Tag } from "./bits";
import { capitalize, items, obj, txt } from "./partial";
import type { Risk } from "./plan-types";
import type { SectionProps } from "./section-props";

export function RisksSection({ value }: SectionProps) {
  const risks = items(value).map((r) => obj<Risk>(r));
  return (
    <ul className="space-y-3">
      {risks.map((risk, index) => {
        const likelihood = capitalize(txt(risk.likelihood));
        const impact = capitalize(txt(risk.impact));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
          <li key={index} className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <p className="font-semibold">{txt(risk.risk) ?? "…"}</p>
            <p className="flex flex-wrap gap-1.5">
              {likelihood ? <Tag>Likelihood: {likelihood}</Tag> : null}
              {impact ? <Tag>Impact: {impact}</Tag> : null}
            </p>
            <Facts
              rows={[
                ["Mitigation", txt(risk.mitigation)],
                ["If it happens", txt(risk.contingency)],
              ]}
            />
          </li>
        );
      })}
    </ul>
  );
}
