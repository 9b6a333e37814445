import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeGemini, startFakeGemini, step } from "@/tests/support/fake-gemini";
import { geminiDefault } from "@/tests/support/gemini-plans";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { type AlertReceivers, startAlertReceivers, TEST_ROUTING_KEY } from "@/tests/support/receivers";

// The built app with Gemini failing one generation in three: the AI alert must page through the real notifiers,
// open an incident, and resolve once generations succeed again.
const TOKEN = "e2e-ops-token-0123456789abcdefghijkl";
const PLAN = {
  businessDescription: "A mobile bicycle repair van serving commuters in Bristol's business parks at lunchtime.",
  monthlyBudget: { amount: 800, currency: "GBP" },
};
const DEDUP_KEY = "marketplanai:ai-service-failure";
const textOf = (request: { json: unknown } | undefined) => (request?.json as { text?: string } | undefined)?.text;

/** Sunday 2-4 AM in Los Angeles holds pages back by design: this test cannot see a page then. */
function inWeeklyMaintenance(now = new Date()): boolean {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "America/Los_Angeles",
    weekday: "short",
    hour: "numeric",
    hourCycle: "h23",
  }).formatToParts(now);
  const weekday = parts.find((p) => p.type === "weekday")?.value;
  const hour = Number(parts.find((p) => p.type === "hour")?.value);
  return weekday === "Sun" && hour >= 1 && hour < 4;
}
const skipReason = inWeeklyMaintenance()
  ? "the manual's Sunday maintenance window is (nearly) in progress and holds pages back"
  : null;
if (skipReason) console.warn(`\n[alerts e2e] SKIPPING: ${skipReason}\n`);

describe.skipIf(skipReason !== null)("alerts end to end on next start", { timeout: 300_000 }, () => {
  let server: NextServer;
  let gemini: FakeGemini;
  let receivers: AlertReceivers;
  let calls = 0;

  beforeAll(async () => {
    receivers = await startAlertReceivers();
    gemini = await startFakeGemini({ tokensPerSecond: 100_000 });
    // Every third generation fails (503): a third of plans come from the fallback planner.
    gemini.setDefault((request) => (++calls % 3 === 0 ? step.unavailable() : geminiDefault(request)));
    server = await startNextServer({
      env: {
        ...receivers.env,
        GEMINI_API_KEY: "e2e-test-key",
        GOOGLE_API_KEY: undefined,
        GEMINI_BASE_URL: gemini.baseUrl,
        AI_MAX_RETRIES: "0",
        OPS_API_TOKEN: TOKEN,
        ALERT_EVALUATION_INTERVAL_MS: "2000",
        ALERTS_ENABLED: "true",
        FIRESTORE_EMULATOR_HOST: undefined,
        STORE: "sqlite",
      },
    });
  });

  afterAll(async () => {
    await server?.stop();
    await gemini?.close();
    await receivers?.close();
  });

  const generate = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const response = await fetch(`${server.url}/api/plans/generate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(PLAN),
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("event: plan");
    }
  };

  it("pages on Gemini failing more than 10 % of generations, and resolves on recovery", async () => {
    await generate(12);
    // Rollups are written when each minute ends; the in-app evaluator runs every 2 s.
    const [trigger] = await receivers.pagerduty.waitFor(1, 120_000);
    expect(trigger?.json).toMatchObject({
      routing_key: TEST_ROUTING_KEY,
      event_action: "trigger",
      dedup_key: DEDUP_KEY,
      payload: { source: "marketplanai", severity: "critical", component: "ai_service", class: "ai_success_rate_percent" },
    });
    const summary = (trigger?.json as { payload?: { summary?: string } } | undefined)?.payload?.summary ?? "";
    expect(summary).toMatch(
      /^\[CRITICAL\] AI Service Failure: AI success rate 66\.667% \(alert when < 90%\) over the last 15 min$/,
    );
    const [slack] = await receivers.slack.waitFor(1);
    expect(textOf(slack)).toBe(`:rotating_light: ${summary}`);
    const [hook] = await receivers.webhook.waitFor(1);
    expect(hook?.json).toMatchObject({ type: "alert.trigger", alert: { dedupKey: "ai-service-failure", severity: "critical" } });
    // The manual sends this rule to PagerDuty and Slack only.
    expect(receivers.smtp.mails).toHaveLength(0);

    const status = (await (await fetch(`${server.url}/api/status`)).json()) as unknown;
    expect(JSON.stringify(status)).toContain("AI Service Failure");

    // Recovery: Gemini answers everything; 30 more plans lift the success rate to 38 of 42 (90.5 %).
    gemini.setDefault(geminiDefault);
    await generate(30);
    const resolve = (await receivers.pagerduty.waitFor(2, 120_000))[1];
    expect(resolve?.json).toEqual({ routing_key: TEST_ROUTING_KEY, event_action: "resolve", dedup_key: DEDUP_KEY });
    expect(textOf((await receivers.slack.waitFor(2))[1])).toMatch(/^:white_check_mark: \[RESOLVED\] AI Service Failure/);
    expect((await receivers.webhook.waitFor(2))[1]?.json).toMatchObject({ type: "alert.resolve" });
    // Exactly one page and one resolve, however many evaluations ran.
    expect(receivers.pagerduty.requests.map((r) => (r.json as { event_action: string }).event_action)).toEqual([
      "trigger",
      "resolve",
    ]);
  });
});
