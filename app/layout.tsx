import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/auth/account-menu";
import { AuthProvider } from "@/components/auth/auth-provider";
import { PendingPlansSaver } from "@/components/generate/pending-plans-saver";
import { StatusBanner } from "@/components/status/status-banner";
import { VitalsReporter } from "@/components/status/vitals-reporter";
import { clientAuthSettings } from "@/lib/auth/public-config";
import { getEnv } from "@/lib/env";
import { BROWSER_DSN_META } from "@/lib/sentry/client-options";
import "./globals.css";

export function generateMetadata(): Metadata {
  const browserDsn = getEnv().SENTRY_BROWSER_DSN;
  return {
    title: { default: "MarketPlanAI", template: "%s · MarketPlanAI" },
    description: "Turn a few sentences about a business into a complete, structured marketing plan.",
    // A browser Sentry DSN given at run time (instrumentation-client.ts reads it).
    ...(browserDsn ? { other: { [BROWSER_DSN_META]: browserDsn } } : {}),
  };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry the nonce of this response's
  // Content-Security-Policy (proxy.ts), which a page prerendered at build time cannot know.
  await connection();
  const auth = clientAuthSettings();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <StatusBanner />
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-bold tracking-tight">
              MarketPlan<span className="text-brand-600 dark:text-brand-300">AI</span>
            </Link>
            <nav aria-label="Main" className="flex items-center gap-3">
              {/* Also configures authorizedFetch for every component on the page. */}
              <AuthProvider mode={auth.mode} config={auth.firebase}>
                <AccountMenu />
              </AuthProvider>
              <Link href="/plans" className="btn-secondary">
                My plans
              </Link>
              <Link href="/" className="btn-secondary">
                New plan
              </Link>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">
          {children}
        </main>
        <PendingPlansSaver />
        <VitalsReporter />
        <footer className="border-t border-slate-200 py-4 text-center text-sm muted dark:border-slate-800">
          Plans are first drafts: check every estimate before you spend money on it.{" "}
          <Link href="/status" className="underline underline-offset-2">
            Service status
          </Link>
        </footer>
      </body>
    </html>
  );
}
