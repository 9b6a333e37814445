"use client";

import { useMemo, useState } from "react";
import type { Page, PlanVersionSummary } from "@/lib/store/types";
import { callApi, planPath } from "./api-client";
import { smallButton } from "./button-styles";
import { describeChange, formatUtc, undoneByRestore } from "./change-text";
import { ConfirmDialog } from "./confirm-dialog";
import { ErrorMessage } from "./error-message";
import { useApiAction } from "./use-api-action";
import { useRefresh } from "./use-refresh";
import { VersionDiff } from "./version-diff";

interface VersionHistoryProps {
  planId: string;
  currentVersion: number;
  /** The newest versions, rendered by the server; refreshed with the page after every change. */
  firstPage: Page<PlanVersionSummary>;
}

/** Every saved version, newest first: compare one with the current plan, or restore it (as a new version). */
export function VersionHistory({ planId, currentVersion, firstPage }: VersionHistoryProps) {
  const { refresh, refreshing } = useRefresh();
  const [older, setOlder] = useState<Page<PlanVersionSummary> | null>(null);
  const [comparing, setComparing] = useState<number | null>(null);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const loading = useApiAction();
  const restore = useApiAction();

  // Older pages never change; the first page moves on with every new version.
  const versions = useMemo(() => {
    const seen = new Set(firstPage.items.map((v) => v.version));
    return [...firstPage.items, ...(older?.items ?? []).filter((v) => !seen.has(v.version))];
  }, [firstPage, older]);
  const nextCursor = older ? older.nextCursor : firstPage.nextCursor;

  const loadOlder = async () => {
    if (!nextCursor) return;
    const page = await loading.run((signal) =>
      callApi<Page<PlanVersionSummary>>(planPath(planId, `/versions?cursor=${encodeURIComponent(nextCursor)}`), { signal }),
    );
    if (page) setOlder((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
  };

  const confirmRestore = async () => {
    if (restoring === null) return;
    const from = restoring;
    const record = await restore.run((signal) =>
      callApi<{ version: number }>(planPath(planId, `/versions/${from}/restore`), { method: "POST", signal }),
    );
    if (!record) return;
    refresh(() => {
      setRestoring(null);
      setComparing(null);
      setStatus(`Version ${from} restored as version ${record.version}.`);
    });
  };

  return (
    <section
      id="version-history"
      aria-labelledby="version-history-heading"
      className="card history-drawer scroll-mt-4"
      data-testid="versions"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="version-history-heading" className="text-xl font-semibold tracking-tight">
          Version history
        </h2>
        {/* biome-ignore lint/a11y/useValidAnchor: a real link (without script it scrolls to the history); the click also opens or closes the side panel */}
        <a
          href="#plan-top"
          className={`history-close ${smallButton}`}
          onClick={() => {
            delete document.documentElement.dataset.history;
          }}
        >
          Close<span className="sr-only"> version history</span>
        </a>
      </div>
      <p className="mt-1 text-sm muted">
        Every rename, edit, regeneration and restore is kept. Restoring never deletes a version.
      </p>
      <p role="status" className="mt-2 text-sm font-medium empty:sr-only" data-testid="versions-status">
        {status}
      </p>
      <ol className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
        {versions.map((version) => {
          const current = version.version === currentVersion;
          const diffId = `diff-${version.version}`;
          return (
            <li key={version.version} className="py-3" data-version={version.version}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p>
                  <span className="font-semibold">Version {version.version}</span>
                  {current ? (
                    <span className="ml-2 rounded-md bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-700 dark:bg-slate-800 dark:text-brand-300">
                      Current
                    </span>
                  ) : null}
                  <span className="block" data-testid="version-change">
                    {describeChange(version.change)}
                  </span>
                  <time dateTime={version.createdAt} className="block text-sm muted">
                    {formatUtc(version.createdAt)}
                  </time>
                </p>
                {current ? null : (
                  <div className="flex flex-wrap gap-2">
                    <button
                      type="button"
                      className={smallButton}
                      aria-expanded={comparing === version.version}
                      aria-controls={comparing === version.version ? diffId : undefined}
                      onClick={() => setComparing((c) => (c === version.version ? null : version.version))}
                    >
                      Compare with current<span className="sr-only"> (version {version.version})</span>
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      onClick={() => setRestoring(version.version)}
                      aria-haspopup="dialog"
                    >
                      Restore<span className="sr-only"> version {version.version}</span>
                    </button>
                  </div>
                )}
              </div>
              {comparing === version.version ? (
                <VersionDiff
                  key={`${version.version}-${currentVersion}`}
                  id={diffId}
                  planId={planId}
                  from={version.version}
                  to={currentVersion}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      <ErrorMessage error={loading.error} />
      {nextCursor ? (
        <button type="button" className="btn-secondary mt-2" onClick={loadOlder} disabled={loading.busy}>
          {loading.busy ? "Loading…" : "Show older versions"}
        </button>
      ) : null}
      <ConfirmDialog
        open={restoring !== null}
        title={`Restore version ${restoring ?? ""}?`}
        description={restoreDescription(restoring, versions)}
        confirmLabel="Restore this version"
        busyLabel="Restoring…"
        busy={restore.busy || refreshing}
        error={restore.error}
        onConfirm={confirmRestore}
        onClose={() => {
          restore.reset();
          setRestoring(null);
        }}
      />
    </section>
  );
}

/**
 * Says which later edits the restore undoes, each by name, so an unrelated
 * edit (a KPI typed after the regeneration being undone) is not lost unnoticed.
 */
function restoreDescription(restoring: number | null, versions: PlanVersionSummary[]) {
  if (restoring === null) return "";
  const undone = undoneByRestore(versions, restoring);
  return (
    <>
      The plan goes back to how it was in version {restoring}. This undoes{" "}
      {undone.length === 1 ? "this later edit" : `these ${undone.length} later edits`}:
      {undone.map((line) => (
        <span key={line} className="block pl-3" data-testid="undone-edit">
          • {line}
        </span>
      ))}
      <span className="block">
        The restore is saved as a new version, so nothing in the history is lost and you can restore the current plan later.
      </span>
    </>
  );
}
