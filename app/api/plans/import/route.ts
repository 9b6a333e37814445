import { z } from "zod";
import { requireIdentity } from "@/lib/auth";
import { readJsonBody } from "@/lib/http/read-json";
import { json, route } from "@/lib/http/route";
import { saveUnsavedPlan } from "@/lib/plans/unsaved";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ImportSchema = z.object({ record: z.unknown(), signature: z.string().max(100) }).strict();

/**
 * Saves a plan the browser kept while the store was down (from an `unsaved` event):
 * 201 saved, 200 already saved as it is, 409 edited or deleted since, 410 too old.
 */
export const POST = route(async ({ request }) => {
  const identity = await requireIdentity(request, { write: true });
  const { record, signature } = await readJsonBody(request, ImportSchema, { maxBytes: 512 * 1024, what: "The saved plan" });
  const saved = await saveUnsavedPlan({ record, signature, userId: identity.userId });
  return json({ id: saved.record.id, saved: true }, { status: saved.created ? 201 : 200, identity });
});
