import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlanDraft } from "@/ai/planner";
import { PlanInputSchema } from "@/ai/schemas/plan-input";
import { chromiumUnavailableReason, launchChromium, saveScreenshot } from "@/tests/support/browser";
import { type FakeGemini, startFakeGemini, step } from "@/tests/support/fake-gemini";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { NewPlanPage } from "./pages/new-plan-page";
import { PlanPage } from "./pages/plan-page";

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[e2e] SKIPPING browser tests: ${skipReason}\n`);

const DESCRIPTION =
  "Harbor Lane Bakery is a family sourdough bakery in Leeds selling bread and pastries to commuters " +
  "at the station and wholesale to a dozen independent cafés. We want more weekday pre-orders.";
const GEMINI_TITLE = "Harbor Lane Bakery: the commuter pre-order plan (written by fake Gemini)";
/** What the form sends; the fake Gemini answers with the built-in planner's draft for the same input. */
const FORM_INPUT = {
  businessDescription: DESCRIPTION,
  businessName: "Harbor Lane Bakery",
  monthlyBudget: { amount: 2500, currency: "GBP" },
};
const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined };

async function newPage(browser: Browser, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

async function expectSavedPlan(plan: PlanPage, title: RegExp | string): Promise<void> {
  await plan.title.waitFor();
  const heading = await plan.title.textContent();
  if (typeof title === "string") expect(heading).toBe(title);
  else expect(heading).toMatch(title);
  expect(await plan.sectionHeadings()).toEqual(PlanPage.expectedHeadings());
  expect(await plan.page.locator('[data-section="budget"] table').count()).toBe(1);
}

describe.skipIf(skipReason !== null)("generate a plan in the browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe("with Gemini (the fake Gemini server, through the real plugin)", () => {
    let fake: FakeGemini;
    let server: NextServer;

    beforeAll(async () => {
      fake = await startFakeGemini({ firstTokenDelayMs: 300, tokensPerSecond: 1500 });
      const input = PlanInputSchema.parse(FORM_INPUT);
      fake.setDefault(step.ok(JSON.stringify({ ...buildPlanDraft(input), title: GEMINI_TITLE })));
      server = await startNextServer({
        env: { ...NO_KEY, GEMINI_API_KEY: "test-key", GEMINI_BASE_URL: fake.baseUrl },
      });
    });

    afterAll(async () => {
      await server?.stop();
      await fake?.close();
    });

    it("shows the first section before the last arrives, then the saved plan, also after a reload", async () => {
      const page = await newPage(browser, 1280, 900);
      const form = new NewPlanPage(page, server.url);
      await form.goto();
      await form.describeBusiness(DESCRIPTION, { name: FORM_INPUT.businessName, budget: "2500", currency: "GBP" });
      await form.submit();

      await form.section("executiveSummary").waitFor({ state: "visible" });
      expect(await form.section("assumptions").count(), "the last section must not have arrived yet").toBe(0);
      expect(await form.progress.textContent()).toMatch(/^(Writing|Waiting|Starting)/);
      await form.section("situation").waitFor({ state: "visible" });
      await saveScreenshot(page, "e2e-gemini-streaming");

      const id = await form.waitForSavedPlan();
      const plan = new PlanPage(page);
      await expectSavedPlan(plan, GEMINI_TITLE);
      const banner = await plan.banner.textContent();
      expect(banner).toContain("Written by Gemini");
      expect(banner).toContain("gemini-2.0-flash");
      await saveScreenshot(page, "e2e-gemini-saved-plan");

      await plan.reload();
      expect(new URL(page.url()).pathname).toBe(`/plans/${id}`);
      await expectSavedPlan(plan, GEMINI_TITLE);
      expect(await plan.banner.textContent()).toContain("gemini-2.0-flash");

      const streamed = fake.requests.filter((r) => r.action === "streamGenerateContent");
      expect(streamed.length, "one streamed model call per plan").toBe(1);
      expect(streamed[0]?.userText).toContain("sourdough bakery in Leeds");
      await page.context().close();
    });

    it("cancels: the model call stops and the form comes back as it was", async () => {
      const page = await newPage(browser, 1280, 900);
      const form = new NewPlanPage(page, server.url);
      await form.goto();
      await form.describeBusiness(DESCRIPTION);
      await form.submit();
      await form.section("executiveSummary").waitFor({ state: "visible" });
      expect(fake.activeRequests, "the model is still streaming").toBe(1);
      await form.cancel();

      await page.getByText("Cancelled. Nothing was saved").waitFor();
      expect(new URL(page.url()).pathname).toBe("/");
      await form.description.waitFor({ state: "visible" });
      expect(await form.description.inputValue(), "the form keeps what was typed").toBe(DESCRIPTION);
      const deadline = Date.now() + 5_000;
      while (fake.activeRequests > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(fake.activeRequests, "aborting the fetch cancels the model call").toBe(0);
      await saveScreenshot(page, "e2e-gemini-cancelled");
      await page.context().close();
    });
  });

  describe("without a Gemini key (the built-in planner)", () => {
    let server: NextServer;

    beforeAll(async () => {
      server = await startNextServer({ env: NO_KEY });
    });

    afterAll(async () => {
      await server?.stop();
    });

    it("says the built-in planner wrote the plan, on a 360 px wide screen", async () => {
      const page = await newPage(browser, 360, 780);
      await page.emulateMedia({ colorScheme: "dark" });
      const form = new NewPlanPage(page, server.url);
      await form.goto();
      await form.describeBusiness("A bakery.");
      await form.submit();
      const tooShort = page.getByText("Describe your business in at least 20 characters");
      await tooShort.waitFor();
      await expect
        .poll(() => form.description.evaluate((el) => el === document.activeElement), { message: "focus moves to the problem" })
        .toBe(true);
      expect(await form.description.getAttribute("aria-invalid")).toBe("true");

      await form.describeBusiness(DESCRIPTION);
      await tooShort.waitFor({ state: "detached" });
      await form.submit();

      await form.waitForSavedPlan();
      const plan = new PlanPage(page);
      await expectSavedPlan(plan, /Harbor Lane|bakery/i);
      const banner = await plan.banner.textContent();
      expect(banner).toContain("built-in planner");
      expect(banner).toContain("no AI");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "no sideways scrolling of the page at 360 px").toBeLessThanOrEqual(0);
      await saveScreenshot(page, "e2e-builtin-saved-plan-360px-dark");
      await page.context().close();
    });
  });
});
