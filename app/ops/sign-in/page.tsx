import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasOpsSession } from "@/lib/ops-auth/page-session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Operations sign-in", robots: { index: false, follow: false } };

export default async function OpsSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  if (await hasOpsSession()) redirect("/ops");
  const params = await searchParams;
  const invalid = params.error === "invalid";
  const signedOut = params["signed-out"] === "1";
  return (
    <div className="card mx-auto max-w-lg space-y-4">
      <h1 className="text-2xl font-bold">Operations dashboard</h1>
      <p className="muted">
        Paste the operations token once: this browser then keeps a signed session for 12 hours (the token itself is not stored).
        Locally the token is in <code>.data/ops-token</code>; in production it is the <code>OPS_API_TOKEN</code> secret.
      </p>
      {signedOut ? (
        <p role="status" className="font-medium">
          You are signed out.
        </p>
      ) : null}
      <form method="post" action="/api/ops/sign-in" className="space-y-3">
        <div>
          <label htmlFor="ops-token" className="field-label">
            Operations token
          </label>
          <input
            id="ops-token"
            name="token"
            type="password"
            required
            autoComplete="off"
            spellCheck={false}
            className="input font-mono"
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "ops-token-error" : undefined}
          />
          {invalid ? (
            <p id="ops-token-error" role="alert" className="field-error mt-1">
              That is not the operations token. Check for a missing character and paste it again.
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn-primary">
          Sign in
        </button>
      </form>
    </div>
  );
}
