"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { callApi, planPath } from "@/components/workspace/api-client";
import { type DeletedPlan, deletedPlans, forgetDeletedPlan, takeUnshownDeletion } from "@/components/workspace/deleted-plans";
import { ErrorMessage } from "@/components/workspace/error-message";
import { useApiAction } from "@/components/workspace/use-api-action";
import { useRefresh } from "@/components/workspace/use-refresh";

interface DeletedNoticeProps {
  /** Changes when a plan is deleted on this page, so the notice reads the session again. */
  revision?: number;
  onRestored?: (id: string) => void;
}

/** "Deleted — Undo" for every plan deleted in this browser session. */
export function DeletedNotice({ revision = 0, onRestored }: DeletedNoticeProps) {
  const { refresh } = useRefresh();
  const [plans, setPlans] = useState<DeletedPlan[]>([]);
  const [restored, setRestored] = useState<{ id: string; title: string } | null>(null);
  /** A deletion just made here, not yet shown: its Undo takes focus once it is on screen. */
  const [focusUndoOf, setFocusUndoOf] = useState<string | null>(null);
  const { run, busy, error } = useApiAction();
  const firstUndo = useRef<HTMLButtonElement>(null);
  const openRestored = useRef<HTMLAnchorElement>(null);

  // Session storage exists only in the browser: read it after hydration, and after each deletion here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision is the signal to read again
  useEffect(() => {
    const found = deletedPlans().filter((p) => Date.parse(p.restorableUntil) > Date.now());
    setPlans(found);
    const unshown = takeUnshownDeletion();
    if (unshown && found[0]?.id === unshown) setFocusUndoOf(unshown);
  }, [revision]);

  // Runs after the render that put the Undo button on screen, however long the page took to arrive.
  useEffect(() => {
    if (!focusUndoOf || plans[0]?.id !== focusUndoOf) return;
    firstUndo.current?.focus();
    setFocusUndoOf(null);
  }, [focusUndoOf, plans]);

  // The Undo button that had focus is gone: the way to the restored plan takes it.
  useEffect(() => {
    if (restored) openRestored.current?.focus();
  }, [restored]);

  const dismiss = (id: string) => {
    forgetDeletedPlan(id);
    setPlans((current) => current.filter((p) => p.id !== id));
  };

  const undo = async (plan: DeletedPlan) => {
    const result = await run((signal) => callApi<{ id: string }>(planPath(plan.id, "/restore"), { method: "POST", signal }));
    if (!result) return;
    refresh(() => {
      dismiss(plan.id);
      onRestored?.(plan.id);
      setRestored({ id: plan.id, title: plan.title });
    });
  };

  return (
    <div role="status" className="space-y-2 empty:sr-only" data-testid="deleted-notice">
      {plans.map((plan, index) => (
        <div
          key={plan.id}
          className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
        >
          <p className="min-w-0 flex-1 break-words">
            Deleted “{plan.title}”. You can undo this until{" "}
            {new Date(plan.restorableUntil).toLocaleDateString("en", { dateStyle: "medium", timeZone: "UTC" })}.
          </p>
          <button
            ref={index === 0 ? firstUndo : undefined}
            type="button"
            className="btn-primary"
            onClick={() => undo(plan)}
            disabled={busy}
          >
            Undo<span className="sr-only"> deleting “{plan.title}”</span>
          </button>
          <button type="button" className="btn-secondary" onClick={() => dismiss(plan.id)}>
            Dismiss
          </button>
        </div>
      ))}
      <ErrorMessage error={error} />
      {restored ? (
        <p className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950/40">
          “{restored.title}” is back.{" "}
          <Link ref={openRestored} href={`/plans/${restored.id}`} className="font-semibold underline underline-offset-2">
            Open it
          </Link>
        </p>
      ) : null}
    </div>
  );
}
