import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, runAxe, seriousViolations } from "@/tests/support/axe";
import { chromiumUnavailableReason, launchChromium, saveScreenshot } from "@/tests/support/browser";
import { type FakeGemini, startFakeGemini, step } from "@/tests/support/fake-gemini";
import { answerLikeGemini } from "@/tests/support/gemini-plans";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { MyPlansPage } from "./pages/my-plans-page";
import { NewPlanPage } from "./pages/new-plan-page";
import { WorkspacePage } from "./pages/workspace-page";

/**
 * axe-core (WCAG 2.0/2.1 A and AA, and best practices) on every page and the states a person
 * meets there, in light and dark, at 360 px and on a desktop: no serious or critical violation.
 * Plus one plan written and opened with the keyboard alone.
 */

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[e2e] SKIPPING accessibility tests: ${skipReason}\n`);

const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined };
const DESCRIPTION =
  "Northside Bike Repair fixes and services bicycles in Manchester for commuters and students, " +
  "with a mobile van for office car parks. We want more regular service contracts.";

const LAYOUTS = [
  { name: "desktop-light", width: 1280, height: 900, colorScheme: "light" },
  { name: "desktop-dark", width: 1280, height: 900, colorScheme: "dark" },
  { name: "360px-light", width: 360, height: 780, colorScheme: "light" },
  { name: "360px-dark", width: 360, height: 780, colorScheme: "dark" },
] as const;

describe.skipIf(skipReason !== null)("accessibility", () => {
  let browser: Browser;
  let fake: FakeGemini;
  let server: NextServer;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    // Gemini streaming at a pace that leaves the "during generation" state on screen for a few seconds.
    fake = await startFakeGemini({ firstTokenDelayMs: 200, tokensPerSecond: 600 });
    fake.setDefault((request) => step.ok(answerLikeGemini(request)));
    server = await startNextServer({ env: { ...NO_KEY, GEMINI_API_KEY: "test-key", GEMINI_BASE_URL: fake.baseUrl } });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
    await fake?.close();
  });

  it("the axe helper finds a serious violation when there is one", async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.setContent(`<html lang="en"><body><main><h1>x</h1><img src="data:,"><button></button></main></body></html>`);
    const ids = seriousViolations(await runAxe(page)).map((v) => v.id);
    expect(ids).toContain("image-alt");
    expect(ids).toContain("button-name");
  });

  for (const layout of LAYOUTS) {
    it(`has no serious or critical axe violations on any page (${layout.name})`, { timeout: 240_000 }, async () => {
      const context = await browser.newContext({
        viewport: { width: layout.width, height: layout.height },
        colorScheme: layout.colorScheme,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(45_000);
      const problems: string[] = [];
      const check = async (state: string) => {
        // Next streams a dynamic page's metadata after its body: check the page once its <title> has arrived.
        await page.waitForFunction(() => document.title.trim().length > 0);
        const violations = await runAxe(page);
        const minor = violations.filter((v) => v.impact === "minor" || v.impact === "moderate");
        if (minor.length > 0)
          console.info(`[axe] ${state} (${layout.name}), below serious: ${minor.map((v) => v.id).join(", ")}`);
        const serious = seriousViolations(violations);
        if (serious.length > 0) {
          problems.push(`${state} (${layout.name}):\n${describeViolations(serious)}`);
          await saveScreenshot(page, `axe-${layout.name}-${state}`);
        }
      };

      const list = new MyPlansPage(page, server.url);
      await list.goto();
      await list.emptyState.waitFor();
      await check("plans-empty");

      const form = new NewPlanPage(page, server.url);
      await form.goto();
      await check("new-plan-empty");
      await form.description.fill("Too short");
      await page.getByLabel("Timeframe in months").fill("many");
      await page.getByRole("button", { name: "Write my plan" }).click();
      await page.locator("#businessDescription-error").waitFor();
      await check("new-plan-errors");

      await form.describeBusiness(DESCRIPTION, { name: "Northside Bike Repair", budget: "900", currency: "GBP" });
      await page.getByLabel("Timeframe in months").fill("6");
      await form.submit();
      await form.section("executiveSummary").waitFor();
      await check("new-plan-generating");
      await form.cancel();
      await page.getByText("Cancelled. Nothing was saved").waitFor();
      await check("new-plan-cancelled");

      await page.getByRole("button", { name: "Write my plan" }).click();
      const id = await form.waitForSavedPlan(90_000);
      const workspace = new WorkspacePage(page, server.url);
      await workspace.title.waitFor();
      await page.getByTestId("versions").waitFor();
      await check("plan-with-history");
      await workspace.button("Rename").click();
      await workspace.dialog("Rename plan").waitFor();
      await check("plan-rename-dialog");
      await page.keyboard.press("Escape");
      const shareUrl = await workspace.createShareLink();
      await check("plan-share-dialog");
      await page.keyboard.press("Escape");

      await list.goto();
      await list.items.first().waitFor();
      await check("plans-with-plans");

      await page.goto(shareUrl);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await check("shared-plan");

      const missing = await page.goto(`${server.url}/no-such-page`);
      expect(missing?.status()).toBe(404);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await check("not-found");
      await page.goto(`${server.url}/plans/${id.replace(/^./, id[0] === "A" ? "B" : "A")}`);
      await page.getByRole("heading", { level: 1, name: "We could not find that plan" }).waitFor();
      await check("plan-not-found");

      await saveScreenshot(page, `accessibility-${layout.name}`);
      expect(problems, problems.join("\n\n")).toEqual([]);
    });
  }

  it("writes a plan and opens it with the keyboard alone", { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(45_000);
    await page.goto(`${server.url}/`);

    /** Presses Tab until the focused element matches the CSS selector; fails after `max` presses. */
    const tabTo = async (selector: string, max = 60) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };

    await tabTo('[data-example="bakery"]');
    await page.keyboard.press("Enter");
    await tabTo("#businessName");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Keyboard Crumbs");
    await tabTo("#plan-submit");
    await page.keyboard.press("Enter");
    const form = new NewPlanPage(page, server.url);
    const id = await form.waitForSavedPlan(90_000);

    await page.goto(`${server.url}/`);
    await tabTo('header a[href="/plans"]');
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/plans$/);
    await page.getByTestId("plans-list").waitFor();
    await tabTo(`a[href="/plans/${id}"]`);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/plans/${id}$`));
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Keyboard Crumbs");
    await saveScreenshot(page, "keyboard-only");
  });
});
