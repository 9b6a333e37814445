/**
 * The IETF draft "Health Check Response Format for HTTP APIs"
 * (`application/health+json`): an overall status and, per
 * `component:measurement`, what was observed.
 */
export type HealthStatus = "pass" | "warn" | "fail";

export const HEALTH_CONTENT_TYPE = "application/health+json";

export interface HealthCheck {
  componentId: string;
  componentType: "datastore" | "system" | "component";
  observedValue?: number | string | boolean;
  observedUnit?: string;
  status: HealthStatus;
  time: string;
  /** Why a check is not `pass`, in plain words; absent on pass. */
  output?: string;
}

export interface HealthReport {
  status: HealthStatus;
  releaseId: string;
  serviceId: string;
  description: string;
  checks: Record<string, HealthCheck[]>;
  output?: string;
}

const RANK: Record<HealthStatus, number> = { pass: 0, warn: 1, fail: 2 };

export function worst(statuses: Iterable<HealthStatus>): HealthStatus {
  let result: HealthStatus = "pass";
  for (const status of statuses) if (RANK[status] > RANK[result]) result = status;
  return result;
}

/** pass and warn answer 200, fail 503; never cached by anyone on the way. */
export function healthResponse(body: { status: HealthStatus } & Record<string, unknown>, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status: body.status === "fail" ? 503 : 200,
    headers: { "content-type": HEALTH_CONTENT_TYPE, "cache-control": "no-store", ...headers },
  });
}
