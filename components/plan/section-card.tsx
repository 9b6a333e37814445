import type { ReactNode } from "react";
import { SECTION_TITLES, type SectionKey } from "@/ai/schemas/plan";

interface SectionCardProps {
  section: SectionKey;
  /** Only while streaming: "writing" until the section is complete. */
  status?: "writing" | "complete";
  /** Controls for the section (the owner's workspace): shown beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

export function sectionAnchor(section: SectionKey): string {
  return `section-${section}`;
}

/** One plan section as a card with a real heading, shared by the live and the saved view. */
export function SectionCard({ section, status, actions, children }: SectionCardProps) {
  const headingId = `${sectionAnchor(section)}-heading`;
  return (
    <section
      id={sectionAnchor(section)}
      aria-labelledby={headingId}
      aria-busy={status === "writing" ? true : undefined}
      data-section={section}
      data-state={status ?? "saved"}
      className="group/section card scroll-mt-4"
    >
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold tracking-tight">
          {SECTION_TITLES[section]}
        </h2>
        {status === "writing" ? (
          <span className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 dark:text-brand-300">
            <span className="size-2 animate-pulse rounded-full bg-current motion-reduce:animate-none" aria-hidden="true" />
            writing…
          </span>
        ) : null}
        {actions}
      </div>
      {/* An inline editor (marked data-editing) takes the rendered section's place while it is open. */}
      <div className="group-has-[[data-editing]]/section:hidden">{children}</div>
    </section>
  );
}
