import { type NextRequest, NextResponse } from "next/server";
import { clientAuthSettings } from "@/lib/auth/public-config";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { crossSiteRefusal } from "@/lib/http/cross-site";
import { publicOrigin } from "@/lib/http/public-origin";
import { requestIdFor } from "@/lib/http/request-id";
import { API_CSP, contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";
import { clientSentrySettings } from "@/lib/sentry/client-options";

/**
 * Runs in front of every page and API request (Next 16's proxy, formerly
 * middleware): refuses cross-site writes to the API, gives each page a fresh
 * CSP nonce (Next.js reads it from the request's Content-Security-Policy and
 * puts it on every script it renders), and sets the security headers.
 */
export function proxy(request: NextRequest): NextResponse {
  const env = getEnv();
  const common = securityHeaders({
    production: env.NODE_ENV === "production",
    https: publicOrigin(request).startsWith("https:"),
  });

  if (request.nextUrl.pathname.startsWith("/api/")) {
    const refusal = crossSiteRefusal(request);
    const response = refusal
      ? NextResponse.json(new AppError("forbidden", refusal).toBody(requestIdFor(request)), {
          status: 403,
          headers: { "cache-control": "no-store" },
        })
      : NextResponse.next();
    return withHeaders(response, { ...common, "content-security-policy": API_CSP });
  }

  const nonce = newNonce();
  const auth = clientAuthSettings();
  const csp = contentSecurityPolicy({
    nonce,
    development: env.NODE_ENV === "development",
    // The DSN the browser bundle was built with, else the one the page hands it at run time.
    sentryDsn: clientSentrySettings(env.SENTRY_BROWSER_DSN)?.dsn,
    firebase: auth.firebase,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), {
    ...common,
    "content-security-policy": csp,
  });
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build output is immutable and served as files; everything else (pages, API, icons) gets the headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
