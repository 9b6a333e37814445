/**
 * The one description of load on MarketPlanAI: which endpoints, in which mix,
 * how many virtual users for how long, and what passes. The k6 suites in this
 * folder and `npm run bench:load` both read it, so what runs in k6 and what is
 * measured on this machine cannot drift apart. Plain data in plain JavaScript:
 * k6 imports ES modules but neither TypeScript nor Node's modules.
 */

/**
 * The SLOs a load test checks, as lib/slo/load-targets.ts derives them from
 * lib/slo/slo-config.ts (the one source). k6 cannot read that file, so this is
 * a copy: load-tests/scenarios.test.ts fails, printing the right values, when
 * the two differ.
 */
export const SLO_TARGETS = {
  /** errorRate: the largest share of requests answered with an error. */
  failedShare: 0.01,
  /** responseTime: p95 of every HTTP request, in ms. */
  responseQuantile: 0.95,
  responseTargetMs: 3000,
  /** aiGeneration: p90 of a whole plan generation, in ms. */
  generationQuantile: 0.9,
  generationTargetMs: 30000,
};

/**
 * The server's default generation limits (lib/env.ts): per person and per
 * client address, per minute. A load generator is one address, so its pace
 * is set by both; a 429 past them is deliberate, not a failure.
 */
export const GENERATION_LIMITS = { personPerMinute: 5, addressPerMinute: 20 };

/** A plan request the built-in planner answers in a few milliseconds; varied by VU so plans differ. */
export const PLAN_INPUTS = [
  {
    businessDescription:
      "Bloom & Brew is a plant shop and coffee bar in Austin, Texas, selling houseplants, pots and workshops to young professionals nearby.",
    monthlyBudget: { amount: 3000, currency: "USD" },
    goals: ["Double workshop bookings", "Grow Instagram to 10k followers"],
  },
  {
    businessDescription:
      "A bakery in Lyon selling sourdough bread and pastries to office workers and families in the 7th arrondissement.",
    monthlyBudget: { amount: 800, currency: "EUR" },
    goals: ["Sell 50 more loaves a day"],
  },
  {
    businessDescription:
      "An online bookkeeping service for freelance designers in the UK, billed monthly, run by two accountants.",
    monthlyBudget: { amount: 1500, currency: "GBP" },
    goals: ["Reach 100 paying clients", "Cut churn below 3 % a month"],
    timeframeMonths: 6,
  },
];

/**
 * Every endpoint a suite calls. `tag` names it in k6 (the `name` tag) and in the
 * bench's output; `auth: "ops"` sends the operations token; `plan` posts a plan
 * request; `identity` needs the caller's identity cookie (given by a first plan).
 */
export const ENDPOINTS = {
  home: { method: "GET", path: "/", tag: "home", expect: [200] },
  plansPage: { method: "GET", path: "/plans", tag: "plans-page", expect: [200] },
  statusPage: { method: "GET", path: "/status", tag: "status-page", expect: [200] },
  statusApi: { method: "GET", path: "/api/status", tag: "status-api", expect: [200] },
  planList: { method: "GET", path: "/api/plans?limit=20", tag: "plan-list", expect: [200], identity: true },
  generate: { method: "POST", path: "/api/plans/generate", tag: "generate", expect: [200, 429], plan: true },
  health: { method: "GET", path: "/api/health", tag: "health", expect: [200] },
  livez: { method: "GET", path: "/api/livez", tag: "livez", expect: [200] },
  readyz: { method: "GET", path: "/api/readyz", tag: "readyz", expect: [200] },
  metrics: { method: "GET", path: "/api/metrics", tag: "metrics", expect: [200], auth: "ops" },
  rpm: { method: "GET", path: "/api/metrics/rpm", tag: "rpm", expect: [200], auth: "ops" },
  dashboard: { method: "GET", path: "/api/ops/dashboard", tag: "ops-dashboard", expect: [200], auth: "ops" },
};

/** Mixes: endpoint name to weight (relative share of requests). */
export const MIXES = {
  browsing: { home: 4, plansPage: 2, statusPage: 2, statusApi: 1, planList: 1 },
  generation: { generate: 1 },
  health: { health: 3, livez: 1, readyz: 1 },
  ops: { metrics: 2, rpm: 1, dashboard: 1 },
  /** What a busy day looks like: mostly people reading, some generating, probes and ops polling. */
  comprehensive: {
    home: 16,
    plansPage: 8,
    statusPage: 8,
    statusApi: 4,
    planList: 4,
    generate: 20,
    health: 18,
    livez: 6,
    readyz: 6,
    metrics: 4,
    rpm: 3,
    dashboard: 3,
  },
};

