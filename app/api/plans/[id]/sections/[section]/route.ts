import { z } from "zod";
import { SectionKeySchema } from "@/ai/schemas/plan";
import { requireIdentity } from "@/lib/auth";
import { readJsonBody } from "@/lib/http/read-json";
import { json, parseParams, route } from "@/lib/http/route";
import { editPlanSection } from "@/lib/plans/versions";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const EditSchema = z
  .object({
    value: z.unknown(),
    /** The owner agreed to scale channel shares that do not total 100 % (otherwise such an edit is refused). */
    normaliseShares: z.boolean().default(false),
  })
  .strict();

/** Replaces one section with the owner's edit (validated against that section's schema); a new version. */
export const PUT = route<{ id: string; section: string }>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: true });
  const section = parseParams(SectionKeySchema, params.section, "The section name");
  const body = await readJsonBody(request, EditSchema, { maxBytes: 128 * 1024, what: "The section edit" });
  const { value, normaliseShares } = body;
  return json(await editPlanSection({ id: params.id, userId: identity.userId, section, value, normaliseShares }), {
    identity,
  });
});
