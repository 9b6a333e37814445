import { keyFigures } from "@/ai/post/derived";
import type { Plan } from "@/ai/schemas/plan";
import { formatPercent } from "@/lib/format/numbers";
import { FigureValue } from "./figure-value";

/**
 * The summary's figures, read from the channels and the budget as the page
 * renders: unlike the model's prose, this line cannot name old lead channels.
 */
export function KeyFigures({ plan, locale }: { plan: Pick<Plan, "channels" | "budget">; locale: string }) {
  const { monthlyTotal, lead } = keyFigures(plan);
  return (
    <p className="mt-3 rounded-md bg-slate-50 p-2 text-sm dark:bg-slate-800/60" data-testid="key-figures">
      <span className="font-semibold">In figures: </span>
      <FigureValue figure={monthlyTotal} locale={locale} /> a month; lead channels:{" "}
      {lead.map((c) => `${c.name} ${formatPercent(c.sharePercent, locale)}`).join(", ")}.
    </p>
  );
}
