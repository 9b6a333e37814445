import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { clientAuthSettings } from "./public-config";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

function withEnv(env: Record<string, string>) {
  for (const key of Object.keys(process.env)) {
    if (key.startsWith("NEXT_PUBLIC_FIREBASE") || key.startsWith("FIREBASE") || key === "AUTH_MODE") delete process.env[key];
  }
  Object.assign(process.env, env);
  resetEnvForTests();
}

describe("clientAuthSettings", () => {
  it("gives the browser nothing to sign in with in local mode", () => {
    withEnv({ AUTH_MODE: "local" });
    expect(clientAuthSettings()).toEqual({ mode: "local", firebase: null });
  });

  it("takes the web config App Hosting provides when no NEXT_PUBLIC_ variable is set", () => {
    withEnv({
      AUTH_MODE: "firebase",
      FIREBASE_WEBAPP_CONFIG: JSON.stringify({
        apiKey: "AIza-test",
        authDomain: "mp.firebaseapp.com",
        projectId: "mp-prod",
        appId: "1:2:web:3",
      }),
    });
    expect(clientAuthSettings()).toEqual({
      mode: "firebase",
      firebase: {
        apiKey: "AIza-test",
        authDomain: "mp.firebaseapp.com",
        projectId: "mp-prod",
        appId: "1:2:web:3",
        googleSignIn: false,
        performance: true,
      },
    });
  });

  it("turns Performance Monitoring on with a registered web app, unless NEXT_PUBLIC_FIREBASE_PERFORMANCE=false", () => {
    const hosted = JSON.stringify({ apiKey: "AIza-test", projectId: "mp-prod", appId: "1:2:web:3" });
    withEnv({ AUTH_MODE: "firebase", FIREBASE_WEBAPP_CONFIG: hosted, NEXT_PUBLIC_FIREBASE_PERFORMANCE: "false" });
    expect(clientAuthSettings().firebase?.performance).toBe(false);
    // Without an app id the SDK cannot report, so it is not started.
    withEnv({ AUTH_MODE: "firebase", FIREBASE_PROJECT_ID: "mp-prod", NEXT_PUBLIC_FIREBASE_API_KEY: "AIza-own" });
    expect(clientAuthSettings().firebase?.performance).toBe(false);
  });

  it("lets NEXT_PUBLIC_ variables win, and says sign-in cannot work without an API key", () => {
    withEnv({ AUTH_MODE: "firebase", FIREBASE_PROJECT_ID: "mp-prod", NEXT_PUBLIC_FIREBASE_GOOGLE_SIGN_IN: "true" });
    expect(clientAuthSettings()).toEqual({ mode: "firebase", firebase: null });
    withEnv({ AUTH_MODE: "firebase", FIREBASE_PROJECT_ID: "mp-prod", NEXT_PUBLIC_FIREBASE_API_KEY: "AIza-own" });
    expect(clientAuthSettings().firebase).toMatchObject({
      apiKey: "AIza-own",
      projectId: "mp-prod",
      authDomain: "mp-prod.firebaseapp.com",
    });
  });
});
