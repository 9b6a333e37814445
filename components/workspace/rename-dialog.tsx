"use client";

import { type FormEvent, useState } from "react";
import { callApi, planPath } from "./api-client";
import { ErrorMessage } from "./error-message";
import { ModalDialog } from "./modal-dialog";
import { useApiAction } from "./use-api-action";

const MAX_TITLE = 160;

interface RenameDialogProps {
  planId: string;
  title: string;
  open: boolean;
  /** True while the page refreshes with the new title. */
  saving: boolean;
  onClose: () => void;
  onRenamed: (title: string) => void;
}

export function RenameDialog({ open, onClose, ...form }: RenameDialogProps) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Rename plan" testId="rename-dialog">
      {/* Mounted only while open: every opening starts from the current title. */}
      <RenameForm {...form} onClose={onClose} />
    </ModalDialog>
  );
}

function RenameForm({ planId, title, saving, onClose, onRenamed }: Omit<RenameDialogProps, "open">) {
  const [draft, setDraft] = useState(title);
  const { run, busy: calling, error } = useApiAction();
  const busy = calling || saving;
  const trimmed = draft.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === title) return onClose();
    const saved = await run((signal) =>
      callApi<{ title: string }>(planPath(planId), { method: "PATCH", body: { title: trimmed }, signal }),
    );
    if (saved) onRenamed(saved.title);
  };

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div>
        <label htmlFor="plan-title" className="field-label">
          Title
        </label>
        <input
          id="plan-title"
          className="input"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={MAX_TITLE}
          required
          aria-invalid={trimmed === "" || error !== null}
          aria-describedby="plan-title-hint plan-title-error"
          data-autofocus
        />
        <p id="plan-title-hint" className="field-hint mt-1">
          {trimmed === "" ? "The title cannot be empty." : `${draft.length} of ${MAX_TITLE} characters.`}
        </p>
      </div>
      <ErrorMessage error={error} id="plan-title-error" />
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className="btn-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn-primary" disabled={busy || trimmed === ""} aria-busy={busy}>
          {busy ? "Saving…" : "Save title"}
        </button>
      </div>
    </form>
  );
}
