import type { Completeness, ProvenanceFix } from "@/ai/schemas/generation";
import { SECTION_TITLES } from "@/ai/schemas/plan";

interface CompletenessPanelProps {
  completeness: Completeness;
  provenanceFixes: ProvenanceFix[];
}

/** What the completeness check found, and any figures relabelled from "stated by you" to "estimate". */
export function CompletenessPanel({ completeness, provenanceFixes }: CompletenessPanelProps) {
  const fixes = provenanceFixes.length;
  return (
    <section aria-labelledby="completeness-heading" className="card" data-testid="completeness">
      <h2 id="completeness-heading" className="text-lg font-semibold">
        Completeness check
      </h2>
      {completeness.complete && completeness.missing.length === 0 ? (
        <p className="mt-1">Every section has what a complete plan needs.</p>
      ) : (
        <>
          <p className="mt-1">
            {completeness.missing.length === 1 ? "One thing is" : `${completeness.missing.length} things are`} missing:
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {completeness.missing.map((item) => (
              <li key={`${item.section}:${item.path}`}>
                <a href={`#section-${item.section}`} className="font-medium underline underline-offset-2">
                  {SECTION_TITLES[item.section]}
                </a>
                : {item.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {fixes > 0 ? (
        <p className="mt-2 text-sm muted">
          {fixes === 1 ? "One figure was" : `${fixes} figures were`} labelled as stated by you but do not appear in your input, so{" "}
          {fixes === 1 ? "it is" : "they are"} shown as {fixes === 1 ? "an estimate" : "estimates"}.
        </p>
      ) : null}
    </section>
  );
}
