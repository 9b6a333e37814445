import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SECTION_TITLES } from "@/ai/schemas/plan";
import { PlanDocument, planView } from "@/components/plan/plan-document";
import { ScheduleNote } from "@/components/plan/schedule-note";
import { editableValue } from "@/components/workspace/editable-value";
import { PlanToolbar } from "@/components/workspace/plan-toolbar";
import { SectionTools } from "@/components/workspace/section-tools";
import { StaleRefresh } from "@/components/workspace/stale-refresh";
import { TransferPanel } from "@/components/workspace/transfer-panel";
import { VersionHistory } from "@/components/workspace/version-history";
import { identifyPageVisitor } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import { scheduleOf } from "@/lib/export/exportable";
import { isoDate, PlanSchedule } from "@/lib/export/schedule";
import { getOwnPlan, UNDO_DELETE_DAYS } from "@/lib/plans/service";
import { listVersions } from "@/lib/plans/versions";

interface PlanPageProps {
  params: Promise<{ id: string }>;
}

const VERSIONS_PAGE_SIZE = 20;

// generateMetadata and the page ask for the same plan; one store read per request.
// Only its owner sees it: anyone else gets the same 404 as for an unknown id.
const loadPlan = cache(async (id: string) => {
  const userId = await identifyPageVisitor(await cookies());
  const record = await getOwnPlan({ id, userId });
  return record && userId ? { record, userId } : null;
});

export async function generateMetadata({ params }: PlanPageProps): Promise<Metadata> {
  const loaded = await loadPlan((await params).id);
  return { title: loaded ? loaded.record.plan.title : "Plan not found" };
}

/** The owner's workspace: the plan as a document, with controls to rename, share, delete, edit, regenerate and restore. */
export default async function PlanPage({ params }: PlanPageProps) {
  const loaded = await loadPlan((await params).id);
  if (!loaded) notFound();
  const { record, userId } = loaded;
  const versions = await listVersions({ id: record.id, userId, limit: VERSIONS_PAGE_SIZE });
  const schedule = new PlanSchedule({ createdAt: record.createdAt, schedule: scheduleOf(record.input) });
  const milestones = record.plan.roadmap.phases
    .flatMap((phase) => phase.milestones)
    .map((m): [string, string] => [m.title, isoDate(schedule.dateOfDay(m.dueDay))]);
  return (
    <div className="space-y-6">
      <PlanDocument
        record={planView(record)}
        headerActions={<PlanToolbar planId={record.id} title={record.title} undoDays={UNDO_DELETE_DAYS} />}
        sectionActions={(section) => (
          <SectionTools
            planId={record.id}
            section={section}
            title={SECTION_TITLES[section]}
            value={editableValue(record.plan, section)}
          />
        )}
        extras={{
          roadmap: <ScheduleNote start={isoDate(schedule.start)} country={schedule.calendar.country} milestones={milestones} />,
        }}
        staleRefresh={(section) => <StaleRefresh planId={record.id} section={section} title={SECTION_TITLES[section]} />}
      />
      <TransferPanel mode={getEnv().authMode} />
      <VersionHistory planId={record.id} currentVersion={record.version} firstPage={versions} />
    </div>
  );
}
