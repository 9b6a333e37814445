import type { Metadata } from "next";
import { cookies } from "next/headers";
import { type ListParams, readListParams } from "@/components/plans-list/list-params";
import { PLANS_PAGE_SIZE } from "@/components/plans-list/page-size";
import { PlansBrowser } from "@/components/plans-list/plans-browser";
import { identifyPageVisitor } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { listOwnPlans } from "@/lib/plans/service";
import type { Page, PlanSummary } from "@/lib/store/types";

export const metadata: Metadata = { title: "My plans" };

const NO_PLANS: Page<PlanSummary> = { items: [], nextCursor: null };

/**
 * The first page of the visitor's plans. Local mode: from the identity cookie (none yet
 * means no plans yet). Firebase mode: only the browser holds the ID token, so null
 * tells the list to load through the API.
 */
async function firstPage({ query, sort }: ListParams): Promise<Page<PlanSummary> | null> {
  const userId = await identifyPageVisitor(await cookies());
  if (!userId) return getEnv().authMode === "firebase" ? null : NO_PLANS;
  return listOwnPlans({ userId, limit: PLANS_PAGE_SIZE, query, sort });
}

export default async function MyPlansPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = readListParams(await searchParams);
  let page: Page<PlanSummary> | null;
  try {
    page = await firstPage(params);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "store_unavailable")) throw error;
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">My plans</h1>
        <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40">
          Your plans cannot be loaded right now: the plan store is not answering. Try again in a minute; nothing is lost.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">My plans</h1>
        <p className="muted">
          Find a plan by name, sort them, open one to edit, regenerate, share or restore an earlier version.
        </p>
      </header>
      <PlansBrowser params={params} firstPage={page} />
    </div>
  );
}
