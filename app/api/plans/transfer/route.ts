import { z } from "zod";
import { requireIdentity } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json";
import { json, route } from "@/lib/http/route";
import { createTransferCode } from "@/lib/plans/transfer";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Makes a one-time code that adds this browser's plans to another browser (local mode only). */
export const POST = route(async ({ request }) => {
  if (getEnv().authMode === "firebase") {
    throw new AppError("bad_request", "Sign in with Google on both devices: your plans follow your account.");
  }
  const identity = await requireIdentity(request, { write: true });
  await readJsonBody(request, z.object({}).strict(), { maxBytes: 1024, what: "The transfer request" });
  return json(await createTransferCode({ userId: identity.userId }), { identity });
});
