import { SECTION_KEYS, SECTION_TITLES } from "@/ai/schemas/plan";
import { sectionAnchor } from "./section-card";

/** Table of contents linking to each section card. */
export function PlanContents() {
  return (
    <>
      {/* On a phone the contents fold into one line, so the plan's own text starts on the first screen. */}
      <details className="card py-3 sm:hidden">
        <summary className="text-sm font-semibold">Contents</summary>
        <nav aria-label="Plan sections">
          <SectionLinks />
        </nav>
      </details>
      <nav aria-label="Plan sections" className="card max-sm:hidden">
        <h2 className="text-sm font-semibold tracking-wide uppercase muted">Contents</h2>
        <SectionLinks />
      </nav>
    </>
  );
}

function SectionLinks() {
  return (
    <ol className="mt-2 list-decimal gap-x-10 pl-8 text-sm sm:columns-2">
      {SECTION_KEYS.map((key) => (
        <li key={key} className="mb-1 break-inside-avoid">
          <a href={`#${sectionAnchor(key)}`} className="underline-offset-2 hover:underline">
            {SECTION_TITLES[key]}
          </a>
        </li>
      ))}
    </ol>
  );
}
