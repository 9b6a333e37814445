import { Prose } from "./bits";
import { items, num, obj, txt } from "./partial";
import type { Milestone, Roadmap, RoadmapPhase } from "./plan-types";
import type { SectionProps } from "./section-props";

const PHASE_START: Record<number, number> = { 30: 1, 60: 31, 90: 61 };

export function RoadmapSection({ value }: SectionProps) {
  const phases = items(obj<Roadmap>(value).phases).map((p) => obj<RoadmapPhase>(p));
  return (
    <ol className="space-y-4">
      {phases.map((phase, index) => {
        const end = num(phase.days);
        const start = end === undefined ? undefined : PHASE_START[end];
        const milestones = items(phase.milestones).map((m) => obj<Milestone>(m));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: phases arrive in order
          <li key={index} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <h3 className="font-semibold">
              {end === undefined ? "…" : start === undefined ? `Until day ${end}` : `Days ${start}–${end}`}
            </h3>
            <Prose value={phase.focus} className="muted" />
            {milestones.length > 0 ? (
              <ul className="mt-2 space-y-2">
                {milestones.map((milestone, i) => {
                  const due = num(milestone.dueDay);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
                    <li key={i} className="border-l-2 border-brand-600 pl-3 dark:border-brand-300">
                      <p className="font-medium">{txt(milestone.title) ?? "…"}</p>
                      <p className="text-sm muted">
                        {[due === undefined ? undefined : `Due day ${due}`, txt(milestone.owner)].filter(Boolean).join(" · ")}
                      </p>
                      <Prose value={milestone.deliverable} className="text-sm" />
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
