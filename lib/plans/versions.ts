import "server-only";
import { nextStale } from "@/ai/post/derived";
import { mergeSection } from "@/ai/post/merge-section";
import { normaliseShares, shareProblems } from "@/ai/post/shares";
import { type PlanDraft, SECTION_DRAFT_SCHEMAS, type SectionKey } from "@/ai/schemas/plan";
import { AppError } from "@/lib/errors";
import { getStore } from "@/lib/store";
import type { Page, PlanVersion, PlanVersionSummary } from "@/lib/store/types";
import { diffFields, type FieldChange } from "./diff";
import type { PlanRecord } from "./schema";
import { requireOwnPlan } from "./service";
import { update } from "./update";

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

/**
 * Channel shares are the one source of the budget split: an edit that leaves
 * them not totalling 100 % is refused with every share field marked, unless
 * the owner agreed to scale them (`normaliseShares`).
 */
function checkShares(value: PlanDraft["channels"], normalise: boolean): PlanDraft["channels"] {
  const problems = shareProblems(value);
  if (problems.length === 0) return value;
  if (normalise) return normaliseShares(value);
  throw new AppError("validation_failed", problems[0]?.message ?? "The channel shares must total 100%.", {
    fields: problems,
  });
}

/** Replaces one section with the owner's edit, validated against that section's schema. */
export async function editPlanSection(args: {
  id: string;
  userId: string;
  section: SectionKey;
  value: unknown;
  normaliseShares?: boolean;
}): Promise<PlanRecord> {
  await requireOwnPlan(args);
  const parsed = SECTION_DRAFT_SCHEMAS[args.section].safeParse(args.value);
  if (!parsed.success) throw AppError.fromZod(parsed.error, `The ${args.section} section`);
  refuseDroppedFields(args.section, args.value, parsed.data);
  let value = parsed.data as PlanDraft[typeof args.section];
  if (args.section === "channels") {
    value = checkShares(value as PlanDraft["channels"], args.normaliseShares === true) as typeof value;
  }
  return update({
    id: args.id,
    change: { kind: "section_edited", section: args.section },
    apply: (record) => ({
      ...record,
      plan: mergeSection({ plan: record.plan, section: args.section, value, input: record.input, byOwner: true }),
      stale: nextStale(record.stale, args.section),
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
  return diffFields({ title: from.title, plan: from.plan }, { title: to.title, plan: to.plan }, "", { byIdentity: true });
}

/** Makes an old version current again, as a new version (history is never rewritten). */
export async function restoreVersion(args: { id: string; userId: string; version: number }): Promise<PlanRecord> {
  const old = await getVersion(args);
  return update({
    id: args.id,
    change: { kind: "restored", fromVersion: args.version },
    // The old version's text matched its own figures when it was saved.
    apply: (record) => ({ ...record, title: old.title, plan: old.plan, stale: [] }),
  });
}
