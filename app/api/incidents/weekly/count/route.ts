import { oneNumberRoute } from "@/lib/http/one-number-route";

export const dynamic = "force-dynamic";

/** One number; definition: lib/metrics/one-number-table.ts and docs/operations.md. */
export const GET = oneNumberRoute("/api/incidents/weekly/count");
