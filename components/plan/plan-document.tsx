import type { ReactNode } from "react";
import { SECTION_KEYS, type SectionKey } from "@/ai/schemas/plan";
import { safeLocale } from "@/lib/format/numbers";
import { CompletenessPanel } from "./completeness-panel";
import { GenerationBanner } from "./generation-banner";
import { KeyFigures } from "./key-figures";
import { PlanContents } from "./plan-contents";
import { PlanSection } from "./plan-section";
import type { PlanView } from "./plan-view";
import { StaleNotice } from "./stale-notice";

/** What a stale section restates, in words (see ai/post/derived.ts). */
const STALE_BECAUSE: Partial<Record<SectionKey, string>> = {
  executiveSummary: "the channels or the budget",
  budget: "the channel shares",
};

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export { type PlanView, planView } from "./plan-view";

interface PlanDocumentProps {
  record: PlanView;
  readOnly?: boolean;
  /** The owner's controls under the title (the workspace); none when read-only. */
  headerActions?: ReactNode;
  /** The owner's controls for one section, shown in its card. */
  sectionActions?: (section: SectionKey) => ReactNode;
  /** The owner's one-click refresh of a section whose text may be out of date. */
  staleRefresh?: (section: SectionKey) => ReactNode;
  /** More for a section, rendered by the server (e.g. the roadmap's working-day dates). */
  extras?: Partial<Record<SectionKey, ReactNode>>;
}

/** The saved plan, every section in order. Server-rendered; only the owner's controls are client components. */
export function PlanDocument({
  record,
  readOnly = false,
  headerActions,
  sectionActions,
  staleRefresh,
  extras,
}: PlanDocumentProps) {
  const locale = safeLocale(record.language);
  const stale = new Set(record.stale ?? []);
  return (
    <article
      id="plan-top"
      className="flex scroll-mt-4 flex-col gap-6"
      data-testid="plan-document"
      data-plan-id={record.id}
      data-read-only={readOnly}
    >
      <header className="space-y-2">
        <p className="text-sm muted">
          Marketing plan · version {record.version} · created{" "}
          <time dateTime={record.createdAt}>{dateFormat.format(new Date(record.createdAt))} UTC</time>
        </p>
        <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl" lang={record.language}>
          {record.plan.title}
        </h1>
        {readOnly ? null : headerActions}
      </header>
      {/* On a phone these follow the plan, so its own text starts on the first screen. */}
      <div className="flex flex-col gap-6 max-sm:order-last">
        <GenerationBanner generation={record.generation} readOnly={readOnly} />
        <CompletenessPanel completeness={record.completeness} provenanceFixes={record.provenanceFixes} />
      </div>
      <PlanContents />
      <div className="space-y-6">
        {SECTION_KEYS.map((key) => (
          <PlanSection
            key={key}
            section={key}
            value={record.plan[key]}
            locale={locale}
            lang={record.language}
            actions={readOnly ? undefined : sectionActions?.(key)}
            notice={
              stale.has(key) ? (
                <StaleNotice
                  because={STALE_BECAUSE[key] ?? "other sections"}
                  refresh={readOnly ? undefined : staleRefresh?.(key)}
                />
              ) : undefined
            }
            extra={key === "executiveSummary" ? <KeyFigures plan={record.plan} locale={locale} /> : extras?.[key]}
          />
        ))}
      </div>
    </article>
  );
}
