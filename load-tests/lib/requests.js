/**
 * What every k6 suite does with a mix from ../scenarios.js: pick the next
 * endpoint, call it with the tags the thresholds read, check the answer, pause.
 * k6 only (it imports k6 modules); the bench has its own driver in bench/load/.
 */
import { check, sleep } from "k6";
import http from "k6/http";
import { Counter } from "k6/metrics";
import { ENDPOINTS, endpointKind, GENERATION_LIMITS, generationPacingSeconds, PLAN_INPUTS, pickEndpoint } from "../scenarios.js";

export const BASE_URL = (__ENV.BASE_URL || "http://localhost:3000").replace(/\/+$/, "");
/** Read from the environment (ops/load-test.sh exports it), never passed with -e: command lines are logged. */
const OPS_TOKEN = __ENV.OPS_API_TOKEN || "";
/**
 * The planner the server is expected to answer with. The built-in one by default,
 * so a load test spends no Gemini quota: run the server without GEMINI_API_KEY, or
 * set EXPECT_PROVIDER=gemini on purpose (it then spends quota: 60 a minute).
 */
const EXPECT_PROVIDER = __ENV.EXPECT_PROVIDER || "builtin";
/** The server's limits, when they are not its defaults. */
const LIMITS = {
  personPerMinute: Number(__ENV.GENERATION_LIMIT_PER_MINUTE || GENERATION_LIMITS.personPerMinute),
  addressPerMinute: Number(__ENV.GENERATION_IP_LIMIT_PER_MINUTE || GENERATION_LIMITS.addressPerMinute),
};

const plansGenerated = new Counter("plans_generated");
/** Deliberate refusals past the per-person and per-address limits: expected, counted apart. */
const rateLimited = new Counter("generation_rate_limited");

// Module state is per VU in k6: each VU walks its own mix and keeps its own
// cookie jar, so each VU is one identity (the server issues it with the first plan).
let requestIndex = 0;
let hasIdentity = false;
let lastGenerationAt = 0;

/**
 * One request of `part` (a suite or a part of comprehensive, from SUITES), then
 * its think time. `paced`: plan requests wait for the limits (generationPacingSeconds
 * for `part.vus` VUs) instead of collecting 429s; the spike does not wait.
 */
/** @param {import("../scenarios.js").Part} part @param {{ paced: boolean }} [options] */
export function step(part, options = { paced: true }) {
  // VUs start at different places of the walk, so 100 VUs do not all open with the same endpoint.
  /** @type {import("../scenarios.js").EndpointName} */
  let name = pickEndpoint(part.mix, requestIndex + __VU * 5);
  requestIndex += 1;
  if (ENDPOINTS[name].identity && !hasIdentity) name = "plansPage";
  if (ENDPOINTS[name].plan && options.paced) {
    const wait = generationPacingSeconds(part.vus, LIMITS) - (Date.now() - lastGenerationAt) / 1000;
    if (wait > 0) sleep(wait);
  }
  call(name);
  if (part.thinkSeconds > 0) sleep(part.thinkSeconds);
}

/** Calls one endpoint of ENDPOINTS by name, tagged `name` (the endpoint) and `kind` (which threshold). */
/** @param {import("../scenarios.js").EndpointName} name */
export function call(name) {
  const endpoint = ENDPOINTS[name];
  /** @type {Record<string, string>} */
  const headers = {};
  if (endpoint.auth === "ops" && OPS_TOKEN) headers.authorization = `Bearer ${OPS_TOKEN}`;
  const params = {
    headers,
    tags: { name: endpoint.tag, kind: endpointKind(name) },
    responseCallback: http.expectedStatuses(...endpoint.expect),
    timeout: endpoint.plan ? "120s" : "30s",
  };
  if (endpoint.plan) return generate(endpoint, params);
  const response = http.request(endpoint.method, `${BASE_URL}${endpoint.path}`, null, params);
  check(response, { [`${endpoint.tag}: ${endpoint.expect.join(" or ")}`]: (r) => endpoint.expect.includes(r.status) });
  return response;
}

/**
 * @param {import("../scenarios.js").Endpoint} endpoint
 * @param {{ headers: Record<string, string> } & import("k6/http").Params} params
 */
function generate(endpoint, params) {
  const input = PLAN_INPUTS[(__VU + requestIndex) % PLAN_INPUTS.length];
  params.headers["content-type"] = "application/json";
  params.headers.accept = "text/event-stream";
  lastGenerationAt = Date.now();
  const response = http.post(`${BASE_URL}${endpoint.path}`, JSON.stringify(input), params);
  if (response.status === 429) {
    rateLimited.add(1);
    check(response, { "generate: a refusal says when to retry": (r) => Boolean(r.headers["Retry-After"]) });
    return response;
  }
  const body = typeof response.body === "string" ? response.body : "";
  const saved = check(response, {
    "generate: 200": (r) => r.status === 200,
    "generate: the plan was saved (final plan event)": () => body.includes("event: plan\n"),
    [`generate: answered by the ${EXPECT_PROVIDER} planner`]: () => body.includes(`"provider":"${EXPECT_PROVIDER}"`),
  });
  if (saved) {
    plansGenerated.add(1);
    hasIdentity = true;
  }
  return response;
}
