"use client";

import type { AuthCredential, User } from "firebase/auth";
import { useCallback, useEffect, useState } from "react";
import { ClientAuthError, currentUser, loadAuth } from "./firebase-client";
import { GoogleAccountInUseError, linkGoogleAccount, signOut as signOutOfFirebase, switchToAccount } from "./google-account";

export type Account =
  | { status: "local" }
  | { status: "loading" }
  | { status: "unavailable"; message: string }
  | { status: "signed-in"; anonymous: boolean; label: string; email: string | null };

function describe(user: User): Account {
  if (user.isAnonymous) return { status: "signed-in", anonymous: true, label: "Anonymous", email: null };
  return { status: "signed-in", anonymous: false, label: user.displayName ?? user.email ?? "Signed in", email: user.email };
}

const messageOf = (error: unknown) =>
  error instanceof ClientAuthError ? error.message : "Something went wrong with sign-in. Reload the page and try again.";

/**
 * Who the browser is signed in as, kept current. In Firebase mode this is the
 * "first use": it loads the SDK after the page is interactive and signs in
 * anonymously when nobody is signed in (also after a sign-out).
 */
export function useAccount(mode: "local" | "firebase") {
  const [account, setAccount] = useState<Account>(mode === "local" ? { status: "local" } : { status: "loading" });
  const [error, setError] = useState<{ message: string; credential?: AuthCredential | null } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (mode !== "firebase") return;
    let unsubscribe = () => {};
    let active = true;
    const fail = (reason: unknown) => {
      if (active) setAccount({ status: "unavailable", message: messageOf(reason) });
    };
    (async () => {
      const auth = await loadAuth();
      const { onIdTokenChanged } = await import("firebase/auth");
      if (!active) return;
      // Fires once the persisted user (if any) is restored, then on every sign-in, sign-out and token refresh.
      unsubscribe = onIdTokenChanged(auth, (user) => {
        if (user) setAccount(describe(user));
        else currentUser().catch(fail);
      });
    })().catch(fail);
    return () => {
      active = false;
      unsubscribe();
    };
  }, [mode]);

  /** Runs an account action, showing its error (if any) until the next one. */
  const run = useCallback(async (action: () => Promise<User | null | undefined>, onError?: (error: unknown) => void) => {
    setBusy(true);
    setError(null);
    try {
      const user = await action();
      if (user) setAccount(describe(user));
    } catch (reason) {
      if (onError) onError(reason);
      else setError({ message: messageOf(reason) });
    } finally {
      setBusy(false);
    }
  }, []);

  const signInWithGoogle = useCallback(
    () =>
      run(linkGoogleAccount, (reason) =>
        setError({
          message: messageOf(reason),
          ...(reason instanceof GoogleAccountInUseError ? { credential: reason.credential } : {}),
        }),
      ),
    [run],
  );
  const switchAccount = useCallback((credential: AuthCredential | null) => run(() => switchToAccount(credential)), [run]);
  const signOut = useCallback(
    () =>
      run(async () => {
        await signOutOfFirebase();
        return undefined;
      }),
    [run],
  );

  return { account, error, busy, signInWithGoogle, switchAccount, signOut };
}
