import type { MetricReading } from "@/lib/analytics/reading";

/** What text a figure without a value prints: never a made-up number. */
export const NO_VALUE_TEXT = "n/a";

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): MediaRange[] {
  return header.split(",").flatMap((part) => {
    const [range = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const [type, subtype] = range.split("/");
    if (!type || !subtype) return [];
    const qParam = params.find((param) => param.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    return Number.isFinite(q) ? [{ type, subtype, q: Math.min(1, Math.max(0, q)) }] : [];
  });
}

/** The q of the most specific range that matches `type/subtype`; 0 when none does. */
function qualityOf(ranges: MediaRange[], type: string, subtype: string): number {
  const exact = ranges.find((range) => range.type === type && range.subtype === subtype);
  const anySubtype = ranges.find((range) => range.type === type && range.subtype === "*");
  const anything = ranges.find((range) => range.type === "*" && range.subtype === "*");
  return (exact ?? anySubtype ?? anything)?.q ?? 0;
}

/**
 * JSON only when the client names `application/json` and asks for it at least
 * as strongly as for plain text; no Accept header, `*\/*` (curl's default),
 * a browser's Accept and anything else get the bare number.
 */
export function prefersJson(request: Request): boolean {
  const header = request.headers.get("accept");
  if (!header) return false;
  const ranges = parseAccept(header);
  const json = ranges.find((range) => range.type === "application" && range.subtype === "json")?.q ?? 0;
  return json > 0 && json >= qualityOf(ranges, "text", "plain");
}

/**
 * Serves one figure: the bare number as `text/plain` (so `$(curl -s …)` prints
 * it; `n/a` when there is no value), or `{metric, value, unit, window, asOf}`
 * when the client asks for JSON. Never cached.
 */
export function oneNumber(request: Request, figure: MetricReading): Response {
  const headers = { "cache-control": "no-store", vary: "Accept" };
  if (prefersJson(request)) return Response.json(figure, { headers });
  const text = figure.value === null ? NO_VALUE_TEXT : String(figure.value);
  return new Response(text, { headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
}
