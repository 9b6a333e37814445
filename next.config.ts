import { execFileSync } from "node:child_process";
import { withSentryConfig } from "@sentry/nextjs/config";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";

const nextConfig: NextConfig = {
  // Lets several builds live side by side (parallel work, benchmarks); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: [
    "better-sqlite3",
    "genkit",
    "@genkit-ai/core",
    "@genkit-ai/ai",
    "@genkit-ai/google-genai",
    "@genkit-ai/firebase",
  ],
};

/**
 * The release id baked into the build (lib/release-build.ts): RELEASE_ID when
 * set, else the checkout's commit, else "unknown", said out loud.
 */
function buildReleaseId(): string {
  if (process.env.RELEASE_ID) return process.env.RELEASE_ID;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: import.meta.dirname, encoding: "utf8", stdio: "pipe" }).trim();
  } catch {
    console.warn('[release] no git checkout here (git rev-parse HEAD failed): the release id is "unknown"; set RELEASE_ID');
    return "unknown";
  }
}

// Sentry's server SDK is required from node_modules, not bundled: bundling it made builds about 40% slower.
const SENTRY_SERVER_PACKAGES = ["@sentry/nextjs", "@sentry/node", "@sentry/opentelemetry"];

// `next start` reads this file too; only builds (and `next dev`) need the release id.
const withRelease = (phase: string): NextConfig => ({
  ...nextConfig,
  serverExternalPackages: [...(nextConfig.serverExternalPackages ?? []), ...SENTRY_SERVER_PACKAGES],
  ...(phase === PHASE_PRODUCTION_SERVER ? {} : { env: { MARKETPLAN_BUILD_RELEASE_ID: buildReleaseId() } }),
});

// Nothing is uploaded and nobody is called at build time: no auth token, no source maps, no telemetry.
export default withSentryConfig(withRelease, {
  silent: true,
  telemetry: false,
  sourcemaps: { disable: true },
  release: { create: false, finalize: false },
  useRunAfterProductionCompileHook: false,
  // Rewrites server dependencies for tracing spans; tracing is off by default (SENTRY_TRACES_SAMPLE_RATE=0).
  buildTimeInstrumentation: false,
});
