import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_BUSINESSES } from "@/components/plan-form/examples";
import { chromiumUnavailableReason, launchChromium, saveScreenshot } from "@/tests/support/browser";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { NewPlanPage } from "./pages/new-plan-page";
import { PlanPage } from "./pages/plan-page";

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[e2e] SKIPPING new-plan form tests: ${skipReason}\n`);

const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined };

const isFocused = (page: Page, id: string) => page.evaluate((target) => document.activeElement?.id === target, id);

describe.skipIf(skipReason !== null)("the new-plan form", () => {
  let browser: Browser;
  let server: NextServer;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startNextServer({ env: NO_KEY });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openForm(): Promise<NewPlanPage> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const form = new NewPlanPage(page, server.url);
    await form.goto();
    return form;
  }

  it("has every optional input, counts characters, and checks fields when they are left", async () => {
    const form = await openForm();
    const { page } = form;
    for (const label of [
      "Business name",
      "Industry",
      "Target audience",
      "Region",
      "Monthly budget",
      "Currency",
      "Goals",
      "Timeframe in months",
      "Tone",
      "Plan language",
    ]) {
      expect(await page.getByLabel(new RegExp(`^${label}( \\(optional\\))?$`)).count(), label).toBe(1);
    }

    await form.description.fill("A small bakery");
    expect(await page.getByTestId("description-count").textContent()).toBe("14 / 4,000 characters");
    expect(await form.description.getAttribute("aria-describedby")).toContain("businessDescription-count");
    // Leaving the description too short says so next to it.
    await page.getByLabel("Business name").focus();
    const descriptionError = page.locator("#businessDescription-error");
    await descriptionError.waitFor();
    expect(await descriptionError.textContent()).toMatch(/at least 20 characters/);
    expect(await form.description.getAttribute("aria-invalid")).toBe("true");
    expect(await form.description.getAttribute("aria-describedby")).toContain("businessDescription-error");

    // Another field, checked on blur: the message sits under it and is tied to it.
    const timeframe = page.getByLabel("Timeframe in months");
    await timeframe.fill("forty");
    await page.getByLabel("Tone").focus();
    const timeframeError = page.locator("#timeframeMonths-error");
    await timeframeError.waitFor();
    expect(await timeframeError.textContent()).toMatch(/whole number of months/);
    expect(await timeframe.getAttribute("aria-invalid")).toBe("true");
    expect(await timeframe.getAttribute("aria-describedby")).toBe("timeframeMonths-error");
    const budget = page.getByLabel("Monthly budget");
    await budget.fill("-5");
    await budget.blur();
    await page.locator("#budgetAmount-error").getByText("Budget amount cannot be negative.").waitFor();

    // Submitting moves focus to the first field with a problem, in page order.
    await page.getByRole("button", { name: "Write my plan" }).click();
    await expect.poll(() => isFocused(page, "businessDescription"), { message: "focus on the description" }).toBe(true);
    await saveScreenshot(page, "new-plan-form-errors");

    // Fixing a field clears its message as it is typed.
    await form.description.fill("A small bakery in Leeds selling sourdough to commuters.");
    await descriptionError.waitFor({ state: "detached" });
    await timeframe.fill("6");
    await timeframeError.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Write my plan" }).click();
    await expect.poll(() => isFocused(page, "budgetAmount"), { message: "focus on the budget, the one problem left" }).toBe(true);
    await page.context().close();
  });

  it("fills the form from three distinct example businesses, by keyboard, and writes a plan from one", async () => {
    const form = await openForm();
    const { page } = form;
    const buttons = page.getByTestId("examples").getByRole("button");
    expect(await buttons.count()).toBe(3);
    const names = await buttons.allTextContents();
    expect(names.join(" | ")).toMatch(/bakery/i);
    expect(names.join(" | ")).toMatch(/SaaS/);
    expect(names.join(" | ")).toMatch(/Nonprofit/);

    const seen = new Set<string>();
    for (const example of EXAMPLE_BUSINESSES) {
      const button = page.locator(`[data-example="${example.id}"]`);
      await button.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => form.description.inputValue()).toBe(example.values.businessDescription);
      expect(await page.getByLabel("Business name").inputValue()).toBe(example.values.businessName);
      expect(await page.getByLabel("Industry").inputValue()).toBe(example.values.industry);
      expect(await page.getByLabel("Region").inputValue()).toBe(example.values.region);
      expect(await page.getByLabel("Monthly budget").inputValue()).toBe(example.values.budgetAmount);
      expect(await page.getByLabel("Currency").inputValue()).toBe(example.values.budgetCurrency);
      expect(await page.getByLabel("Goals").inputValue()).toBe(example.values.goals);
      expect(await page.getByLabel("Timeframe in months").inputValue()).toBe(example.values.timeframeMonths);
      expect(await page.getByTestId("example-status").textContent()).toContain(example.values.businessName);
      seen.add(example.values.businessDescription);
    }
    expect(seen.size, "three different businesses").toBe(3);

    await page.locator('[data-example="saas"]').click();
    await saveScreenshot(page, "new-plan-form");
    await form.submit();
    await form.waitForSavedPlan();
    const plan = new PlanPage(page);
    await plan.title.waitFor();
    expect(await plan.title.textContent()).toMatch(/ClinicFlow/);
    expect(await page.locator('[data-section="budget"]').textContent()).toMatch(/15,000|USD|\$/);
    await saveScreenshot(page, "new-plan-form-example-plan");
    await page.context().close();
  });
});
