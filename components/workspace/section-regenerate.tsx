"use client";

import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { SectionKey } from "@/ai/schemas/plan";
import type { FieldChange } from "@/lib/plans/diff";
import { callApi, planPath } from "./api-client";
import { ChangeList } from "./change-list";
import { ErrorMessage } from "./error-message";
import { useApiAction } from "./use-api-action";

interface SectionRegenerateProps {
  id: string;
  planId: string;
  section: SectionKey;
  title: string;
  /** True while the page refreshes with the rewritten section. */
  saving: boolean;
  onDone: (version: number) => void;
  /** The owner stopped a running regeneration (the model call is aborted with the request). */
  onStopped: () => void;
  onCancel: () => void;
}

/** A rewrite the server proposed, passed back as is to apply it (it is signed). */
type Proposal = { keptStated: boolean } & Record<string, unknown>;

/**
 * Rewrites one section with the model, following an optional instruction; one
 * model call that may take seconds. Nothing is saved until the owner has seen
 * what would change (the same diff as the history) and applied it; the figures
 * they stated or typed are kept unless they untick the box.
 */
export function SectionRegenerate({ id, planId, section, title, saving, onDone, onStopped, onCancel }: SectionRegenerateProps) {
  const [instruction, setInstruction] = useState("");
  const [keepStated, setKeepStated] = useState(true);
  const [preview, setPreview] = useState<{ proposal: Proposal; changes: FieldChange[] } | null>(null);
  const { run, busy: calling, error, cancel } = useApiAction();
  const busy = calling || saving;
  const input = useRef<HTMLInputElement>(null);
  const stop = useRef<HTMLButtonElement>(null);
  const fieldId = useId();

  useEffect(() => input.current?.focus(), []);
  // The submit button is disabled while the model works: keep focus on something usable.
  useEffect(() => {
    if (calling) stop.current?.focus();
  }, [calling]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPreview(null);
    const answer = await run((signal) =>
      callApi<{ proposal: Proposal; changes: FieldChange[] }>(planPath(planId, `/sections/${section}/regenerate`), {
        method: "POST",
        body: { instruction: instruction.trim(), preview: true, keepStated },
        signal,
      }),
    );
    if (answer) setPreview(answer);
  };

  const apply = async () => {
    if (!preview) return;
    const record = await run((signal) =>
      callApi<{ version: number }>(planPath(planId, `/sections/${section}/regenerate`), {
        method: "POST",
        body: { apply: preview.proposal },
        signal,
      }),
    );
    if (record) onDone(record.version);
  };

  return (
    <form
      id={id}
      onSubmit={submit}
      aria-label={`Regenerate ${title}`}
      aria-busy={busy}
      className="basis-full space-y-3 rounded-lg border border-slate-300 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-800/50"
    >
      <div>
        <label htmlFor={fieldId} className="field-label">
          What should change? <span className="font-normal muted">(optional)</span>
        </label>
        <input
          id={fieldId}
          ref={input}
          className="input"
          value={instruction}
          onChange={(event) => setInstruction(event.target.value)}
          maxLength={500}
          readOnly={busy}
          placeholder="e.g. more B2B, cut the budget by 20%"
          aria-describedby={`${fieldId}-hint`}
        />
        <p id={`${fieldId}-hint`} className="field-hint mt-1">
          Only this section is rewritten; the rest of the plan stays. You see what would change before anything is saved.
        </p>
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={keepStated} onChange={(event) => setKeepStated(event.target.checked)} />
          Keep the figures I stated or typed (channel shares, budget total)
        </label>
      </div>
      <div role="status" className="flex items-center gap-3 text-sm empty:sr-only" data-testid="regenerate-progress">
        {busy ? (
          <>
            <progress className="h-2 w-24 accent-brand-600" aria-label={`Rewriting ${title}`} />
            <span>Rewriting “{title}”… this can take a few seconds.</span>
          </>
        ) : null}
      </div>
      <ErrorMessage error={error} />
      {preview ? (
        <section aria-label={`What the rewrite of ${title} would change`} className="space-y-2" data-testid="regenerate-preview">
          <p className="text-sm font-medium">
            {preview.changes.length === 0
              ? "The rewrite changes nothing."
              : `${preview.changes.length === 1 ? "1 change" : `${preview.changes.length} changes`} if you apply this rewrite${
                  preview.proposal.keptStated ? " (your own figures kept)" : ""
                }:`}
          </p>
          <ChangeList changes={preview.changes} />
        </section>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {preview ? (
          <button type="button" className="btn-primary" onClick={apply} disabled={busy} aria-busy={busy}>
            {busy ? "Saving…" : "Apply this rewrite"}
          </button>
        ) : null}
        <button type="submit" className={preview ? "btn-secondary" : "btn-primary"} disabled={busy} aria-busy={busy}>
          {busy ? "Regenerating…" : preview ? "Try again" : "Show the rewrite"}
        </button>
        {calling ? (
          <button
            ref={stop}
            type="button"
            className="btn-secondary"
            onClick={() => {
              cancel();
              input.current?.focus();
              onStopped();
            }}
          >
            Stop
          </button>
        ) : (
          <button type="button" className="btn-secondary" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
