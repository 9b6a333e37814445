import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets several builds live side by side (parallel work, benchmarks); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "genkit", "@genkit-ai/core", "@genkit-ai/ai", "@genkit-ai/google-genai"],
};

export default nextConfig;
