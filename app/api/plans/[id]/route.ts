import { z } from "zod";
import { isCleanText, uncleanTextMessage } from "@/ai/schemas/text-rules";
import { requireIdentity } from "@/lib/auth";
import { readJsonBody } from "@/lib/http/read-json";
import { json, route } from "@/lib/http/route";
import { deleteOwnPlan, requireOwnPlan, UNDO_DELETE_DAYS } from "@/lib/plans/service";
import { renamePlan } from "@/lib/plans/versions";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { id: string };

/** One of the caller's plans; 404 for anyone else's (no hint that it exists). */
export const GET = route<Params>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: false });
  return json(await requireOwnPlan({ id: params.id, userId: identity.userId }), { identity });
});

const RenameSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, "The title cannot be empty.")
      .max(160, "Keep the title under 160 characters.")
      .refine((title) => isCleanText(title, { multiLine: false }), uncleanTextMessage("The title", { multiLine: false })),
  })
  .strict();

/** Renames a plan (a new version). */
export const PATCH = route<Params>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: true });
  const { title } = await readJsonBody(request, RenameSchema, { maxBytes: 4096, what: "The rename request" });
  return json(await renamePlan({ id: params.id, userId: identity.userId, title }), { identity });
});

/** Deletes a plan softly: it can be restored for UNDO_DELETE_DAYS days; its share links stop working at once. */
export const DELETE = route<Params>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: true });
  await deleteOwnPlan({ id: params.id, userId: identity.userId });
  const restorableUntil = new Date(Date.now() + UNDO_DELETE_DAYS * 86_400_000).toISOString();
  return json({ deleted: true, restorableUntil }, { identity });
});
