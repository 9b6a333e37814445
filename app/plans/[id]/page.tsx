import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PlanDocument, planView } from "@/components/plan/plan-document";
import { identifyFromCookieValue } from "@/lib/auth";
import { IDENTITY_COOKIE } from "@/lib/auth/local-identity";
import { getOwnPlan } from "@/lib/plans/service";

interface PlanPageProps {
  params: Promise<{ id: string }>;
}

// generateMetadata and the page ask for the same plan; one store read per request.
// Only its owner sees it: anyone else gets the same 404 as for an unknown id.
const loadPlan = cache(async (id: string) => {
  const userId = identifyFromCookieValue((await cookies()).get(IDENTITY_COOKIE)?.value);
  return getOwnPlan({ id, userId });
});

export async function generateMetadata({ params }: PlanPageProps): Promise<Metadata> {
  const record = await loadPlan((await params).id);
  return { title: record ? record.plan.title : "Plan not found" };
}

export default async function PlanPage({ params }: PlanPageProps) {
  const record = await loadPlan((await params).id);
  if (!record) notFound();
  return <PlanDocument record={planView(record)} />;
}
