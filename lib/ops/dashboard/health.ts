import "server-only";
import { getStatus } from "@/lib/status/status";
import type { HealthPanel } from "./types";

/** Health per component, from the same (cached) summary as /api/status, with the reasons /status does not show. */
export async function loadHealthPanel(): Promise<HealthPanel> {
  const summary = await getStatus();
  return {
    indicator: summary.status.indicator,
    description: summary.status.description,
    components: summary.components.map(({ id, name, status, description }) => ({ id, name, status, description })),
  };
}
