"use client";

import type { ReactNode } from "react";
import type { ApiError } from "./api-client";
import { dangerButton } from "./button-styles";
import { ErrorMessage } from "./error-message";
import { ModalDialog } from "./modal-dialog";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error: ApiError | null;
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** "Are you sure?" with the consequence spelled out; Cancel is focused first, so Enter never destroys anything. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, description, confirmLabel, busyLabel, busy, error, danger, onConfirm, onClose } = props;
  return (
    <ModalDialog open={open} onClose={onClose} title={title} description={description}>
      <ErrorMessage error={error} />
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" className="btn-secondary" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button
          type="button"
          className={danger ? dangerButton : "btn-primary"}
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
