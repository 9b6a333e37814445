import { z } from "zod";
import { SectionKeySchema } from "@/ai/schemas/plan";
import { requireIdentity } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json";
import { json, parseParams, route } from "@/lib/http/route";
import { enforceGenerationLimits } from "@/lib/limits/generation-limits";
import { applySectionRewrite, proposeSectionRewrite, regeneratePlanSection, SectionProposalSchema } from "@/lib/plans/regenerate";
import { trackGeneration } from "@/lib/shutdown/in-flight";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const RegenerateSchema = z.union([
  z
    .object({
      instruction: z.string().trim().max(500, "Keep the instruction under 500 characters.").default(""),
      /** Answer with the rewrite and what it would change, without saving it. */
      preview: z.boolean().default(false),
      /** Put the owner's stated figures (their shares, their total) back into the rewrite. */
      keepStated: z.boolean().default(true),
    })
    .strict(),
  z.object({ apply: SectionProposalSchema }).strict(),
]);

/**
 * Rewrites one section with the model, following the instruction (e.g. "more B2B").
 * `preview: true` answers `{ proposal, changes }` and saves nothing; posting
 * `{ apply: proposal }` saves that exact rewrite as a new version. Without either,
 * the rewrite is saved at once.
 */
export const POST = route<{ id: string; section: string }>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: true });
  const section = parseParams(SectionKeySchema, params.section, "The section name");
  const body = await readJsonBody(request, RegenerateSchema, { maxBytes: 256 * 1024, what: "The regenerate request" });
  const target = { id: params.id, userId: identity.userId };
  if ("apply" in body) {
    if (body.apply.section !== section)
      throw new AppError("bad_request", `apply: this rewrite is for ${body.apply.section}, not ${section}.`);
    return json(await applySectionRewrite({ ...target, proposal: body.apply }), { identity });
  }
  // Only asking the model counts against a person's allowance; applying a shown proposal does not.
  await enforceGenerationLimits({ request, userId: identity.userId });
  const args = { ...target, section, instruction: body.instruction, keepStated: body.keepStated, signal: request.signal };
  if (body.preview) return json(await trackGeneration(() => proposeSectionRewrite(args)), { identity });
  return json(await trackGeneration(() => regeneratePlanSection(args)), { identity });
});
