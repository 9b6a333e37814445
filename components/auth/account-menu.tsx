"use client";

import { useAccount } from "@/lib/auth/client/use-account";
import { useAuthSettings } from "./auth-provider";

/**
 * Who this browser is signed in as, in Firebase mode: "Anonymous" or the Google
 * account, with "Sign in with Google" when enabled. Local mode has no accounts
 * (a cookie identifies the browser), so it renders nothing.
 */
export function AccountMenu() {
  const settings = useAuthSettings();
  const { account, error, busy, signInWithGoogle, switchAccount, signOut } = useAccount(settings.mode);
  if (settings.mode === "local") return null;
  const googleEnabled = settings.firebase?.googleSignIn === true;

  return (
    <div
      className="flex flex-wrap items-center justify-end gap-2 text-sm"
      aria-live="polite"
      aria-busy={busy || account.status === "loading"}
    >
      {account.status === "loading" && <span className="muted">Signing in…</span>}
      {account.status === "unavailable" && (
        <span role="alert" className="text-red-700 dark:text-red-300">
          {account.message}
        </span>
      )}
      {account.status === "signed-in" && (
        <>
          <span className="muted" title={account.email ?? undefined} data-testid="account-label">
            {account.label}
          </span>
          {account.anonymous && googleEnabled && (
            <button type="button" className="btn-secondary" disabled={busy} onClick={() => void signInWithGoogle()}>
              Sign in with Google
            </button>
          )}
          {!account.anonymous && (
            <button type="button" className="btn-secondary" disabled={busy} onClick={() => void signOut()}>
              Sign out
            </button>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="basis-full text-right text-red-700 dark:text-red-300">
          {error.message}{" "}
          {"credential" in error && (
            <button
              type="button"
              className="underline"
              disabled={busy}
              onClick={() => void switchAccount(error.credential ?? null)}
            >
              Switch to that account
            </button>
          )}
        </p>
      )}
    </div>
  );
}
