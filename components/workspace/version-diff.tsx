"use client";

import { useEffect, useState } from "react";
import type { FieldChange } from "@/lib/plans/diff";
import { callApi, planPath } from "./api-client";
import { describePath, valueText } from "./change-text";
import { ErrorMessage } from "./error-message";
import { useApiAction } from "./use-api-action";

const FIRST_ROWS = 40;

interface VersionDiffProps {
  id: string;
  planId: string;
  from: number;
  to: number;
}

/** The title is stored twice (record and plan); one line for a rename is enough. */
function withoutDuplicateTitle(changes: FieldChange[]): FieldChange[] {
  return changes.some((c) => c.path === "title") ? changes.filter((c) => c.path !== "plan.title") : changes;
}

/** What changed from one version to another, field by field, every value as plain text. */
export function VersionDiff({ id, planId, from, to }: VersionDiffProps) {
  const [changes, setChanges] = useState<FieldChange[] | null>(null);
  const [showAll, setShowAll] = useState(false);
  const { run, busy, error } = useApiAction();

  useEffect(() => {
    void run((signal) => callApi<{ changes: FieldChange[] }>(planPath(planId, `/diff?from=${from}&to=${to}`), { signal })).then(
      (result) => {
        if (result) setChanges(withoutDuplicateTitle(result.changes));
      },
    );
  }, [run, planId, from, to]);

  const shown = changes && !showAll ? changes.slice(0, FIRST_ROWS) : changes;
  return (
    <section id={id} aria-label={`Changes from version ${from} to version ${to}`} className="mt-3 space-y-2" data-testid="diff">
      {busy ? <p className="text-sm muted">Comparing version {from} with the current plan…</p> : null}
      <ErrorMessage error={error} />
      {changes?.length === 0 ? <p className="text-sm">No differences: this version matches the current plan.</p> : null}
      {shown && shown.length > 0 ? (
        <>
          <p className="text-sm muted">
            {changes?.length === 1 ? "1 change" : `${changes?.length} changes`} from version {from} to the current version {to}:
          </p>
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
          {changes && changes.length > FIRST_ROWS && !showAll ? (
            <button type="button" className="btn-secondary" onClick={() => setShowAll(true)}>
              Show all {changes.length} changes
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
