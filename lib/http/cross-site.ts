import { publicOrigin } from "./public-origin";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * API paths meant for machines, authenticated by the ops bearer token rather
 * than a browser cookie: a cross-site page cannot forge that token, and
 * monitors or cron jobs send no browser headers anyway.
 */
export const MACHINE_PATH_PREFIXES = ["/api/metrics", "/api/analytics", "/api/incidents", "/api/reports", "/api/ops"];

/**
 * Why a request must be refused as cross-site, or null to let it through.
 * Applies to state-changing methods under /api. A browser names the page that
 * sent the request in `Origin` (or, where it leaves Origin out, says how it
 * relates in `Sec-Fetch-Site`); a request with neither comes from a program
 * (curl, a monitor, the tests), which cookies do not follow unbidden.
 * "Same site" is not enough: another app on a sibling subdomain is same-site.
 */
export function crossSiteRefusal(request: Request): string | null {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return null;
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith("/api/")) return null;
  if (MACHINE_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return null;

  const origin = request.headers.get("origin");
  if (origin !== null) {
    const own = publicOrigin(request);
    if (origin === own) return null;
    return `This request came from another site (${origin.slice(0, 100)}), and only pages of ${own} may change plans. Open the app itself and try again.`;
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === null || site === "same-origin" || site === "none") return null;
  return `This request came from another site (Sec-Fetch-Site: ${site.slice(0, 40)}), and only this app's own pages may change plans. Open the app itself and try again.`;
}
