import { z } from "zod";
import { localIdentityCookie, requireIdentity } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json";
import { route } from "@/lib/http/route";
import { redeemTransferCode, TransferCodeSchema } from "@/lib/plans/transfer";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Redeems a transfer code: this browser takes on the identity whose plans the code carries. */
export const POST = route(async ({ request }) => {
  if (getEnv().authMode === "firebase") {
    throw new AppError("bad_request", "Sign in with Google on both devices: your plans follow your account.");
  }
  const identity = await requireIdentity(request, { write: true });
  const { code } = await readJsonBody(request, z.object({ code: TransferCodeSchema }).strict(), {
    maxBytes: 1024,
    what: "The transfer code",
  });
  const { ownerId } = await redeemTransferCode({ code, userId: identity.userId });
  return Response.json(
    { ok: true },
    { headers: { "set-cookie": localIdentityCookie(request, ownerId), "cache-control": "no-store" } },
  );
});
