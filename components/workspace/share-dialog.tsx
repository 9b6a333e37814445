"use client";

import { useRef, useState } from "react";
import { callApi, planPath } from "./api-client";
import { dangerOutlineButton } from "./button-styles";
import { ErrorMessage } from "./error-message";
import { ModalDialog } from "./modal-dialog";
import { useApiAction } from "./use-api-action";

interface ShareDialogProps {
  planId: string;
  open: boolean;
  onClose: () => void;
}

/**
 * Create a read-only link (its token is shown once, here), copy it, or revoke
 * every link to the plan. The server does not say whether links exist, so the
 * dialog only knows the link it created in this visit.
 */
export function ShareDialog({ planId, open, onClose }: ShareDialogProps) {
  const [url, setUrl] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const { run, busy, error, reset } = useApiAction();
  const urlInput = useRef<HTMLInputElement>(null);

  const create = async () => {
    setNote("");
    const link = await run((signal) => callApi<{ token: string }>(planPath(planId, "/share"), { method: "POST", signal }));
    if (!link) return;
    // The server's `url` is built from the origin it sees, which behind a proxy (or `next start -H`)
    // is not always the one the browser used; the page's own origin always is.
    setUrl(`${window.location.origin}/shared/${link.token}`);
    setNote("Link created. Anyone who has it can read this plan.");
    // The button that had focus is gone: focus moves to the link, selected, ready to copy.
    requestAnimationFrame(() => urlInput.current?.focus());
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setNote("Link copied to the clipboard.");
    } catch {
      urlInput.current?.select();
      setNote("Copying was blocked by the browser: the link is selected, press Ctrl+C (or ⌘C) to copy it.");
    }
  };

  const revoke = async () => {
    setNote("");
    const result = await run((signal) => callApi<{ revoked: number }>(planPath(planId, "/share"), { method: "DELETE", signal }));
    if (!result) return;
    setUrl(null);
    setNote(
      result.revoked === 0
        ? "There were no live links to revoke."
        : `${result.revoked === 1 ? "The link was" : `${result.revoked} links were`} revoked: opening ${result.revoked === 1 ? "it" : "them"} now shows “not found”.`,
    );
  };

  const close = () => {
    setUrl(null);
    setNote("");
    reset();
    onClose();
  };

  return (
    <ModalDialog
      open={open}
      onClose={close}
      title="Share a read-only link"
      description="People with the link can read the plan, not change it, and see nothing about you. Revoking stops every link to this plan at once."
      testId="share-dialog"
    >
      {url ? (
        <div className="space-y-2">
          <label htmlFor="share-url" className="field-label">
            Share link
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="share-url"
              ref={urlInput}
              className="input mt-0 min-w-0 flex-1 font-mono text-sm"
              value={url}
              readOnly
              onFocus={(event) => event.target.select()}
            />
            <button type="button" className="btn-primary" onClick={copy} data-autofocus>
              Copy link
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn-primary" onClick={create} disabled={busy} aria-busy={busy} data-autofocus>
          {busy ? "Creating…" : "Create link"}
        </button>
      )}
      <p role="status" className="min-h-5 text-sm" data-testid="share-status">
        {note}
      </p>
      <ErrorMessage error={error} />
      <div className="flex flex-wrap justify-between gap-2 border-t border-slate-200 pt-4 dark:border-slate-700">
        <button type="button" className={dangerOutlineButton} onClick={revoke} disabled={busy}>
          Revoke all links
        </button>
        <button type="button" className="btn-secondary" onClick={close}>
          Done
        </button>
      </div>
    </ModalDialog>
  );
}
