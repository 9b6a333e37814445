"use client";

import { callApi, planPath } from "@/components/workspace/api-client";
import { ConfirmDialog } from "@/components/workspace/confirm-dialog";
import { rememberDeletedPlan } from "@/components/workspace/deleted-plans";
import { useApiAction } from "@/components/workspace/use-api-action";
import { useRefresh } from "@/components/workspace/use-refresh";
import type { PlanSummary } from "@/lib/store/types";

interface DeletePlanDialogProps {
  /** The plan to delete; null keeps the dialog closed. */
  plan: PlanSummary | null;
  onClose: () => void;
  onDeleted: (id: string) => void;
}

/**
 * "Delete this plan?" from My plans: the same soft delete as the workspace's, so
 * the notice above the list offers Undo for as long as the server allows it.
 */
export function DeletePlanDialog({ plan, onClose, onDeleted }: DeletePlanDialogProps) {
  const deletion = useApiAction();
  const { refresh } = useRefresh();

  const remove = async () => {
    if (!plan) return;
    const result = await deletion.run((signal) =>
      callApi<{ restorableUntil: string }>(planPath(plan.id), { method: "DELETE", signal }),
    );
    if (!result) return;
    rememberDeletedPlan({ id: plan.id, title: plan.title, restorableUntil: result.restorableUntil, deletedAt: Date.now() });
    onDeleted(plan.id);
    refresh();
  };

  return (
    <ConfirmDialog
      open={plan !== null}
      title="Delete this plan?"
      description={`“${plan?.title ?? ""}” disappears from your plans and its share links stop working. You can undo this from this page.`}
      confirmLabel="Delete plan"
      busyLabel="Deleting…"
      busy={deletion.busy}
      error={deletion.error}
      danger
      onConfirm={remove}
      onClose={() => {
        deletion.reset();
        onClose();
      }}
    />
  );
}
