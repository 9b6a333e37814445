export const dynamic = "force-dynamic";

/**
 * A bare route handler on purpose: no request id, no metrics, no dependency. It is
 * what Next.js alone costs, the yardstick `npm run bench:load -- --mode health`
 * holds `/api/health` against (docs/performance.md). Use /api/livez for liveness.
 */
export function GET(): Response {
  return new Response("pong\n", { headers: { "content-type": "text/plain", "cache-control": "no-store" } });
}
