"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { callApi } from "@/components/workspace/api-client";
import { ErrorMessage } from "@/components/workspace/error-message";
import { useApiAction } from "@/components/workspace/use-api-action";
import { PLAN_SORT_LABELS } from "@/lib/store/plan-listing";
import type { Page, PlanSummary } from "@/lib/store/types";
import { DeletePlanDialog } from "./delete-plan-dialog";
import { type ListParams, listApiUrl } from "./list-params";
import { PLANS_PAGE_SIZE } from "./page-size";
import { PlanListItem } from "./plan-list-item";

interface PlansListProps {
  params: ListParams;
  /** The first page, rendered by the server; null when only the browser knows who it is (Firebase sign-in). */
  firstPage: Page<PlanSummary> | null;
  /** Plans deleted from this page (and not restored): gone from view even if a loaded page still holds them. */
  hidden: ReadonlySet<string>;
  /** A new search or order is on its way: this list is about to be replaced. */
  pending: boolean;
  onClearSearch: () => void;
  onDeleted: (id: string) => void;
}

/** The caller's plans for one search and order, with "Load more" through the API's cursor. */
export function PlansList({ params, firstPage, hidden, pending, onClearSearch, onDeleted }: PlansListProps) {
  const [more, setMore] = useState<Page<PlanSummary> | null>(null);
  const [deleting, setDeleting] = useState<PlanSummary | null>(null);
  const { run, busy, error } = useApiAction();

  const load = async (cursor: string | null) => {
    const page = await run((signal) => callApi<Page<PlanSummary>>(listApiUrl(params, PLANS_PAGE_SIZE, cursor), { signal }));
    if (page) setMore((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
  };

  useEffect(() => {
    if (firstPage === null)
      void run((signal) => callApi<Page<PlanSummary>>(listApiUrl(params, PLANS_PAGE_SIZE), { signal })).then(
        (page) => page && setMore(page),
      );
  }, [firstPage, run, params]);

  // The server's first page is fresh after every refresh; pages loaded later are appended without repeats.
  const plans = useMemo(() => {
    const first = firstPage?.items ?? [];
    const seen = new Set(first.map((p) => p.id));
    return [...first, ...(more?.items ?? []).filter((p) => !seen.has(p.id))].filter((p) => !hidden.has(p.id));
  }, [firstPage, more, hidden]);
  const nextCursor = more ? more.nextCursor : (firstPage?.nextCursor ?? null);
  const loadingFirst = firstPage === null && more === null;
  const searching = params.query !== "";

  if (loadingFirst && !error) return <p className="muted">Loading your plans…</p>;
  if (plans.length === 0 && !error && !nextCursor) {
    return searching ? (
      <div className="card space-y-3 text-center" data-testid="plans-no-match" aria-busy={pending}>
        <p className="text-lg font-semibold break-words">No plans match “{params.query}”</p>
        <p className="muted">Try fewer or shorter words: a plan is found when its name holds every word you type.</p>
        <button type="button" className="btn-secondary" onClick={onClearSearch}>
          Clear search
        </button>
      </div>
    ) : (
      <div className="card space-y-3 text-center" data-testid="plans-empty">
        <p className="text-lg font-semibold">No plans yet</p>
        <p className="muted">Plans you create in this browser appear here.</p>
        <Link href="/" className="btn-primary">
          Create your first plan
        </Link>
      </div>
    );
  }
  const description = `Your plans${searching ? ` matching “${params.query}”` : ""}, ${PLAN_SORT_LABELS[params.sort].toLowerCase()}`;
  return (
    <div className="space-y-4">
      <p role="status" className="sr-only">
        {pending ? "Loading…" : `${plans.length}${nextCursor ? " or more" : ""} plans shown.`}
      </p>
      <ul
        className={`space-y-3 ${pending ? "opacity-60" : ""}`}
        data-testid="plans-list"
        aria-label={description}
        aria-busy={pending}
      >
        {plans.map((plan) => (
          <PlanListItem key={plan.id} plan={plan} onDelete={() => setDeleting(plan)} />
        ))}
      </ul>
      <ErrorMessage error={error} />
      {nextCursor ? (
        <button type="button" className="btn-secondary" onClick={() => load(nextCursor)} disabled={busy} aria-busy={busy}>
          {busy ? "Loading…" : "Load more"}
        </button>
      ) : plans.length > PLANS_PAGE_SIZE ? (
        <p className="text-sm muted">That is all of them.</p>
      ) : null}
      <DeletePlanDialog
        plan={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(id) => {
          setDeleting(null);
          onDeleted(id);
        }}
      />
    </div>
  );
}
