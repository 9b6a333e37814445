import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PlanDocument } from "@/components/plan/plan-document";
import { PlanIdSchema } from "@/lib/plans/schema";
import { getPlan } from "@/lib/plans/service";

interface PlanPageProps {
  params: Promise<{ id: string }>;
}

// generateMetadata and the page ask for the same plan; one store read per request.
const loadPlan = cache(async (rawId: string) => {
  const id = PlanIdSchema.safeParse(rawId);
  return id.success ? getPlan({ id: id.data }) : null;
});

export async function generateMetadata({ params }: PlanPageProps): Promise<Metadata> {
  const record = await loadPlan((await params).id);
  return { title: record ? record.plan.title : "Plan not found" };
}

export default async function PlanPage({ params }: PlanPageProps) {
  const record = await loadPlan((await params).id);
  if (!record) notFound();
  return <PlanDocument record={record} />;
}
