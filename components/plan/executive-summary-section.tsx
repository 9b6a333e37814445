import { Prose } from "./bits";
import type { SectionProps } from "./section-props";

export function ExecutiveSummarySection({ value }: SectionProps) {
  return <Prose value={value} className="text-base leading-relaxed" />;
}
