import type { ComponentType, ReactNode } from "react";
import type { SectionKey } from "@/ai/schemas/plan";
import { AssumptionsSection } from "./assumptions-section";
import { AudienceSection } from "./audience-section";
import { BudgetSection } from "./budget-section";
import { ChannelsSection } from "./channels-section";
import { ContentCalendarSection } from "./content-calendar-section";
import { ExecutiveSummarySection } from "./executive-summary-section";
import { KpisSection } from "./kpis-section";
import { ObjectivesSection } from "./objectives-section";
import { PositioningSection } from "./positioning-section";
import { RisksSection } from "./risks-section";
import { RoadmapSection } from "./roadmap-section";
import { SectionCard } from "./section-card";
import type { SectionProps } from "./section-props";
import { SituationSection } from "./situation-section";
import { StrategySection } from "./strategy-section";

const RENDERERS: Record<SectionKey, ComponentType<SectionProps>> = {
  executiveSummary: ExecutiveSummarySection,
  situation: SituationSection,
  audience: AudienceSection,
  positioning: PositioningSection,
  objectives: ObjectivesSection,
  strategy: StrategySection,
  channels: ChannelsSection,
  budget: BudgetSection,
  roadmap: RoadmapSection,
  contentCalendar: ContentCalendarSection,
  kpis: KpisSection,
  risks: RisksSection,
  assumptions: AssumptionsSection,
};

interface PlanSectionProps extends SectionProps {
  section: SectionKey;
  status?: "writing" | "complete";
  /** BCP 47 tag of the plan's language, for the model-written text (headings stay in the UI's language). */
  lang?: string;
  actions?: ReactNode;
  /** Shown above the section's text, e.g. that it may be out of date. */
  notice?: ReactNode;
  /** Shown below the section's text, e.g. figures read from other sections. */
  extra?: ReactNode;
}

/** A section in its card. Works on partial data: whatever has arrived is shown. */
export function PlanSection({ section, status, value, locale, lang, actions, notice, extra }: PlanSectionProps) {
  const Renderer = RENDERERS[section];
  return (
    <SectionCard section={section} status={status} actions={actions}>
      {notice}
      <div lang={lang} data-section-body>
        <Renderer value={value} locale={locale} />
      </div>
      {extra}
    </SectionCard>
  );
}
