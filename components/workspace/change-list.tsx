"use client";

import { useState } from "react";
import type { FieldChange } from "@/lib/plans/diff";
import { describePath, valueText } from "./change-text";

const FIRST_ROWS = 40;

/** The title is stored twice (record and plan); one line for a rename is enough. */
export function withoutDuplicateTitle(changes: FieldChange[]): FieldChange[] {
  return changes.some((c) => c.path === "title") ? changes.filter((c) => c.path !== "plan.title") : changes;
}

/** Changes field by field, every value as plain text; the history and the regenerate preview both use it. */
export function ChangeList({ changes }: { changes: FieldChange[] }) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? changes : changes.slice(0, FIRST_ROWS);
  return (
    <>
      <ul className="space-y-2">
        {shown.map((change) => (
          <li key={change.path} className="rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700">
            <p className="font-semibold">
              {describePath(change.path)}
              {change.kind === "changed" ? null : <span className="ml-2 font-normal muted">({change.kind})</span>}
            </p>
            <p className="mt-1 break-words whitespace-pre-line">
              {change.kind !== "added" ? (
                <del className="bg-red-50 text-red-900 dark:bg-red-950/50 dark:text-red-200">
                  <span className="sr-only">Before: </span>
                  {valueText(change.before)}
                </del>
              ) : null}
              {change.kind === "changed" ? <span aria-hidden="true"> → </span> : null}
              {change.kind !== "removed" ? (
                <ins className="bg-emerald-50 text-emerald-900 no-underline dark:bg-emerald-950/50 dark:text-emerald-200">
                  <span className="sr-only">After: </span>
                  {valueText(change.after)}
                </ins>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      {changes.length > FIRST_ROWS && !showAll ? (
        <button type="button" className="btn-secondary" onClick={() => setShowAll(true)}>
          Show all {changes.length} changes
        </button>
      ) : null}
    </>
  );
}
