import { route } from "@/lib/http/route";
import { signOut } from "@/lib/ops-auth/sign-in";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Ends the /ops session: clears the cookie and goes back to the sign-in form. */
export const POST = route(async ({ request }) => signOut(request));
