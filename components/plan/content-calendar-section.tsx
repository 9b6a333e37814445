import { TableScroll } from "./bits";
import { capitalize, items, num, obj, txt } from "./partial";
import type { ContentItem } from "./plan-types";
import type { SectionProps } from "./section-props";

export function ContentCalendarSection({ value }: SectionProps) {
  const entries = items(value).map((c) => obj<ContentItem>(c));
  if (entries.length === 0) return null;
  return (
    <TableScroll label="Content calendar entries">
      <table className="data-table stack-table">
        <caption className="sr-only">Content calendar for the first 13 weeks</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Channel</th>
            <th scope="col">Format</th>
            <th scope="col">Topic</th>
            <th scope="col">Stage</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
            <tr key={index}>
              <td data-label="Week" className="tabular-nums">
                {num(entry.week) ?? "…"}
              </td>
              <td data-label="Channel">{txt(entry.channel) ?? "…"}</td>
              <td data-label="Format">{txt(entry.format) ?? "…"}</td>
              <td data-label="Topic" className="min-w-48" data-testid="calendar-topic">
                {txt(entry.topic) ?? "…"}
              </td>
              <td data-label="Stage">{capitalize(txt(entry.funnelStage)) ?? "…"}</td>
              <td data-label="Owner">{txt(entry.owner) ?? "…"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
