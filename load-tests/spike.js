/**
 * Spike (ops manual 8.2): 100 VUs on the comprehensive mix for 60 s with no
 * pacing, so plan requests run into the per-person and per-address limits: those
 * 429s are deliberate (expected statuses, counted in generation_rate_limited),
 * anything else that fails counts against the error threshold.
 */
import { step } from "./lib/requests.js";
import { SUITES, thresholds } from "./scenarios.js";

const suite = SUITES.spike;

export const options = {
  vus: suite.vus,
  duration: suite.duration,
  thresholds: thresholds(),
  tags: { suite: "spike" },
};

export default function () {
  step(suite, { paced: false });
}
