import Link from "next/link";
import type { Ref } from "react";
import { SECTION_KEYS } from "@/ai/schemas/plan";
import { completedCount, type GenerationState, isBusy, progressText } from "./generation-state";
import { NoticeList } from "./notice-list";

interface GenerationStatusProps {
  state: GenerationState;
  subject: string;
  onCancel: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

function writerLabel({ meta, notices }: GenerationState): string | null {
  if (!meta) return null;
  // After a fallback notice the built-in planner writes, whatever `meta` said at the start.
  const builtin = meta.provider === "builtin" || notices.some((notice) => notice.kind === "fallback");
  return builtin ? "Writer: the built-in planner (deterministic templates, no AI)." : `Writer: Gemini, model ${meta.model}.`;
}

/** What is happening now: progress, who is writing, notices, and how it ended. */
export function GenerationStatus({ state, subject, onCancel, headingRef }: GenerationStatusProps) {
  const busy = isBusy(state.status);
  const done = completedCount(state);
  const writer = writerLabel(state);
  return (
    <section
      aria-labelledby="generation-heading"
      className="card space-y-3"
      data-testid="generation-status"
      data-status={state.status}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id="generation-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
            {state.status === "saved"
              ? "Plan saved"
              : state.status === "unsaved"
                ? "Plan ready, saving when possible"
                : busy
                  ? "Writing your plan"
                  : "Plan not finished"}
          </h2>
          <p className="truncate text-sm muted">For: {subject}</p>
        </div>
        {busy ? (
          <button type="button" onClick={onCancel} className="btn-secondary">
            Cancel
          </button>
        ) : null}
      </div>
      {busy ? (
        <>
          <p data-testid="progress" className="font-medium">
            {progressText(state)}
          </p>
          <progress
            value={done}
            max={SECTION_KEYS.length}
            aria-label={`${done} of ${SECTION_KEYS.length} sections written`}
            className="h-2 w-full overflow-hidden rounded-full accent-brand-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600 dark:[&::-webkit-progress-bar]:bg-slate-800"
          />
        </>
      ) : null}
      {writer ? (
        <p className="text-sm" data-testid="writer">
          {writer}
        </p>
      ) : null}
      <NoticeList notices={state.notices} />
      {state.status === "saved" && state.saved ? (
        <p role="status">
          Opening the saved plan…{" "}
          <Link href={`/plans/${state.saved.id}`} className="font-medium underline underline-offset-2">
            Open it now
          </Link>
        </p>
      ) : null}
      {state.status === "cancelled" ? (
        <p role="status">Cancelled. Nothing was saved; change the details below or try again.</p>
      ) : null}
      {state.status === "failed" && state.error ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-red-900 dark:bg-red-950/50 dark:text-red-200">
          <p className="font-medium">{state.error.message}</p>
          {state.error.requestId ? <p className="mt-1 text-xs">Request id: {state.error.requestId}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
