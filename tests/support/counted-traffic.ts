import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { ENDPOINTS, type EndpointName, PLAN_INPUTS, pickEndpoint } from "@/load-tests/scenarios.js";

/**
 * Test traffic to one or more app instances that counts every request it sends,
 * so a test can check that the servers' own counters (Prometheus, the store's
 * rollups) add up to exactly what was sent. Plan requests are read to the end.
 */
export interface Instance {
  name: string;
  url: string;
}

/** Who a request comes from: an identity cookie (none for a first visit) and the client address the proxy saw. */
export interface Caller {
  cookie?: string;
  address: string;
}

export interface GenerationResult {
  instance: string;
  caller: Caller;
  status: number;
  retryAfter: string | null;
  /** The error's message on a refusal. */
  message?: string;
  /** The saved plan, when the stream ended with it. */
  plan?: PlanRecord;
  /** A plan the store could not save in time, signed for the browser to import later (the `unsaved` event). */
  unsaved?: { record: PlanRecord; signature: string };
  lastEvent?: string;
  /** The identity cookie the server issued with a first plan. */
  cookie?: string;
}

const METRICS_PATH = "/api/metrics";

/** The plan a 200 delivered: saved, or kept by the browser to save later. */
export const deliveredPlan = (result: GenerationResult): PlanRecord | undefined => result.plan ?? result.unsaved?.record;

export class CountedTraffic {
  private readonly counts = new Map<string, { all: number; metrics: number }>();
  readonly generations: GenerationResult[] = [];

  constructor(private readonly opsToken: string) {}

  /** Requests sent to `instance`; `exceptMetrics` leaves out the /api/metrics scrapes (Prometheus is compared without them). */
  sentTo(instance: Instance, options: { exceptMetrics?: boolean } = {}): number {
    const count = this.counts.get(instance.name) ?? { all: 0, metrics: 0 };
    return options.exceptMetrics ? count.all - count.metrics : count.all;
  }

  async fetch(instance: Instance, path: string, init: RequestInit = {}): Promise<Response> {
    const count = this.counts.get(instance.name) ?? { all: 0, metrics: 0 };
    count.all += 1;
    if (path.split("?")[0] === METRICS_PATH) count.metrics += 1;
    this.counts.set(instance.name, count);
    return fetch(`${instance.url}${path}`, init);
  }

  async metricsText(instance: Instance): Promise<string> {
    const response = await this.fetch(instance, METRICS_PATH, { headers: { authorization: `Bearer ${this.opsToken}` } });
    if (response.status !== 200) throw new Error(`${instance.name} /api/metrics: HTTP ${response.status}`);
    return response.text();
  }

  /** POST /api/plans/generate as `caller`, read to the end; the result is also kept in `generations`. */
  async generate(instance: Instance, caller: Caller, inputIndex = 0): Promise<GenerationResult> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "text/event-stream",
      "x-forwarded-for": caller.address,
    };
    if (caller.cookie) headers.cookie = caller.cookie;
    const response = await this.fetch(instance, ENDPOINTS.generate.path, {
      method: "POST",
      headers,
      body: JSON.stringify(PLAN_INPUTS[inputIndex % PLAN_INPUTS.length]),
    });
    const result: GenerationResult = {
      instance: instance.name,
      caller,
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      cookie: response.headers.get("set-cookie")?.split(";")[0],
    };
    if (response.status === 200) {
      const events = await readSseEvents(response);
      const last = events.at(-1);
      result.lastEvent = last?.event;
      if (last?.event === "plan") result.plan = last.data as PlanRecord;
      if (last?.event === "unsaved") result.unsaved = last.data as { record: PlanRecord; signature: string };
    } else {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      result.message = body?.error?.message;
    }
    this.generations.push(result);
    return result;
  }

  /** Saves an `unsaved` plan the way the browser does once the store is back: POST /api/plans/import as its owner. */
  async importUnsaved(instance: Instance, result: GenerationResult): Promise<PlanRecord> {
    if (!result.unsaved) throw new Error("nothing to import");
    const headers: Record<string, string> = { "content-type": "application/json", "x-forwarded-for": result.caller.address };
    const cookie = result.caller.cookie ?? result.cookie;
    if (cookie) headers.cookie = cookie;
    const response = await this.fetch(instance, "/api/plans/import", {
      method: "POST",
      headers,
      body: JSON.stringify(result.unsaved),
    });
    if (response.status !== 200 && response.status !== 201)
      throw new Error(`import on ${instance.name}: HTTP ${response.status} ${await response.text()}`);
    return result.unsaved.record;
  }

  /**
   * Walks the comprehensive mix (load-tests/scenarios.js) from each caller in
   * turn over the instances, one request at a time per walker, until `stop()`.
   * Returns every answer whose status the scenario module does not expect.
   */
  async walkMix(args: { instances: Instance[]; walkers: Caller[]; stop: () => boolean }): Promise<string[]> {
    const unexpected: string[] = [];
    let next = 0;
    const walk = async (caller: Caller) => {
      while (!args.stop()) {
        const index = next++;
        const name: EndpointName = pickEndpoint("comprehensive", index);
        const instance = args.instances[index % args.instances.length] as Instance;
        const endpoint = ENDPOINTS[name];
        let status: number;
        if (endpoint.plan) {
          status = (await this.generate(instance, caller, index)).status;
        } else {
          const headers: Record<string, string> = { "x-forwarded-for": caller.address };
          if (caller.cookie) headers.cookie = caller.cookie;
          if (endpoint.auth === "ops") headers.authorization = `Bearer ${this.opsToken}`;
          const response = await this.fetch(instance, endpoint.path, { headers });
          await response.arrayBuffer();
          status = response.status;
        }
        if (!endpoint.expect.includes(status)) unexpected.push(`${name} on ${instance.name}: HTTP ${status}`);
      }
    };
    await Promise.all(args.walkers.map(walk));
    return unexpected;
  }
}
