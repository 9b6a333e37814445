import type { Figure, FigureSource } from "@/ai/schemas/plan";
import { formatFigure } from "@/lib/format/numbers";

/** The words the plan view's badges use, so a reader meets the same labels on paper. */
export const PROVENANCE_LABELS: Record<FigureSource, string> = {
  user: "stated by you",
  estimate: "estimate",
  computed: "computed",
};

export const PROVENANCE_LEGEND =
  "Every figure says where it comes from: “stated by you” (the plan's owner gave it), " +
  "“estimate” (the planner's assumption: check it before relying on it) or “computed” (calculated in code from other figures).";

/** "€2,500 (stated by you)"; the basis too when asked: "40 leads/month (estimate: two per event)". */
export function figureText(figure: Figure, locale: string, options: { basis?: boolean } = {}): string {
  const formatted = formatFigure(figure, locale) ?? String(figure.value);
  const label = PROVENANCE_LABELS[figure.source];
  const basis = options.basis && figure.basis?.trim() ? `: ${figure.basis.trim()}` : "";
  return `${formatted} (${label}${basis})`;
}
