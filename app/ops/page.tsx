import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OpsDashboard } from "@/components/ops/ops-dashboard";
import { loadDashboard } from "@/lib/ops/dashboard/load-dashboard";
import { hasOpsSession } from "@/lib/ops-auth/page-session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Operations", robots: { index: false, follow: false } };

export default async function OpsPage() {
  if (!(await hasOpsSession())) redirect("/ops/sign-in");
  return <OpsDashboard initial={await loadDashboard()} />;
}
