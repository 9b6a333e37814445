import "server-only";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { log } from "@/lib/log";
import { metricsEnabled, recordHttp } from "./record";

/** The label of a request that matches no page (a 404). */
export const UNMATCHED_ROUTE = "(unmatched)";

interface PagePattern {
  pattern: string;
  regex: RegExp;
  dynamicSegments: number;
}

/**
 * Page and non-API route patterns of a build, from Next's
 * `app-path-routes-manifest.json` (`"/plans/[id]/page": "/plans/[id]"`).
 * API routes are left out: `route()` measures those itself.
 */
export function pagePatterns(manifest: Record<string, string>): PagePattern[] {
  const patterns = Object.entries(manifest)
    .filter(([key, value]) => (key.endsWith("/page") || key.endsWith("/route")) && !value.startsWith("/api/"))
    .map(([, value]) => value)
    .filter((value) => !value.startsWith("/_"));
  return [...new Set(patterns)]
    .map((pattern) => {
      const segments = pattern.split("/").filter(Boolean);
      const source = segments
        .map((segment) =>
          segment.startsWith("[...") ? ".+" : segment.startsWith("[") ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
        )
        .join("/");
      return {
        pattern,
        regex: new RegExp(`^/${source}/?$`),
        dynamicSegments: segments.filter((segment) => segment.startsWith("[")).length,
      };
    })
    .sort((a, b) => a.dynamicSegments - b.dynamicSegments);
}

/** The pattern a path is served by, static routes first; UNMATCHED_ROUTE when none. */
export function matchPage(patterns: readonly PagePattern[], pathname: string): string {
  return patterns.find((candidate) => candidate.regex.test(pathname))?.pattern ?? UNMATCHED_ROUTE;
}

const KEY = Symbol.for("marketplanai.pageRequests");
type Holder = { [KEY]?: boolean };

/**
 * Measures page requests (everything but `/api/*`, which `route()` measures,
 * and `/_next/*` assets) at the Node HTTP server, from arrival to the last
 * byte of the streamed page, labelled by page pattern. Installed once per
 * process, from instrumentation; a no-op when the build has no manifest.
 */
export function measurePageRequests(distDir: string): void {
  const holder = globalThis as Holder;
  if (holder[KEY] || !metricsEnabled()) return;
  let manifest: Record<string, string>;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8"));
  } catch {
    log.warn("metrics.pages_not_measured", { reason: `no app-path-routes-manifest.json in ${distDir}` });
    return;
  }
  const patterns = pagePatterns(manifest);
  holder[KEY] = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function measured(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const pathname = (request.url ?? "/").split("?")[0] ?? "/";
      if (!pathname.startsWith("/api/") && !pathname.startsWith("/_next/")) {
        const started = performance.now();
        response.once("finish", () => {
          recordHttp({
            route: matchPage(patterns, pathname),
            method: request.method ?? "GET",
            status: response.statusCode,
            seconds: (performance.now() - started) / 1000,
          });
        });
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
