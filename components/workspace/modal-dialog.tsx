"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";

interface ModalDialogProps {
  open: boolean;
  /** Called when the dialog closes itself (Escape, or the close button). */
  onClose: () => void;
  title: string;
  /** One sentence under the title, read out with it. */
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/**
 * A labelled modal `<dialog>`: the browser keeps focus inside it and closes it on
 * Escape; focus starts on the element marked `data-autofocus` (else the first
 * focusable one) and goes back to whatever opened it.
 */
export function ModalDialog({ open, onClose, title, description, children, testId }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
      // React does not render the autofocus attribute, so the dialog's own focusing steps cannot see it.
      element.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onClose={() => {
        opener.current?.focus();
        opener.current = null;
        onClose();
      }}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {open ? (
        <div className="space-y-4 p-5 sm:p-6">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="muted">
              {description}
            </p>
          ) : null}
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