/**
 * The manual's suites (ops manual 8.2). `thinkSeconds` is the pause after each
 * request of a VU; generation scenarios are paced by the limits instead
 * (generationPacingSeconds). `comprehensive` runs its parts side by side.
 */
export const SUITES = {
  baseline: { vus: 10, duration: "60s", mix: "browsing", thinkSeconds: 1 },
  aiGeneration: { vus: 5, duration: "300s", mix: "generation", thinkSeconds: 0 },
  spike: { vus: 100, duration: "60s", mix: "comprehensive", thinkSeconds: 0.5 },
  comprehensive: {
    duration: "120s",
    parts: {
      browsing: { vus: 10, mix: "browsing", thinkSeconds: 1 },
      generation: { vus: 3, mix: "generation", thinkSeconds: 0 },
      health: { vus: 2, mix: "health", thinkSeconds: 1 },
      ops: { vus: 1, mix: "ops", thinkSeconds: 5 },
    },
  },
};

/** "60s", "5m", "1h30m" in seconds. @param {string} text */
export function durationSeconds(text) {
  const parts = String(text).match(/^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/);
  if (!parts || text === "") throw new Error(`Not a duration: ${text} (use 60s, 5m or 1h30m)`);
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}

/**
 * The seconds between two plan requests of one VU such that `vus` VUs on one
 * address stay inside both limits (so the suites measure generation, not 429s).
 *
 * @param {number} vus @param {{ personPerMinute: number, addressPerMinute: number }} [limits]
 */
export function generationPacingSeconds(vus, limits = GENERATION_LIMITS) {
  const perPerson = limits.personPerMinute > 0 ? 60 / limits.personPerMinute : Number.POSITIVE_INFINITY;
  const perAddress = limits.addressPerMinute > 0 ? (60 * vus) / limits.addressPerMinute : Number.POSITIVE_INFINITY;
  return Math.max(perPerson, perAddress);
}

/**
 * The endpoint the `index`-th request of a mix calls: a deterministic walk
 * through the weights (each endpoint appears in proportion, interleaved), so
 * short runs are representative and runs can be compared.
 *
 * @param {keyof typeof MIXES} mixName @param {number} index @returns {keyof typeof ENDPOINTS}
 */
export function pickEndpoint(mixName, index) {
  const entries = mixEntries(mixName);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  // A multiplier coprime with the total spreads consecutive indices across the cycle.
  let step = 7;
  while (gcd(step, total) !== 1) step += 1;
  let slot = (((index * step) % total) + total) % total;
  for (const [name, weight] of entries) {
    if (slot < weight) return name;
    slot -= weight;
  }
  throw new Error(`Mix ${mixName} has no endpoints`);
}

/**
 * The mix's endpoints and weights, checked.
 * @param {keyof typeof MIXES} mixName @returns {[keyof typeof ENDPOINTS, number][]}
 */
export function mixEntries(mixName) {
  const mix = MIXES[mixName];
  if (!mix) throw new Error(`Unknown mix ${mixName}: one of ${Object.keys(MIXES).join(", ")}`);
  const entries = /** @type {[keyof typeof ENDPOINTS, number][]} */ (Object.entries(mix));
  for (const [name, weight] of entries) {
    if (!(name in ENDPOINTS)) throw new Error(`Mix ${mixName} names unknown endpoint ${name}`);
    if (!(Number.isInteger(weight) && weight > 0))
      throw new Error(`Mix ${mixName}: weight of ${name} must be a whole number above 0`);
  }
  return entries;
}

/**
 * k6 thresholds from the SLO targets (REFERENCE.md): errors over every request;
 * the response-time p95 over `kind:request`, every request but plan generations,
 * because the app's own SLO times a generation up to its headers and k6 times the
 * whole stream; that whole stream is what the AI-generation p90 is about.
 * `abortOnFail` stays off so that a run always reports its figures.
 *
 * @param {typeof SLO_TARGETS} [targets] @returns {Record<string, string[]>}
 */
export function thresholds(targets = SLO_TARGETS) {
  const q = (/** @type {number} */ share) => Number((share * 100).toFixed(2));
  return {
    http_req_failed: [`rate<${targets.failedShare}`],
    "http_req_duration{kind:request}": [`p(${q(targets.responseQuantile)})<${targets.responseTargetMs}`],
    "http_req_duration{name:generate}": [`p(${q(targets.generationQuantile)})<${targets.generationTargetMs}`],
  };
}

/** The `kind` tag of an endpoint: what its thresholds are. @param {keyof typeof ENDPOINTS} endpointName */
export function endpointKind(endpointName) {
  return "plan" in ENDPOINTS[endpointName] ? "generation" : "request";
}

/** @param {number} a @param {number} b @returns {number} */
function gcd(a, b) {
  return b === 0 ? a : gcd(b, a % b);
}
