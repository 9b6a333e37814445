import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumUnavailableReason, launchChromium, SCREENSHOT_DIR } from "@/tests/support/browser";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { NewPlanPage } from "./pages/new-plan-page";
import { WorkspacePage } from "./pages/workspace-page";

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[e2e] SKIPPING browser tests: ${skipReason}\n`);

const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined };
const PHONE = { width: 360, height: 740 };
const DESCRIPTION =
  "Harbor Lane Bakery is a family sourdough bakery in Leeds selling bread and pastries to commuters " +
  "at the station and wholesale to a dozen independent cafés. We want more weekday pre-orders.";

/** Every element's box lies inside [0, width]: nothing hidden off screen to the right or left. */
async function expectInsideWidth(locator: Locator, width: number, what: string): Promise<number> {
  const boxes = await locator.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { left: box.left, right: box.right, text: element.textContent ?? "" };
    }),
  );
  for (const box of boxes) {
    expect(box.left, `${what} “${box.text.trim()}” starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.right, `${what} “${box.text.trim()}” ends on screen`).toBeLessThanOrEqual(width);
  }
  return boxes.length;
}

describe.skipIf(skipReason !== null)("the plan on a phone and on a laptop", () => {
  let browser: Browser;
  let server: NextServer;
  let planId: string;
  /** The plan's owner: local plans belong to one browser, so every view shares its cookies. */
  let owner: Awaited<ReturnType<BrowserContext["storageState"]>> | undefined;
  const open: BrowserContext[] = [];

  async function context(options: { width: number; height: number; dark?: boolean }): Promise<Page> {
    const ctx = await browser.newContext({
      viewport: { width: options.width, height: options.height },
      colorScheme: options.dark ? "dark" : "light",
      storageState: owner,
    });
    open.push(ctx);
    const page = await ctx.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startNextServer({ env: NO_KEY });
  });

  afterAll(async () => {
    for (const ctx of open) await ctx.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it("at 1280x800 the form's primary action is visible without scrolling, with every optional field", async () => {
    const page = await context({ width: 1280, height: 800 });
    const form = new NewPlanPage(page, server.url);
    await form.goto();
    await form.describeBusiness(DESCRIPTION, { name: "Harbor Lane Bakery", budget: "2500", currency: "GBP" });
    await page.getByLabel("Region").fill("Leeds, UK");
    const start = await page.getByLabel("Start date").inputValue();
    expect(new Date(`${start}T00:00:00Z`).getUTCDay(), "the start date defaults to a Monday").toBe(1);
    await page.getByLabel("Goals").focus();
    const button = page.getByRole("button", { name: "Write my plan" });
    const box = await button.boundingBox();
    expect(
      box && box.y + box.height <= 800 && box.y >= 0,
      `“Write my plan” within the first 800 px: ${JSON.stringify(box)}`,
    ).toBe(true);
    await form.submit();
    planId = await form.waitForSavedPlan();
    owner = await page.context().storageState();
  });

  it("version history opens from the toolbar beside the plan", async () => {
    const page = await context({ width: 1280, height: 800 });
    const workspace = new WorkspacePage(page, server.url);
    await workspace.goto(planId);
    await page.getByTestId("plan-toolbar").getByRole("link", { name: "Version history" }).click();
    const history = page.getByTestId("versions");
    await page.screenshot({ path: `${SCREENSHOT_DIR}/plan-layout-history-beside-1280.png` });
    const plan = await page.getByTestId("plan-document").boundingBox();
    const panel = await history.boundingBox();
    expect(panel && plan && panel.x >= plan.x + plan.width - 1, "the history sits to the right of the plan").toBe(true);
    expect(panel && panel.y <= 1 && panel.height >= 700, "a full-height panel, in view at once").toBe(true);
  });

  for (const dark of [false, true]) {
    const scheme = dark ? "dark" : "light";
    it(`at 360 px (${scheme}) every budget amount and calendar topic is on screen, and the plan's text starts on the first screen`, async () => {
      const page = await context({ ...PHONE, dark });
      const workspace = new WorkspacePage(page, server.url);
      expect(await workspace.goto(planId)).toBe(200);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/plan-layout-first-screen-360-${scheme}.png` });
      const summary = await page.locator('[data-section="executiveSummary"] [data-section-body]').boundingBox();
      expect(summary && summary.y < PHONE.height, `the summary starts at ${summary?.y} px, within ${PHONE.height}`).toBe(true);

      const amounts = await expectInsideWidth(
        page.locator('[data-testid="budget-amount"], [data-testid="budget-total"]'),
        PHONE.width,
        "budget amount",
      );
      expect(amounts).toBeGreaterThanOrEqual(4);
      const topics = await expectInsideWidth(page.getByTestId("calendar-topic"), PHONE.width, "calendar topic");
      expect(topics).toBeGreaterThanOrEqual(6);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, "the page never scrolls sideways").toBeLessThanOrEqual(PHONE.width);
      for (const section of ["kpis", "channels", "roadmap"]) {
        await expectInsideWidth(
          page.locator(`[data-section="${section}"] td, [data-section="${section}"] li`),
          PHONE.width,
          section,
        );
      }

      await workspace.section("budget").screenshot({ path: `${SCREENSHOT_DIR}/plan-layout-budget-360-${scheme}.png` });
      await workspace.section("contentCalendar").screenshot({ path: `${SCREENSHOT_DIR}/plan-layout-calendar-360-${scheme}.png` });
    });
  }
});
