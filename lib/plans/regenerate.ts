import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { regenerateSectionFlow } from "@/ai/flows/regenerate-section";
import { nextStale } from "@/ai/post/derived";
import { keepStatedFigures } from "@/ai/post/keep-stated";
import { mergeSection } from "@/ai/post/merge-section";
import { normaliseShares } from "@/ai/post/shares";
import { GenerationMetaSchema, ProvenanceFixSchema } from "@/ai/schemas/generation";
import { type PlanDraft, SECTION_DRAFT_SCHEMAS, type SectionKey, SectionKeySchema } from "@/ai/schemas/plan";
import { identityKeyForSigning, identityKeysForVerifying } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { measureGeneration } from "@/lib/metrics/generation";
import { diffFields, type FieldChange } from "./diff";
import type { PlanRecord } from "./schema";
import { requireOwnPlan } from "./service";
import { update } from "./update";

/** A model's rewrite of one section, not saved yet: what would change, and a signature to apply exactly it. */
export const SectionProposalSchema = z.object({
  section: SectionKeySchema,
  instruction: z.string().max(500),
  value: z.unknown(),
  generation: GenerationMetaSchema,
  provenanceFixes: z.array(ProvenanceFixSchema),
  /** The plan version the proposal was made from; applying it to any other is refused. */
  baseVersion: z.number().int().positive(),
  keptStated: z.boolean(),
  signature: z.string().max(200),
});
export type SectionProposal = z.infer<typeof SectionProposalSchema>;

/** JSON with keys sorted, so a proposal that went to the browser and back signs the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function sign(planId: string, proposal: Omit<SectionProposal, "signature">, key = identityKeyForSigning()): string {
  const { section, instruction, value, generation, provenanceFixes, baseVersion, keptStated } = proposal;
  return createHmac("sha256", key)
    .update(
      `section-proposal:${planId}:${canonical([section, instruction, value, generation, provenanceFixes, baseVersion, keptStated])}`,
    )
    .digest("base64url");
}

/** Signed with the current key, or with the previous one during an APP_SECRET rotation. */
function verified(planId: string, proposal: SectionProposal): boolean {
  const given = Buffer.from(proposal.signature);
  return identityKeysForVerifying().some((key) => {
    const expected = Buffer.from(sign(planId, proposal, key));
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** The model's channels, scaled to 100 % if the model's own shares did not add up. */
function tidy<K extends SectionKey>(section: K, value: PlanDraft[K]): PlanDraft[K] {
  return section === "channels" ? (normaliseShares(value as PlanDraft["channels"]) as PlanDraft[K]) : value;
}

function merged(record: PlanRecord, section: SectionKey, value: unknown): PlanRecord {
  return {
    ...record,
    plan: mergeSection({ plan: record.plan, section, value: value as PlanDraft[SectionKey], input: record.input }),
    stale: nextStale(record.stale, section),
  };
}

/**
 * Asks the model for a new version of one section and returns it unsaved, with
 * the same field-by-field diff the history shows. With `keepStated` (the
 * default) the figures the owner stated or typed (their shares, their total)
 * are put back into the rewrite.
 */
export async function proposeSectionRewrite(args: {
  id: string;
  userId: string;
  section: SectionKey;
  instruction: string;
  keepStated: boolean;
  signal?: AbortSignal;
}): Promise<{ proposal: SectionProposal; changes: FieldChange[] }> {
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
  const written = tidy(args.section, SECTION_DRAFT_SCHEMAS[args.section].parse(result.result.value));
  const value = args.keepStated
    ? keepStatedFigures(args.section, current.plan[args.section] as PlanDraft[SectionKey], written)
    : written;
  const unsigned = {
    section: args.section,
    instruction: args.instruction,
    value,
    generation: result.result.generation,
    provenanceFixes: result.result.provenanceFixes,
    baseVersion: current.version,
    keptStated: args.keepStated,
  };
  const after = merged(current, args.section, value);
  const changes = diffFields({ title: current.title, plan: current.plan }, { title: after.title, plan: after.plan }, "", {
    byIdentity: true,
  });
  return { proposal: { ...unsigned, signature: sign(current.id, unsigned) }, changes };
}

/** Saves a proposal the owner accepted, as a new version, if the plan has not changed since. */
export async function applySectionRewrite(args: { id: string; userId: string; proposal: SectionProposal }): Promise<PlanRecord> {
  const { proposal } = args;
  const current = await requireOwnPlan(args);
  if (!verified(current.id, proposal)) {
    throw new AppError(
      "bad_request",
      "This rewrite was not proposed by this server for this plan: regenerate the section again.",
    );
  }
  const stale = (record: PlanRecord) => record.version !== proposal.baseVersion;
  if (stale(current)) {
    throw new AppError("bad_request", "The plan changed since this rewrite was proposed: regenerate the section again.");
  }
  return update({
    id: args.id,
    change: {
      kind: "section_regenerated",
      section: proposal.section,
      instruction: proposal.instruction,
      generation: proposal.generation,
    },
    apply: (record) => {
      if (stale(record)) throw new AppError("bad_request", "The plan changed while saving: regenerate the section again.");
      return {
        ...merged(record, proposal.section, proposal.value),
        provenanceFixes: [...record.provenanceFixes, ...proposal.provenanceFixes],
      };
    },
  });
}

/** Rewrites one section and saves it at once (API clients that skip the preview); stated figures kept. */
export async function regeneratePlanSection(args: {
  id: string;
  userId: string;
  section: SectionKey;
  instruction: string;
  keepStated?: boolean;
  signal?: AbortSignal;
}): Promise<PlanRecord> {
  const { proposal } = await proposeSectionRewrite({ ...args, keepStated: args.keepStated ?? true });
  return applySectionRewrite({ id: args.id, userId: args.userId, proposal });
}
