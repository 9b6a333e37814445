import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "genkit", "@genkit-ai/core", "@genkit-ai/ai", "@genkit-ai/google-genai"],
};

export default nextConfig;
