import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanDraft } from "@/ai/planner";
import { parseUserMessage } from "@/ai/prompts/plan-prompt";
import { chromiumUnavailableReason, launchChromium, saveScreenshot } from "@/tests/support/browser";
import { type FakeGemini, startFakeGemini, step } from "@/tests/support/fake-gemini";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { NewPlanPage } from "./pages/new-plan-page";
import { WorkspacePage } from "./pages/workspace-page";

/**
 * Issue 4: AI output and the owner's text are rendered as text, never as HTML. Script and
 * onerror payloads in the description and in every longer text the model writes must stay inert
 * on the live page, the saved plan and the shared page.
 */

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[e2e] SKIPPING XSS browser test: ${skipReason}\n`);

const SCRIPT = "<script>window.__pwned=1</script>";
const IMG = `<img src=x onerror="window.__pwned=1">`;
const PAYLOAD = `${SCRIPT}${IMG}`;
const DESCRIPTION = `Harbor Lane Bakery sells sourdough in Leeds to commuters and cafés. ${SCRIPT} and ${IMG} are part of our name.`;
const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined };

/** Every string the model writes that is longer than a word or a date becomes the payload (short enough for any field). */
function poison(value: unknown): unknown {
  if (typeof value === "string") return value.length > 20 ? `Note ${PAYLOAD}` : value;
  if (Array.isArray(value)) return value.map(poison);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v)]));
  return value;
}

async function expectInert(page: Page, where: string): Promise<void> {
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    `${where}: no script ran`,
  ).toBeUndefined();
  expect(await page.locator('img[src="x"]').count(), `${where}: no img element from the payload`).toBe(0);
  expect(await page.locator("main script").count(), `${where}: no script element in the content`).toBe(0);
  expect(await page.getByText(IMG, { exact: false }).count(), `${where}: the payload shows as literal text`).toBeGreaterThan(0);
}

describe.skipIf(skipReason !== null)("script and HTML payloads render inert", () => {
  let browser: Browser;
  let fake: FakeGemini;
  let server: NextServer;

  beforeAll(async () => {
    browser = await launchChromium();
    fake = await startFakeGemini({ firstTokenDelayMs: 100, tokensPerSecond: 1500 });
    fake.setDefault((request) => {
      const planRequest = parseUserMessage(request.userText);
      if (planRequest.task !== "plan") throw new Error("only whole plans are generated here");
      const draft = buildPlanDraft(planRequest.input);
      return step.ok(JSON.stringify({ ...(poison(draft) as object), title: `Plan ${PAYLOAD}` }));
    });
    server = await startNextServer({ env: { ...NO_KEY, GEMINI_API_KEY: "test-key", GEMINI_BASE_URL: fake.baseUrl } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  it("on the live page, the saved plan and the shared page", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const form = new NewPlanPage(page, server.url);
    await form.goto();
    await form.describeBusiness(DESCRIPTION, { name: `Harbor ${IMG}` });
    await form.submit();

    await form.section("situation").waitFor();
    await expectInert(page, "live page");
    expect(await form.section("executiveSummary").textContent()).toContain(PAYLOAD);
    await saveScreenshot(page, "xss-live");

    const id = await form.waitForSavedPlan();
    const workspace = new WorkspacePage(page, server.url);
    await workspace.title.waitFor();
    expect(await workspace.title.textContent()).toBe(`Plan ${PAYLOAD}`);
    expect(await workspace.banner.textContent(), "Gemini's (poisoned) plan was accepted, not replaced").toContain("Gemini");
    await expectInert(page, "saved plan");
    await saveScreenshot(page, "xss");

    await workspace.reload();
    await expectInert(page, "saved plan after a reload (server-rendered)");

    const url = await workspace.createShareLink();
    expect(url).toContain("/shared/");
    const shared = await context.newPage();
    await shared.goto(url);
    await shared.getByRole("heading", { level: 1 }).waitFor();
    expect(await shared.getByRole("heading", { level: 1 }).textContent()).toBe(`Plan ${PAYLOAD}`);
    await expectInert(shared, "shared page");
    await saveScreenshot(shared, "xss-shared");
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await context.close();
  });
});
