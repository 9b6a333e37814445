import { SubHeading, TableScroll } from "./bits";
import { FigureValue } from "./figure-value";
import { capitalize, items, obj, txt } from "./partial";
import type { KpiMetric, Kpis, Review } from "./plan-types";
import type { SectionProps } from "./section-props";

export function KpisSection({ value, locale }: SectionProps) {
  const kpis = obj<Kpis>(value);
  const metrics = items(kpis.metrics).map((m) => obj<KpiMetric>(m));
  const reviews = items(kpis.reviewCadence).map((r) => obj<Review>(r));
  return (
    <div className="space-y-2">
      {metrics.length > 0 ? (
        <TableScroll label="KPIs">
          <table className="data-table stack-table">
            <caption className="sr-only">KPIs with targets, frequency and owner</caption>
            <thead>
              <tr>
                <th scope="col">KPI</th>
                <th scope="col">Target</th>
                <th scope="col">Checked</th>
                <th scope="col">Owner</th>
              </tr>
            </thead>
            <tbody>
              {metrics.map((metric, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
                <tr key={index}>
                  <th scope="row" className="min-w-48 font-normal whitespace-normal">
                    <span className="font-semibold">{txt(metric.name) ?? "…"}</span>
                    {txt(metric.definition) ? <span className="block text-xs muted">{txt(metric.definition)}</span> : null}
                  </th>
                  <td data-label="Target" className="whitespace-nowrap">
                    {metric.target !== undefined ? <FigureValue figure={metric.target} locale={locale} /> : "…"}
                  </td>
                  <td data-label="Checked">{capitalize(txt(metric.frequency)) ?? "…"}</td>
                  <td data-label="Owner">{txt(metric.owner) ?? "…"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {reviews.length > 0 ? (
        <>
          <SubHeading>Review cadence</SubHeading>
          <ul className="space-y-2">
            {reviews.map((review, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
              <li key={index}>
                <span className="font-semibold">{capitalize(txt(review.cadence)) ?? "…"}</span>
                {txt(review.attendees) ? <span className="muted"> · {txt(review.attendees)}</span> : null}
                {txt(review.agenda) ? <span className="block">{txt(review.agenda)}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
