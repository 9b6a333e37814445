"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { callApi } from "@/components/workspace/api-client";
import { ErrorMessage } from "@/components/workspace/error-message";
import { useApiAction } from "@/components/workspace/use-api-action";
import type { Page, PlanSummary } from "@/lib/store/types";
import { PLANS_PAGE_SIZE } from "./page-size";
import { PlanListItem } from "./plan-list-item";

interface PlansListProps {
  /** The first page, rendered by the server; null when only the browser knows who it is (Firebase sign-in). */
  firstPage: Page<PlanSummary> | null;
}

/** The caller's plans, newest first, with "Load more" through the API's cursor. */
export function PlansList({ firstPage }: PlansListProps) {
  const [more, setMore] = useState<Page<PlanSummary> | null>(null);
  const { run, busy, error } = useApiAction();

  const load = async (cursor: string | null) => {
    const query = `limit=${PLANS_PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = await run((signal) => callApi<Page<PlanSummary>>(`/api/plans?${query}`, { signal }));
    if (page) setMore((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }));
  };

  useEffect(() => {
    if (firstPage === null)
      void run((signal) => callApi<Page<PlanSummary>>(`/api/plans?limit=${PLANS_PAGE_SIZE}`, { signal })).then(
        (page) => page && setMore(page),
      );
  }, [firstPage, run]);

  // The server's first page is fresh after every refresh; pages loaded later are appended without repeats.
  const plans = useMemo(() => {
    const first = firstPage?.items ?? [];
    const seen = new Set(first.map((p) => p.id));
    return [...first, ...(more?.items ?? []).filter((p) => !seen.has(p.id))];
  }, [firstPage, more]);
  const nextCursor = more ? more.nextCursor : (firstPage?.nextCursor ?? null);
  const loadingFirst = firstPage === null && more === null;

  if (loadingFirst && !error) return <p className="muted">Loading your plans…</p>;
  if (plans.length === 0 && !error) {
    return (
      <div className="card space-y-3 text-center" data-testid="plans-empty">
        <p className="text-lg font-semibold">No plans yet</p>
        <p className="muted">Plans you create in this browser appear here.</p>
        <Link href="/" className="btn-primary">
          Create your first plan
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <ul className="space-y-3" data-testid="plans-list" aria-label="Your plans, newest first">
        {plans.map((plan) => (
          <PlanListItem key={plan.id} plan={plan} />
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
    </div>
  );
}
