/**
 * Comprehensive (ops manual 8.2): people browsing, people generating plans,
 * probes on the health endpoints and an operator's dashboard polling the ops
 * endpoints, side by side, as one scenario each (SUITES.comprehensive).
 * `k6 run --out json=test-results/k6/results.json load-tests/comprehensive.js`.
 */
import { step } from "./lib/requests.js";
import { SUITES, thresholds } from "./scenarios.js";

const suite = SUITES.comprehensive;

export const options = {
  scenarios: Object.fromEntries(
    Object.entries(suite.parts).map(([name, part]) => [
      name,
      { executor: "constant-vus", vus: part.vus, duration: suite.duration, exec: name, tags: { part: name } },
    ]),
  ),
  thresholds: thresholds(),
  tags: { suite: "comprehensive" },
};

export function browsing() {
  step(suite.parts.browsing);
}

export function generation() {
  step(suite.parts.generation);
}

export function health() {
  step(suite.parts.health);
}

export function ops() {
  step(suite.parts.ops);
}
