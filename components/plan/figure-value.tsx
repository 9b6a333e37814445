import type { Figure } from "@/ai/schemas/plan";
import { formatFigure } from "@/lib/format/numbers";
import { obj, txt } from "./partial";
import { ProvenanceBadge } from "./provenance-badge";

interface FigureValueProps {
  figure: unknown;
  locale: string;
  /** Also print how the number was reached, for roomy layouts. */
  showBasis?: boolean;
}

/** A number with its unit and a badge saying where it came from. */
export function FigureValue({ figure, locale, showBasis = false }: FigureValueProps) {
  const data = obj<Figure>(figure);
  const formatted = formatFigure(data, locale);
  if (formatted === undefined) return <span className="muted">…</span>;
  const basis = txt(data.basis);
  return (
    <span>
      <span className="font-semibold tabular-nums">{formatted}</span>
      <ProvenanceBadge source={data.source} />
      {showBasis && basis ? <span className="mt-0.5 block text-xs muted">{basis}</span> : null}
    </span>
  );
}
