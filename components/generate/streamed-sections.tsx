import { SECTION_KEYS } from "@/ai/schemas/plan";
import { PlanSection } from "@/components/plan/plan-section";
import type { GenerationState } from "./generation-state";

/** Each section as a card from its first data on, marked "writing…" until complete. */
export function StreamedSections({ state, locale, lang }: { state: GenerationState; locale: string; lang?: string }) {
  const present = SECTION_KEYS.filter((key) => state.sections[key] !== undefined);
  if (present.length === 0) return null;
  return (
    <div className="space-y-6" data-testid="streamed-sections">
      {present.map((key) => {
        const section = state.sections[key];
        return (
          <PlanSection
            key={key}
            section={key}
            value={section?.value}
            status={section?.complete ? "complete" : "writing"}
            locale={locale}
            lang={lang}
          />
        );
      })}
    </div>
  );
}
