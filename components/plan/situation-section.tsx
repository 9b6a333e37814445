import { Facts, Prose, SubHeading, Tag, TextList } from "./bits";
import { FigureValue } from "./figure-value";
import { capitalize, items, obj, txt } from "./partial";
import type { Competitor, Situation } from "./plan-types";
import type { SectionProps } from "./section-props";

const SWOT = [
  ["strengths", "Strengths"],
  ["weaknesses", "Weaknesses"],
  ["opportunities", "Opportunities"],
  ["threats", "Threats"],
] as const;

export function SituationSection({ value, locale }: SectionProps) {
  const situation = obj<Situation>(value);
  const business = obj<Situation["business"]>(situation.business);
  const market = obj<Situation["market"]>(situation.market);
  const swot = obj<Situation["swot"]>(situation.swot);
  const competitors = items(situation.competitors).map((c) => obj<Competitor>(c));
  return (
    <div className="space-y-2">
      {situation.business !== undefined ? (
        <>
          <SubHeading>The business</SubHeading>
          <Prose value={business.summary} />
          <Facts
            rows={[
              ["Name", txt(business.name)],
              ["Industry", txt(business.industry)],
              ["Model", txt(business.businessModel)],
              ["Stage", capitalize(txt(business.stage))],
            ]}
          />
        </>
      ) : null}
      {situation.market !== undefined ? (
        <>
          <SubHeading>The market</SubHeading>
          <Prose value={market.overview} />
          <TextList label="Trends" value={market.trends} />
          {market.size !== undefined ? (
            <p>
              <span className="font-semibold">Market size: </span>
              <FigureValue figure={market.size} locale={locale} showBasis />
            </p>
          ) : null}
        </>
      ) : null}
      {competitors.length > 0 ? (
        <>
          <SubHeading>Competitors</SubHeading>
          <ul className="grid gap-3 sm:grid-cols-2">
            {competitors.map((competitor, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
              <li key={index} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
                <p className="font-semibold">
                  {txt(competitor.name) ?? "…"} <Tag>{txt(competitor.type)}</Tag>
                </p>
                <Facts
                  rows={[
                    ["Strengths", txt(competitor.strengths)],
                    ["Weaknesses", txt(competitor.weaknesses)],
                    ["Our edge", txt(competitor.ourEdge)],
                  ]}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {situation.swot !== undefined ? (
        <>
          <SubHeading>SWOT</SubHeading>
          <div className="grid gap-3 sm:grid-cols-2">
            {SWOT.map(([key, label]) => (
              <div key={key} className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
                <TextList label={label} value={swot[key]} />
              </div>
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
