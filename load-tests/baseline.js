/**
 * Baseline (ops manual 8.2): 10 VUs reading for 60 s, the load of an ordinary
 * day. `k6 run --vus 10 --duration 60s load-tests/baseline.js` (ops/load-test.sh).
 */
import { step } from "./lib/requests.js";
import { SUITES, thresholds } from "./scenarios.js";

const suite = SUITES.baseline;

export const options = {
  vus: suite.vus,
  duration: suite.duration,
  thresholds: thresholds(),
  tags: { suite: "baseline" },
};

export default function () {
  step(suite);
}
