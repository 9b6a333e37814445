import { Facts, Prose, SubHeading, TextList } from "./bits";
import { capitalize, items, obj, txt } from "./partial";
import type { FunnelStep, Strategy } from "./plan-types";
import type { SectionProps } from "./section-props";

export function StrategySection({ value }: SectionProps) {
  const strategy = obj<Strategy>(value);
  const mix = obj<Strategy["marketingMix"]>(strategy.marketingMix);
  const funnel = items(strategy.funnel).map((step) => obj<FunnelStep>(step));
  const framework = txt(mix.framework);
  return (
    <div className="space-y-2">
      <Prose value={strategy.approach} />
      {strategy.marketingMix !== undefined ? (
        <>
          <SubHeading>Marketing mix{framework ? ` (${framework === "7P" ? "7Ps" : "4Ps"})` : ""}</SubHeading>
          <Facts
            rows={[
              ["Product", txt(mix.product)],
              ["Price", txt(mix.price)],
              ["Place", txt(mix.place)],
              ["Promotion", txt(mix.promotion)],
              ["People", txt(mix.people)],
              ["Process", txt(mix.process)],
              ["Physical evidence", txt(mix.physicalEvidence)],
            ]}
          />
        </>
      ) : null}
      {funnel.length > 0 ? (
        <>
          <SubHeading>Funnel</SubHeading>
          <ol className="space-y-3">
            {funnel.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
              <li key={index} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
                <p className="font-semibold">{capitalize(txt(step.stage)) ?? "…"}</p>
                <Prose value={step.goal} />
                <TextList label="Tactics" value={step.tactics} />
                {txt(step.metric) ? (
                  <p className="mt-1 text-sm">
                    <span className="font-semibold">Measured by: </span>
                    {txt(step.metric)}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
