/**
 * Drives a running server with a mix of load-tests/scenarios.js through
 * autocannon (closed loop: each connection sends its next request when the last
 * one is answered), recording every answer's endpoint, status and latency.
 */
import autocannon from "autocannon";
import { ENDPOINTS, type EndpointName, type MixName, PLAN_INPUTS, pickEndpoint } from "@/load-tests/scenarios.js";
import type { Sample } from "./load-summary";

/** A 200 to a plan request whose stream ended without the saved plan (an `error` or `unsaved` event). */
export const STREAM_WITHOUT_PLAN = 1;

export interface DriveOptions {
  url: string;
  mix: MixName;
  connections: number;
  seconds: number;
  /** Requests a second over all connections; unset for as fast as the server answers. */
  rate?: number;
  opsToken: string;
  /** Identity cookies (`mp_uid=…`) shared out over the requests; with none, pages that need one are swapped for /plans. */
  identities: string[];
}

interface RequestContext {
  endpoint?: EndpointName;
  sentAt?: number;
}

export async function driveMix(options: DriveOptions): Promise<{ samples: Sample[]; seconds: number }> {
  const samples: Sample[] = [];
  // autocannon resets a connection's context after every request, so the walk through the mix is shared.
  let next = 0;
  const started = performance.now();
  const errorCodes: Record<string, number> = {};
  const cannonOptions: autocannon.Options = {
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 60,
    overallRate: options.rate,
    requests: [
      {
        setupRequest: (request, context) => {
          const index = next++;
          const identity = options.identities[index % Math.max(1, options.identities.length)];
          let name = pickEndpoint(options.mix, index);
          if (ENDPOINTS[name].identity && !identity) name = "plansPage";
          const endpoint = ENDPOINTS[name];
          Object.assign(context, { endpoint: name, sentAt: performance.now() } satisfies RequestContext);
          const headers: Record<string, string> = {};
          if (identity) headers.cookie = identity;
          if (endpoint.auth === "ops") headers.authorization = `Bearer ${options.opsToken}`;
          if (!endpoint.plan) return { ...request, method: endpoint.method, path: endpoint.path, headers, body: undefined };
          headers["content-type"] = "application/json";
          headers.accept = "text/event-stream";
          const body = JSON.stringify(PLAN_INPUTS[index % PLAN_INPUTS.length]);
          return { ...request, method: endpoint.method, path: endpoint.path, headers, body };
        },
        onResponse: (status, body, context) => {
          const { endpoint, sentAt } = context as RequestContext;
          if (!endpoint || sentAt === undefined) return;
          const saved = !ENDPOINTS[endpoint].plan || status !== 200 || body.includes("event: plan\n");
          samples.push({
            endpoint: ENDPOINTS[endpoint].tag,
            status: saved ? status : STREAM_WITHOUT_PLAN,
            ms: performance.now() - sentAt,
          });
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(cannonOptions, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("reqError", (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    });
  });
  // Connection errors and timeouts never reach onResponse; their causes are kept apart.
  for (let i = 0; i < result.errors; i++) samples.push({ endpoint: "(no answer)", status: 0, ms: Number.NaN });
  // autocannon's own histogram, to cross-check the per-request latencies taken from setupRequest.
  console.log(
    `  autocannon's own latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms`,
  );
  if (result.errors > 0) console.log(`  no answer: ${JSON.stringify(errorCodes)} (timeouts ${result.timeouts})`);
  return { samples, seconds: (performance.now() - started) / 1000 };
}

/** One path as fast as the server answers: requests a second and latency quantiles (autocannon's own). */
export async function drivePath(url: string, path: string, connections: number, seconds: number) {
  const result = await autocannon({ url: `${url}${path}`, connections, duration: seconds, timeout: 30 });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * `count` identities, each made the way a browser gets one: a first plan
 * request without a cookie, answered with the signed identity cookie.
 */
export async function newIdentities(url: string, count: number): Promise<string[]> {
  const cookies: string[] = [];
  const one = async (index: number) => {
    const response = await fetch(`${url}/api/plans/generate`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(PLAN_INPUTS[index % PLAN_INPUTS.length]),
    });
    await response.text();
    const cookie = response.headers.get("set-cookie")?.split(";")[0];
    if (response.status !== 200 || !cookie) throw new Error(`Making identity ${index}: HTTP ${response.status}, no cookie`);
    cookies.push(cookie);
  };
  for (let i = 0; i < count; i += 10) await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, j) => one(i + j)));
  return cookies;
}
