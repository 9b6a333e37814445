import "server-only";
import { regenerateSectionFlow } from "@/ai/flows/regenerate-section";
import { checkCompleteness } from "@/ai/post/completeness";
import { mergeSection } from "@/ai/post/merge-section";
import { type PlanDraft, SECTION_DRAFT_SCHEMAS, type SectionKey } from "@/ai/schemas/plan";
import { AppError } from "@/lib/errors";
import { measureGeneration } from "@/lib/metrics/generation";
import { getStore } from "@/lib/store";
import type { Page, PlanVersion, PlanVersionSummary } from "@/lib/store/types";
import { diffFields, type FieldChange } from "./diff";
import type { PlanRecord } from "./schema";
import { requireOwnPlan } from "./service";

type Change = PlanVersion["change"];

async function update(args: { id: string; change: Change; apply: (current: PlanRecord) => PlanRecord }): Promise<PlanRecord> {
  const now = new Date();
  const updated = await getStore().updatePlan({
    id: args.id,
    change: args.change,
    now,
    update: (current) => {
      const next = args.apply(current);
      return { ...next, completeness: checkCompleteness(next.plan), updatedAt: now.toISOString() };
    },
  });
  if (!updated) throw new AppError("not_found", "No plan with that id.");
  return updated;
}

export async function renamePlan(args: { id: string; userId: string; title: string }): Promise<PlanRecord> {
  const current = await requireOwnPlan(args);
  return update({
    id: args.id,
    change: { kind: "renamed", from: current.title, to: args.title },
    apply: (record) => ({ ...record, title: args.title, plan: { ...record.plan, title: args.title } }),
  });
}

/**
 * The section schemas drop keys they do not know. For an owner's edit that
 * would lose what they typed without a word, so such keys are refused instead,
 * naming each one (budget amounts, for one, are computed from channel shares).
 */
function refuseDroppedFields(section: SectionKey, sent: unknown, kept: unknown): void {
  const dropped = diffFields(sent, kept).filter((change) => change.kind === "removed");
  if (dropped.length === 0) return;
  const fields = dropped.map((change) => ({
    field: change.path,
    message:
      section === "budget"
        ? "Not an editable field: budget amounts and the currency are computed from the channel shares and the monthly total."
        : "Unknown field: this section has no such field.",
  }));
  throw new AppError(
    "validation_failed",
    `The ${section} section has fields it cannot keep: ${fields.map((f) => f.field).join(", ")}.`,
    { fields },
  );
}

/** Replaces one section with the owner's edit, validated against that section's schema. */
export async function editPlanSection(args: {
  id: string;
  userId: string;
  section: SectionKey;
  value: unknown;
}): Promise<PlanRecord> {
  await requireOwnPlan(args);
  const parsed = SECTION_DRAFT_SCHEMAS[args.section].safeParse(args.value);
  if (!parsed.success) throw AppError.fromZod(parsed.error, `The ${args.section} section`);
  refuseDroppedFields(args.section, args.value, parsed.data);
  const value = parsed.data as PlanDraft[typeof args.section];
  return update({
    id: args.id,
    change: { kind: "section_edited", section: args.section },
    apply: (record) => ({
      ...record,
      plan: mergeSection({ plan: record.plan, section: args.section, value, input: record.input }),
    }),
  });
}

/** Rewrites one section with the model (one smaller call) and saves it as a new version. */
export async function regeneratePlanSection(args: {
  id: string;
  userId: string;
  section: SectionKey;
  instruction: string;
  signal?: AbortSignal;
}): Promise<PlanRecord> {
  const current = await requireOwnPlan(args);
  const result = await measureGeneration({
    kind: "section",
    signal: args.signal,
    run: () =>
      regenerateSectionFlow().run(
        { input: current.input, plan: current.plan, section: args.section, instruction: args.instruction },
        { abortSignal: args.signal },
      ),
    meta: (done) => done.result.generation,
  });
  const value = result.result.value as PlanDraft[typeof args.section];
  return update({
    id: args.id,
    change: {
      kind: "section_regenerated",
      section: args.section,
      instruction: args.instruction,
      generation: result.result.generation,
    },
    apply: (record) => ({
      ...record,
      plan: mergeSection({ plan: record.plan, section: args.section, value, input: record.input }),
      provenanceFixes: [...record.provenanceFixes, ...result.result.provenanceFixes],
    }),
  });
}

export async function listVersions(args: {
  id: string;
  userId: string;
  limit: number;
  cursor?: string;
}): Promise<Page<PlanVersionSummary>> {
  await requireOwnPlan(args);
  return getStore().listPlanVersions({ planId: args.id, limit: args.limit, cursor: args.cursor });
}

export async function getVersion(args: { id: string; userId: string; version: number }): Promise<PlanVersion> {
  await requireOwnPlan(args);
  const version = await getStore().getPlanVersion({ planId: args.id, version: args.version });
  if (!version) throw new AppError("not_found", `This plan has no version ${args.version}.`);
  return version;
}

/** What changed between two versions, field by field (title and plan). */
export async function diffVersions(args: { id: string; userId: string; from: number; to: number }): Promise<FieldChange[]> {
  const [from, to] = await Promise.all([getVersion({ ...args, version: args.from }), getVersion({ ...args, version: args.to })]);
  return diffFields({ title: from.title, plan: from.plan }, { title: to.title, plan: to.plan });
}

/** Makes an old version current again, as a new version (history is never rewritten). */
export async function restoreVersion(args: { id: string; userId: string; version: number }): Promise<PlanRecord> {
  const old = await getVersion(args);
  return update({
    id: args.id,
    change: { kind: "restored", fromVersion: args.version },
    apply: (record) => ({ ...record, title: old.title, plan: old.plan }),
  });
}
