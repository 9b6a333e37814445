export const dynamic = "force-dynamic";

/** Liveness: the process answers. Deliberately checks no dependency (a store outage must not restart instances). */
export function GET(): Response {
  return Response.json(
    { status: "pass" },
    { headers: { "content-type": "application/health+json", "cache-control": "no-store" } },
  );
}
