import { z } from "zod";
import { SectionKeySchema } from "@/ai/schemas/plan";
import { requireIdentity } from "@/lib/auth";
import { readJsonBody } from "@/lib/http/read-json";
import { json, parseParams, route } from "@/lib/http/route";
import { enforceGenerationLimits } from "@/lib/limits/generation-limits";
import { regeneratePlanSection } from "@/lib/plans/versions";
import { trackGeneration } from "@/lib/shutdown/in-flight";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const RegenerateSchema = z
  .object({
    instruction: z.string().trim().max(500, "Keep the instruction under 500 characters.").default(""),
  })
  .strict();

/** Rewrites one section with the model, following the instruction (e.g. "more B2B"); a new version. */
export const POST = route<{ id: string; section: string }>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: true });
  const section = parseParams(SectionKeySchema, params.section, "The section name");
  const { instruction } = await readJsonBody(request, RegenerateSchema, { maxBytes: 4096, what: "The regenerate request" });
  await enforceGenerationLimits({ request, userId: identity.userId });
  const record = await trackGeneration(() =>
    regeneratePlanSection({ id: params.id, userId: identity.userId, section, instruction, signal: request.signal }),
  );
  return json(record, { identity });
});
