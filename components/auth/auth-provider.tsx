"use client";

import { createContext, type ReactNode, useContext } from "react";
import { configureClientAuth } from "@/lib/auth/client/firebase-client";
import type { ClientAuthSettings, FirebasePublicConfig } from "@/lib/auth/public-config";

const AuthSettingsContext = createContext<ClientAuthSettings>({ mode: "local", firebase: null });

/**
 * Hands the server's auth settings to client code: to the components it wraps
 * through context, and to authorizedFetch (a plain module every component may
 * call) through configureClientAuth. The root layout renders it in the header,
 * with what the server knows.
 */
export function AuthProvider({
  mode,
  config,
  children,
}: {
  mode: "local" | "firebase";
  config: FirebasePublicConfig | null;
  children: ReactNode;
}) {
  const settings: ClientAuthSettings = mode === "local" ? { mode, firebase: null } : { mode, firebase: config };
  // During render, not in an effect: the whole page renders before any effect runs, so
  // no component can call the API unconfigured. Idempotent, so re-renders are harmless.
  configureClientAuth(settings);
  return <AuthSettingsContext.Provider value={settings}>{children}</AuthSettingsContext.Provider>;
}

export function useAuthSettings(): ClientAuthSettings {
  return useContext(AuthSettingsContext);
}
