/**
 * AI generation under load (ops manual 8.2): 5 VUs generating plans for 300 s,
 * each its own identity, paced to stay inside the per-person and per-address
 * limits so that what is measured is generation, not refusals. The built-in
 * planner is expected (no Gemini quota spent) unless EXPECT_PROVIDER=gemini.
 */
import { step } from "./lib/requests.js";
import { SUITES, thresholds } from "./scenarios.js";

const suite = SUITES.aiGeneration;

export const options = {
  vus: suite.vus,
  duration: suite.duration,
  thresholds: thresholds(),
  tags: { suite: "ai-generation" },
};

export default function () {
  step(suite);
}
