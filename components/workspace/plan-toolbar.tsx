"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, planPath } from "./api-client";
import { dangerOutlineButton } from "./button-styles";
import { ConfirmDialog } from "./confirm-dialog";
import { rememberDeletedPlan } from "./deleted-plans";
import { ExportMenu } from "./export-menu";
import { RenameDialog } from "./rename-dialog";
import { ShareDialog } from "./share-dialog";
import { useApiAction } from "./use-api-action";
import { useRefresh } from "./use-refresh";

type OpenDialog = "rename" | "share" | "delete" | null;

interface PlanToolbarProps {
  planId: string;
  title: string;
  /** How long a deleted plan can be restored (the server's undo window). */
  undoDays: number;
}

/** The owner's actions on the whole plan: rename, share, export, delete, and a way to the version history. */
export function PlanToolbar({ planId, title, undoDays }: PlanToolbarProps) {
  const router = useRouter();
  const [open, setOpen] = useState<OpenDialog>(null);
  const [status, setStatus] = useState("");
  const deletion = useApiAction();
  const { refresh, refreshing } = useRefresh();
  const close = () => setOpen(null);

  const remove = async () => {
    const result = await deletion.run((signal) =>
      callApi<{ restorableUntil: string }>(planPath(planId), { method: "DELETE", signal }),
    );
    if (!result) return;
    rememberDeletedPlan({ id: planId, title, restorableUntil: result.restorableUntil, deletedAt: Date.now() });
    router.push("/plans");
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2" data-testid="plan-toolbar">
        <button type="button" className="btn-secondary" onClick={() => setOpen("rename")} aria-haspopup="dialog">
          Rename
        </button>
        <button type="button" className="btn-secondary" onClick={() => setOpen("share")} aria-haspopup="dialog">
          Share
        </button>
        <ExportMenu basePath={planPath(planId, "/export")} authorized />
        {/* biome-ignore lint/a11y/useValidAnchor: a real link (without script it scrolls to the history); the click also opens or closes the side panel */}
        <a
          href="#version-history"
          className="btn-secondary"
          onClick={() => {
            document.documentElement.dataset.history = "open";
          }}
        >
          Version history
        </a>
        <button type="button" className={dangerOutlineButton} onClick={() => setOpen("delete")} aria-haspopup="dialog">
          Delete
        </button>
      </div>
      <p role="status" className="text-sm muted empty:hidden" data-testid="toolbar-status">
        {status}
      </p>
      <RenameDialog
        planId={planId}
        title={title}
        open={open === "rename"}
        saving={refreshing}
        onClose={close}
        onRenamed={(next) =>
          refresh(() => {
            close();
            setStatus(`Renamed to “${next}”.`);
          })
        }
      />
      <ShareDialog planId={planId} open={open === "share"} onClose={close} />
      <ConfirmDialog
        open={open === "delete"}
        title="Delete this plan?"
        description={`“${title}” disappears from your plans and its share links stop working. You can undo this for ${undoDays} days.`}
        confirmLabel="Delete plan"
        busyLabel="Deleting…"
        busy={deletion.busy}
        error={deletion.error}
        danger
        onConfirm={remove}
        onClose={() => {
          deletion.reset();
          close();
        }}
      />
    </div>
  );
}
