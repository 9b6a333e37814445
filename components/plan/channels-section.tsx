import { formatPercent } from "@/lib/format/numbers";
import { Prose, Tag, TextList } from "./bits";
import { FigureValue } from "./figure-value";
import { capitalize, items, num, obj, txt } from "./partial";
import type { Channel } from "./plan-types";
import type { SectionProps } from "./section-props";

export function ChannelsSection({ value, locale }: SectionProps) {
  const channels = items(value).map((c) => obj<Channel>(c));
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {channels.map((channel, index) => {
        const share = num(channel.budgetSharePercent);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
          <li key={index} className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <h3 className="font-semibold">{txt(channel.name) ?? "…"}</h3>
            <p className="flex flex-wrap gap-1.5">
              <Tag>{capitalize(txt(channel.tier))}</Tag>
              <Tag>{capitalize(txt(channel.funnelStage))}</Tag>
              {share !== undefined ? <Tag>{formatPercent(share, locale)} of budget</Tag> : null}
            </p>
            <Prose value={channel.purpose} />
            <TextList label="Tactics" value={channel.tactics} />
            {txt(channel.kpi) ? (
              <p className="text-sm">
                <span className="font-semibold">KPI: </span>
                {txt(channel.kpi)}
                {channel.target !== undefined ? (
                  <>
                    {" · target "}
                    <FigureValue figure={channel.target} locale={locale} />
                  </>
                ) : null}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
