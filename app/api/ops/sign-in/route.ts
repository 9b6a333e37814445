import { route } from "@/lib/http/route";
import { signIn } from "@/lib/ops-auth/sign-in";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The /ops sign-in form: the operations token in, an http-only session cookie out, then /ops. */
export const POST = route(async ({ request }) => signIn(request));
