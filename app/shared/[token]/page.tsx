import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PlanDocument } from "@/components/plan/plan-document";
import { ExportMenu } from "@/components/workspace/export-menu";
import { getSharedPlan } from "@/lib/plans/sharing";

interface SharedPageProps {
  params: Promise<{ token: string }>;
}

const loadShared = cache((token: string) => getSharedPlan({ token }));

export async function generateMetadata({ params }: SharedPageProps): Promise<Metadata> {
  const shared = await loadShared((await params).token);
  // Shared links are private by default: keep them out of search engines.
  return { title: shared ? shared.title : "Link not found", robots: { index: false, follow: false } };
}

/** A plan someone shared: read-only, nothing about its owner. A revoked link is a 404. */
export default async function SharedPlanPage({ params }: SharedPageProps) {
  const { token } = await params;
  const shared = await loadShared(token);
  if (!shared) notFound();
  return (
    <div className="space-y-4">
      <p
        className="rounded-md border border-slate-300 bg-slate-50 px-4 py-2 text-sm dark:border-slate-700 dark:bg-slate-900"
        role="note"
      >
        A read-only copy of a plan shared with you.
      </p>
      <div className="flex flex-wrap gap-2">
        <ExportMenu basePath={`/api/shared/${encodeURIComponent(token)}/export`} authorized={false} />
      </div>
      <PlanDocument record={shared} readOnly />
    </div>
  );
}
