/**
 * The release id next.config.ts baked into this build (RELEASE_ID at build time,
 * else `git rev-parse HEAD`), or "unknown" when neither was available. Safe in
 * the browser: Next.js inlines the literal `process.env.MARKETPLAN_BUILD_RELEASE_ID`
 * read at build time (the one exception to "env is read in lib/env.ts").
 */
export const BUILD_RELEASE_ID: string = process.env.MARKETPLAN_BUILD_RELEASE_ID || "unknown";
