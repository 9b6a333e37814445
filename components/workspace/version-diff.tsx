"use client";

import { useEffect, useState } from "react";
import type { FieldChange } from "@/lib/plans/diff";
import { callApi, planPath } from "./api-client";
import { ChangeList, withoutDuplicateTitle } from "./change-list";
import { ErrorMessage } from "./error-message";
import { useApiAction } from "./use-api-action";

interface VersionDiffProps {
  id: string;
  planId: string;
  from: number;
  to: number;
}

/** What changed from one version to another, field by field, every value as plain text. */
export function VersionDiff({ id, planId, from, to }: VersionDiffProps) {
  const [changes, setChanges] = useState<FieldChange[] | null>(null);
  const { run, busy, error } = useApiAction();

  useEffect(() => {
    void run((signal) => callApi<{ changes: FieldChange[] }>(planPath(planId, `/diff?from=${from}&to=${to}`), { signal })).then(
      (result) => {
        if (result) setChanges(withoutDuplicateTitle(result.changes));
      },
    );
  }, [run, planId, from, to]);

  return (
    <section id={id} aria-label={`Changes from version ${from} to version ${to}`} className="mt-3 space-y-2" data-testid="diff">
      {busy ? <p className="text-sm muted">Comparing version {from} with the current plan…</p> : null}
      <ErrorMessage error={error} />
      {changes?.length === 0 ? <p className="text-sm">No differences: this version matches the current plan.</p> : null}
      {changes && changes.length > 0 ? (
        <>
          <p className="text-sm muted">
            {changes.length === 1 ? "1 change" : `${changes.length} changes`} from version {from} to the current version {to}:
          </p>
          <ChangeList changes={changes} />
        </>
      ) : null}
    </section>
  );
}
