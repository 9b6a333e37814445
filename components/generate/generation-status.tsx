import Link from "next/link";
import type { Ref } from "react";
import { SECTION_KEYS } from "@/ai/schemas/plan";
import { FailurePanel } from "./failure-panel";
import { completedCount, type GenerationState, isBusy, progressText } from "./generation-state";
import { NoticeList } from "./notice-list";

interface GenerationStatusProps {
  state: GenerationState;
  subject: string;
  online: boolean;
  onCancel: () => void;
  onRetry: () => void;
  /** Back to the form, at the field to change. */
  onEdit: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

function writerLabel({ meta, notices }: GenerationState): string | null {
  if (!meta) return null;
  // After a fallback notice the built-in planner writes, whatever `meta` said at the start.
  const builtin = meta.provider === "builtin" || notices.some((notice) => notice.kind === "fallback");
  return builtin ? "Writer: the built-in planner (deterministic templates, no AI)." : `Writer: Gemini, model ${meta.model}.`;
}

/** What is happening now: progress, who is writing, notices, and how it ended. */
export function GenerationStatus({ state, subject, online, onCancel, onRetry, onEdit, headingRef }: GenerationStatusProps) {
  const busy = isBusy(state.status);
  const done = completedCount(state);
  const total = SECTION_KEYS.length;
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
          <p data-testid="progress" id="generation-progress-text" className="font-medium">
            {progressText(state)}
          </p>
          <div
            role="progressbar"
            aria-labelledby="generation-progress-text"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={done}
            aria-valuetext={`${done} of ${total} sections written`}
            data-testid="progressbar"
            className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
          >
            <div
              className="h-full rounded-full bg-brand-600 transition-[width] motion-reduce:transition-none dark:bg-brand-300"
              style={{ width: `${(done / total) * 100}%` }}
            />
          </div>
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
        <div className="flex flex-wrap items-center gap-3">
          <p role="status">Cancelled. Nothing was saved; change the details below or try again.</p>
          <button type="button" className="btn-secondary" onClick={onRetry} disabled={!online}>
            Try again
          </button>
        </div>
      ) : null}
      {state.status === "failed" && state.error ? (
        <FailurePanel failure={state.error} online={online} onRetry={onRetry} onEdit={onEdit} />
      ) : null}
    </section>
  );
}
