"use client";

import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { SectionKey } from "@/ai/schemas/plan";
import { callApi, planPath } from "./api-client";
import { editorText, parseEditorText } from "./editable-value";
import { ErrorMessage } from "./error-message";
import { useApiAction } from "./use-api-action";

/** The executive summary's limit in the plan schema. */
const SUMMARY_MAX = 2000;

interface SectionEditorProps {
  id: string;
  planId: string;
  section: SectionKey;
  title: string;
  value: unknown;
  /** True while the page refreshes with the saved section. */
  saving: boolean;
  onSaved: (version: number) => void;
  onCancel: () => void;
}

/**
 * Edits one section in place: the executive summary as text, structured sections
 * as JSON for now. The server validates against the section's schema and names
 * each field it refuses; nothing changes until it accepts.
 */
export function SectionEditor({ id, planId, section, title, value, saving, onSaved, onCancel }: SectionEditorProps) {
  const [text, setText] = useState(() => editorText(section, value));
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy: calling, error } = useApiAction();
  const busy = calling || saving;
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  const prose = section === "executiveSummary";

  useEffect(() => field.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseEditorText(section, text);
    if (!parsed.ok) {
      setProblem(parsed.message);
      field.current?.focus();
      return;
    }
    setProblem(null);
    const record = await run((signal) =>
      callApi<{ version: number }>(planPath(planId, `/sections/${section}`), {
        method: "PUT",
        body: { value: parsed.value },
        signal,
      }),
    );
    if (record) onSaved(record.version);
    else field.current?.focus();
  };

  return (
    <form id={id} data-editing onSubmit={submit} aria-label={`Edit ${title}`} className="basis-full space-y-3" noValidate>
      <div>
        <label htmlFor={fieldId} className="field-label">
          {prose ? "Summary" : `${title} (JSON)`}
        </label>
        <p id={`${fieldId}-hint`} className="field-hint">
          {prose
            ? `${text.length} of ${SUMMARY_MAX} characters. Saving makes a new version; the old text stays in the history.`
            : "Change the values and keep the keys. The server checks the section and lists anything to fix. Saving makes a new version."}
        </p>
        <textarea
          id={fieldId}
          ref={field}
          className={`input ${prose ? "leading-relaxed" : "font-mono text-sm"}`}
          rows={prose ? 8 : 18}
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={prose ? SUMMARY_MAX : undefined}
          spellCheck={prose}
          aria-invalid={problem !== null || error !== null}
          aria-describedby={`${fieldId}-hint ${fieldId}-problem`}
        />
      </div>
      <div id={`${fieldId}-problem`}>
        {problem ? (
          <p role="alert" className="field-error">
            {problem}
          </p>
        ) : null}
        <ErrorMessage error={error} />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={busy} aria-busy={busy}>
          {busy ? "Saving…" : "Save changes"}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
