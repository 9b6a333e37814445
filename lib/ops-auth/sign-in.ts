import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/public-origin";
import { clearedOpsSessionCookie, createOpsSession, isSameOrigin, opsSessionCookie } from "./ops-session";
import { isOpsToken, loadOpsToken } from "./ops-token";

const MAX_FORM_BYTES = 4 * 1024;
const SignInFormSchema = z.object({
  token: z.string().trim().min(1, "Paste the operations token").max(1024, "token is too long to be the operations token"),
});

const redirect = (request: Request, path: string, cookie: string) =>
  new Response(null, {
    status: 303,
    headers: { location: new URL(path, publicOrigin(request)).toString(), "set-cookie": cookie, "cache-control": "no-store" },
  });

/** Refuses a form posted from another site (login and logout CSRF). */
function assertFromOwnPages(request: Request): void {
  if (!isSameOrigin(request)) throw new AppError("forbidden", "Sign in from the /ops/sign-in page of this site.");
}

async function readForm(request: Request): Promise<z.output<typeof SignInFormSchema>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) {
    throw new AppError("unsupported_media_type", "Send the sign-in form as application/x-www-form-urlencoded.");
  }
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) throw new AppError("payload_too_large", "The sign-in form is larger than 4 KB.");
  const parsed = SignInFormSchema.safeParse(Object.fromEntries(new URLSearchParams(text)));
  if (!parsed.success) throw AppError.fromZod(parsed.error, "The sign-in form");
  return parsed.data;
}

/**
 * The sign-in form's POST: with the right token, a session cookie and a
 * redirect to /ops; with a wrong one, back to the form saying so (no cookie).
 */
export async function signIn(request: Request): Promise<Response> {
  assertFromOwnPages(request);
  const { token } = await readForm(request);
  if (!isOpsToken(token, loadOpsToken().token)) {
    return redirect(request, "/ops/sign-in?error=invalid", clearedOpsSessionCookie(request));
  }
  return redirect(request, "/ops", opsSessionCookie(request, createOpsSession(loadOpsToken().token)));
}

export function signOut(request: Request): Response {
  assertFromOwnPages(request);
  return redirect(request, "/ops/sign-in?signed-out=1", clearedOpsSessionCookie(request));
}
