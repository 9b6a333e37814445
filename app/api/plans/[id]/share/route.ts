import { requireIdentity } from "@/lib/auth";
import { publicOrigin } from "@/lib/http/public-origin";
import { json, route } from "@/lib/http/route";
import { createShareLink, revokeShareLinks } from "@/lib/plans/sharing";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Creates a read-only share link; the token is shown only in this answer. */
export const POST = route<{ id: string }>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: true });
  const { token } = await createShareLink({ id: params.id, userId: identity.userId });
  const origin = publicOrigin(request);
  return json({ token, url: `${origin}/shared/${token}`, api: `${origin}/api/shared/${token}` }, { status: 201, identity });
});

/** Revokes every share link of the plan: they answer 404 from now on. */
export const DELETE = route<{ id: string }>(async ({ request, params }) => {
  const identity = await requireIdentity(request, { write: true });
  const revoked = await revokeShareLinks({ id: params.id, userId: identity.userId });
  return json({ revoked }, { identity });
});
