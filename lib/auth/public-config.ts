import "server-only";
import { z } from "zod";
import { getEnv } from "@/lib/env";

/** What the browser needs to sign in with Firebase Auth. None of it is secret. */
export interface FirebasePublicConfig {
  apiKey: string;
  authDomain: string;
  projectId: string;
  appId?: string;
  /** `host:port` of the Auth emulator the browser should use instead of Google. */
  authEmulatorHost?: string;
  /** Offer "Sign in with Google" (linking the anonymous account). */
  googleSignIn: boolean;
  /** Firebase Performance Monitoring in the browser (needs the web app's `appId`). */
  performance: boolean;
}

/** How identity works in the browser: the server decides and the root layout passes it down. */
export type ClientAuthSettings =
  | { mode: "local"; firebase: null }
  /** `firebase: null` when the public config is missing: sign-in cannot work and the UI says so. */
  | { mode: "firebase"; firebase: FirebasePublicConfig | null };

const optional = z.preprocess((value) => (value === "" ? undefined : value), z.string().min(1).optional());

const PublicEnvSchema = z.object({
  NEXT_PUBLIC_FIREBASE_API_KEY: optional,
  NEXT_PUBLIC_FIREBASE_AUTH_DOMAIN: optional,
  NEXT_PUBLIC_FIREBASE_PROJECT_ID: optional,
  NEXT_PUBLIC_FIREBASE_APP_ID: optional,
  NEXT_PUBLIC_FIREBASE_AUTH_EMULATOR_HOST: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, "NEXT_PUBLIC_FIREBASE_AUTH_EMULATOR_HOST must be host:port")
      .optional(),
  ),
  NEXT_PUBLIC_FIREBASE_GOOGLE_SIGN_IN: z.enum(["true", "false", ""]).default("false"),
  NEXT_PUBLIC_FIREBASE_PERFORMANCE: z.enum(["true", "false", ""]).default("true"),
});

/**
 * EXCEPTION to "env is read in lib/env.ts": these NEXT_PUBLIC_ variables belong
 * there (the report that added this file lists them) and move once lib/env.ts
 * has them. Literal `process.env.X` reads, so Next.js can inline them at build time.
 */
function readPublicEnv() {
  const parsed = PublicEnvSchema.safeParse({
    NEXT_PUBLIC_FIREBASE_API_KEY: process.env.NEXT_PUBLIC_FIREBASE_API_KEY,
    NEXT_PUBLIC_FIREBASE_AUTH_DOMAIN: process.env.NEXT_PUBLIC_FIREBASE_AUTH_DOMAIN,
    NEXT_PUBLIC_FIREBASE_PROJECT_ID: process.env.NEXT_PUBLIC_FIREBASE_PROJECT_ID,
    NEXT_PUBLIC_FIREBASE_APP_ID: process.env.NEXT_PUBLIC_FIREBASE_APP_ID,
    NEXT_PUBLIC_FIREBASE_AUTH_EMULATOR_HOST: process.env.NEXT_PUBLIC_FIREBASE_AUTH_EMULATOR_HOST,
    NEXT_PUBLIC_FIREBASE_GOOGLE_SIGN_IN: process.env.NEXT_PUBLIC_FIREBASE_GOOGLE_SIGN_IN,
    NEXT_PUBLIC_FIREBASE_PERFORMANCE: process.env.NEXT_PUBLIC_FIREBASE_PERFORMANCE,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

const WebConfigSchema = z
  .object({ apiKey: z.string(), authDomain: z.string(), projectId: z.string(), appId: z.string() })
  .partial()
  .passthrough();

/**
 * App Hosting hands every build and instance the web app's config as
 * FIREBASE_WEBAPP_CONFIG (JSON), so nothing needs setting by hand there.
 * Part of the same exception as readPublicEnv.
 */
function appHostingWebConfig(): z.infer<typeof WebConfigSchema> {
  const raw = process.env.FIREBASE_WEBAPP_CONFIG;
  if (!raw) return {};
  try {
    const parsed = WebConfigSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * The browser's auth settings. In Firebase mode the project and emulator default
 * to the server's own (FIREBASE_PROJECT_ID…, FIREBASE_AUTH_EMULATOR_HOST), so
 * pointing the server at the emulator is enough for tests; against the emulator
 * any API key works. Against a real project the API key must be set.
 */
export function clientAuthSettings(): ClientAuthSettings {
  const env = getEnv();
  if (env.authMode === "local") return { mode: "local", firebase: null };
  const pub = readPublicEnv();
  const hosted = appHostingWebConfig();
  const projectId = pub.NEXT_PUBLIC_FIREBASE_PROJECT_ID ?? hosted.projectId ?? env.projectId;
  const authEmulatorHost = pub.NEXT_PUBLIC_FIREBASE_AUTH_EMULATOR_HOST ?? env.FIREBASE_AUTH_EMULATOR_HOST;
  const apiKey = pub.NEXT_PUBLIC_FIREBASE_API_KEY ?? hosted.apiKey ?? (authEmulatorHost ? "emulator-api-key" : undefined);
  if (!projectId || !apiKey) return { mode: "firebase", firebase: null };
  const appId = pub.NEXT_PUBLIC_FIREBASE_APP_ID ?? hosted.appId;
  return {
    mode: "firebase",
    firebase: {
      apiKey,
      authDomain: pub.NEXT_PUBLIC_FIREBASE_AUTH_DOMAIN ?? hosted.authDomain ?? `${projectId}.firebaseapp.com`,
      projectId,
      ...(appId ? { appId } : {}),
      ...(authEmulatorHost ? { authEmulatorHost } : {}),
      googleSignIn: pub.NEXT_PUBLIC_FIREBASE_GOOGLE_SIGN_IN === "true",
      // The manual's real-user performance in the Firebase console; on wherever the web app is registered.
      performance: appId !== undefined && pub.NEXT_PUBLIC_FIREBASE_PERFORMANCE !== "false",
    },
  };
}
