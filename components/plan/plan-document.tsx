import { SECTION_KEYS } from "@/ai/schemas/plan";
import type { PlanRecord } from "@/lib/plans/schema";
import { CompletenessPanel } from "./completeness-panel";
import { safeLocale } from "./format";
import { GenerationBanner } from "./generation-banner";
import { PlanContents } from "./plan-contents";
import { PlanSection } from "./plan-section";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The saved plan, every section in order. Server-rendered; no client JavaScript. */
export function PlanDocument({ record }: { record: PlanRecord }) {
  const locale = safeLocale(record.input.language);
  return (
    <article className="space-y-6" data-testid="plan-document" data-plan-id={record.id}>
      <header className="space-y-2">
        <p className="text-sm muted">
          Marketing plan · version {record.version} · created{" "}
          <time dateTime={record.createdAt}>{dateFormat.format(new Date(record.createdAt))} UTC</time>
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-balance" lang={record.input.language}>
          {record.plan.title}
        </h1>
      </header>
      <GenerationBanner generation={record.generation} />
      <CompletenessPanel completeness={record.completeness} provenanceFixes={record.provenanceFixes} />
      <PlanContents />
      <div className="space-y-6">
        {SECTION_KEYS.map((key) => (
          <PlanSection key={key} section={key} value={record.plan[key]} locale={locale} lang={record.input.language} />
        ))}
      </div>
    </article>
  );
}
