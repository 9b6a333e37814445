"use client";

import { type FormEvent, type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import type { SectionKey } from "@/ai/schemas/plan";
import { callApi, planPath } from "./api-client";
import { smallButton } from "./button-styles";
import { editorText, parseEditorText } from "./editable-value";
import { ErrorMessage } from "./error-message";
import { toSectionValue } from "./section-form/form-value";
import { SectionForm } from "./section-form/section-form";
import { checkSection, onlySharesOff, type Problems, serverProblems } from "./section-form/validate";
import { useApiAction } from "./use-api-action";

const NO_PROBLEMS: Problems = new Map();

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
 * Edits one section in place with a form generated from its schema, checked with
 * that schema as you go (after the first Save) and, finally, by the server, whose
 * refusals appear beside the fields too. "Edit as JSON" is the fallback.
 * Ctrl/Cmd+Enter saves, Escape cancels.
 */
export function SectionEditor({ id, planId, section, title, value, saving, onSaved, onCancel }: SectionEditorProps) {
  const [draft, setDraft] = useState<unknown>(() => structuredClone(value));
  const [json, setJson] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [jsonProblem, setJsonProblem] = useState<string | null>(null);
  const { run, busy: calling, error } = useApiAction();
  const busy = calling || saving;
  const form = useRef<HTMLFormElement>(null);
  const hintId = useId();

  const focusFirst = useCallback((selector: string) => {
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(selector)?.focus());
  }, []);
  useEffect(() => focusFirst("input, textarea, select"), [focusFirst]);

  const change = useCallback(
    (next: unknown) => {
      setDraft(next);
      if (checked) {
        const result = checkSection(section, next);
        setProblems(result.ok ? NO_PROBLEMS : result.problems);
      }
    },
    [checked, section],
  );

  const switchMode = () => {
    if (json === null) {
      setJson(editorText(section, toSectionValue(section, draft)));
      return;
    }
    const parsed = parseEditorText(section, json);
    if (!parsed.ok) return setJsonProblem(parsed.message);
    setJsonProblem(null);
    // The budget's computed amounts are not in the JSON: keep showing them.
    setDraft(section === "budget" ? { ...(draft as object), ...(parsed.value as object) } : parsed.value);
    setJson(null);
  };

  const save = async (scaleShares: boolean) => {
    let candidate = draft;
    if (json !== null) {
      const parsed = parseEditorText(section, json);
      if (!parsed.ok) {
        setJsonProblem(parsed.message);
        return focusFirst("textarea");
      }
      candidate = parsed.value;
    }
    setJsonProblem(null);
    const result = checkSection(section, candidate, { scaleShares });
    setChecked(true);
    if (!result.ok) {
      setProblems(result.problems);
      return focusFirst('[aria-invalid="true"], [data-testid="field-problem"]');
    }
    setProblems(NO_PROBLEMS);
    const record = await run((signal) =>
      callApi<{ version: number }>(planPath(planId, `/sections/${section}`), {
        method: "PUT",
        body: scaleShares ? { value: result.value, normaliseShares: true } : { value: result.value },
        signal,
      }),
    );
    if (record) onSaved(record.version);
    else focusFirst('[aria-invalid="true"], [role="alert"]');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save(false);
  };

  const keys = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  };

  const shown =
    error && error.fields.length > 0 && json === null ? mergeProblems(problems, serverProblems(error.fields)) : problems;
  const count = [...shown.values()].reduce((n, list) => n + list.length, 0);
  const canScale = section === "channels" && json === null && onlySharesOff(shown);
  return (
    <form
      ref={form}
      id={id}
      data-editing
      onSubmit={submit}
      onKeyDown={keys}
      aria-label={`Edit ${title}`}
      aria-describedby={hintId}
      className="basis-full space-y-4"
      noValidate
    >
      <p id={hintId} className="field-hint">
        Saving makes a new version; the old one stays in the history. Ctrl+Enter (⌘+Enter) saves, Escape cancels.
      </p>
      {json === null ? (
        <SectionForm section={section} title={title} value={draft} problems={shown} onChange={change} />
      ) : (
        <div>
          <label htmlFor={`${id}-json`} className="field-label">
            {title} (JSON)
          </label>
          <textarea
            id={`${id}-json`}
            className="input font-mono text-sm"
            rows={18}
            value={json}
            spellCheck={false}
            onChange={(event) => setJson(event.target.value)}
            aria-invalid={jsonProblem !== null}
          />
        </div>
      )}
      <div aria-live="polite">
        {jsonProblem ? (
          <p role="alert" className="field-error">
            {jsonProblem}
          </p>
        ) : null}
        {count > 0 && !error ? (
          <p role="alert" className="field-error" data-testid="form-problems">
            {count === 1 ? "One field needs" : `${count} fields need`} attention before saving: see the messages beside them.
          </p>
        ) : null}
        <ErrorMessage error={error} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className="btn-primary" disabled={busy} aria-busy={busy}>
          {busy ? "Saving…" : "Save changes"}
        </button>
        {canScale ? (
          <button type="button" className="btn-secondary" onClick={() => void save(true)} disabled={busy}>
            Scale the shares to 100% and save
          </button>
        ) : null}
        <button type="button" className="btn-secondary" onClick={onCancel}>
          Cancel
        </button>
        {section === "executiveSummary" ? null : (
          <button type="button" className={`${smallButton} ml-auto`} onClick={switchMode}>
            {json === null ? "Edit as JSON" : "Back to the form"}
          </button>
        )}
      </div>
    </form>
  );
}

function mergeProblems(a: Problems, b: Problems): Problems {
  const merged = new Map(a);
  for (const [key, messages] of b) merged.set(key, [...(merged.get(key) ?? []), ...messages]);
  return merged;
}
