import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumUnavailableReason, launchChromium, saveScreenshot } from "@/tests/support/browser";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { MyPlansPage } from "./pages/my-plans-page";
import { NewPlanPage } from "./pages/new-plan-page";
import { SharedPlanPage } from "./pages/shared-plan-page";
import { WorkspacePage } from "./pages/workspace-page";

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[e2e] SKIPPING browser tests: ${skipReason}\n`);

/** The built-in planner writes every plan here: fast and deterministic. */
const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined };

const BAKERY = {
  name: "Harbor Lane Bakery",
  description:
    "Harbor Lane Bakery is a family sourdough bakery in Leeds selling bread and pastries to commuters " +
    "at the station and wholesale to a dozen independent cafés. We want more weekday pre-orders.",
};
const BIKES = {
  name: "Northside Bike Repair",
  description:
    "Northside Bike Repair fixes and services bicycles in Manchester for commuters and students, " +
    "with a mobile van for office car parks. We want more regular service contracts.",
};

/** The plan page's 404: the same for an unknown id, someone else's plan and a deleted one. */
async function expectPlanNotFound(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "We could not find that plan" }).waitFor();
  expect(await page.getByTestId("plan-document").count()).toBe(0);
  expect(await page.locator('meta[name="robots"]').first().getAttribute("content")).toContain("noindex");
}

interface Visitor {
  context: BrowserContext;
  page: Page;
}

describe.skipIf(skipReason !== null)("plans workspace in the browser", () => {
  let browser: Browser;
  let server: NextServer;
  const open: BrowserContext[] = [];

  async function visitor(): Promise<Visitor> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    open.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return { context, page };
  }

  /** Writes a plan through the form (monthly budget 2,500 GBP) and returns its id and title. */
  async function generate(page: Page, business: typeof BAKERY): Promise<{ id: string; title: string }> {
    const form = new NewPlanPage(page, server.url);
    await form.goto();
    await form.describeBusiness(business.description, { name: business.name, budget: "2500", currency: "GBP" });
    await form.submit();
    const id = await form.waitForSavedPlan();
    const workspace = new WorkspacePage(page, server.url);
    await workspace.title.waitFor();
    return { id, title: (await workspace.title.textContent()) ?? "" };
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startNextServer({ env: NO_KEY });
  });

  afterAll(async () => {
    for (const context of open) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it("(a) two browsers each see only their own plans; the other's plan is a 404", async () => {
    const alice = await visitor();
    const bob = await visitor();
    const alicePlan = await generate(alice.page, BAKERY);
    const bobPlan = await generate(bob.page, BIKES);
    expect(alicePlan.title).toMatch(/Harbor Lane/);
    expect(bobPlan.title).toMatch(/Northside/);

    const aliceList = new MyPlansPage(alice.page, server.url);
    await aliceList.goto();
    expect(await aliceList.titles()).toEqual([alicePlan.title]);
    expect(await aliceList.items.first().textContent()).toMatch(/Built-in planner/);
    const bobList = new MyPlansPage(bob.page, server.url);
    await bobList.goto();
    expect(await bobList.titles()).toEqual([bobPlan.title]);

    await aliceList.open(alicePlan.title);
    expect(new URL(alice.page.url()).pathname).toBe(`/plans/${alicePlan.id}`);
    await saveScreenshot(bob.page, "e2e-workspace-a-my-plans");

    // The page streams (app/plans/[id]/loading.tsx), so its status is sent before the ownership check:
    // what the visitor gets is the not-found page, the same as for an id that does not exist.
    const intruder = new WorkspacePage(alice.page, server.url);
    await intruder.goto(bobPlan.id);
    await expectPlanNotFound(alice.page);
    expect(await alice.page.content()).not.toContain(bobPlan.title);
    expect((await alice.context.request.get(`${server.url}/api/plans/${bobPlan.id}`)).status()).toBe(404);
    await saveScreenshot(alice.page, "e2e-workspace-a-other-users-plan-404");

    const stranger = await visitor();
    const strangerList = new MyPlansPage(stranger.page, server.url);
    await strangerList.goto();
    await strangerList.emptyState.waitFor();
    expect(await strangerList.emptyState.getByRole("link", { name: "Create your first plan" }).getAttribute("href")).toBe("/");
  });

  it("(b) a share link opens read-only in a third browser and shows 404 once revoked", async () => {
    const owner = await visitor();
    await owner.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const plan = await generate(owner.page, BAKERY);
    const workspace = new WorkspacePage(owner.page, server.url);
    const summary = await workspace.sectionText("executiveSummary");

    const url = await workspace.createShareLink();
    expect(url).toMatch(new RegExp(`^${server.url}/shared/[A-Za-z0-9_-]{43}$`));
    await workspace.dialog("Share a read-only link").getByRole("button", { name: "Copy link" }).click();
    await workspace.shareStatus.getByText("Link copied").waitFor();
    expect(await owner.page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    const reader = await visitor();
    const shared = new SharedPlanPage(reader.page);
    expect(await shared.open(url)).toBe(200);
    expect(await shared.title.textContent()).toBe(plan.title);
    await shared.document.getByText(summary.slice(0, 60)).waitFor();
    expect(await shared.document.getAttribute("data-read-only")).toBe("true");
    expect(await shared.ownerControls.count(), "no edit, regenerate, share or delete controls").toBe(0);
    expect(await reader.page.getByTestId("versions").count()).toBe(0);
    await saveScreenshot(reader.page, "e2e-workspace-b-shared-read-only");

    await workspace.dialog("Share a read-only link").getByRole("button", { name: "Revoke all links" }).click();
    await workspace.shareStatus.getByText("The link was revoked").waitFor();
    expect(await shared.open(url)).toBe(404);
    expect(await reader.page.content()).not.toContain(plan.title);
    await saveScreenshot(reader.page, "e2e-workspace-b-revoked-link-404");
  });

  it("(c) rename, edit and regenerate appear in the version history; restoring version 1 brings it all back", async () => {
    const owner = await visitor();
    const plan = await generate(owner.page, BAKERY);
    const workspace = new WorkspacePage(owner.page, server.url);
    const summary = await workspace.sectionText("executiveSummary");
    const budget = await workspace.sectionText("budget");
    expect(budget).toContain("£2,500");

    await workspace.rename("Harbor Lane: the spring pre-order push");

    const edited = "Edited by hand: win 300 weekday pre-orders a month from commuters before summer. <b>not bold</b>";
    await workspace.editSection("executiveSummary", edited);
    await workspace.sectionStatus("executiveSummary").getByText("Saved as version 3.").waitFor();
    expect(await workspace.sectionText("executiveSummary"), "“Saved” arrives with the new text, never beside the old").toBe(
      edited,
    );
    expect(await workspace.section("executiveSummary").locator("b").count(), "user text is rendered as text").toBe(0);

    // A structured section checked with its schema before it is sent: the message sits beside the list, nothing is saved.
    const assumptions = await workspace.openEditor("assumptions");
    const list = assumptions.getByRole("group", { name: "Assumptions" });
    while ((await list.getByRole("button", { name: /^Remove/ }).count()) > 1) {
      await list
        .getByRole("button", { name: /^Remove/ })
        .first()
        .click();
    }
    await workspace.button("Save changes", assumptions).click();
    await list.getByTestId("field-problem").getByText("Keep at least 2 entries.").waitFor();
    expect(await assumptions.getByTestId("form-problems").textContent()).toMatch(/1 field|One field/);
    await workspace.button("Cancel", workspace.section("assumptions")).click();

    // Slow the model call down a little so the progress state can be seen.
    await owner.page.route("**/sections/budget/regenerate", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    // Cutting the stated budget means letting the rewrite change a figure the owner stated: untick "keep".
    await workspace.openRegenerate("budget", "cut the budget by 20%", { keepStated: false });
    await workspace.button("Show the rewrite", workspace.section("budget")).click();
    const busyButton = workspace.button("Regenerating…", workspace.section("budget"));
    await busyButton.waitFor();
    expect(await busyButton.isDisabled(), "no second click while the model works").toBe(true);
    await workspace.section("budget").getByTestId("regenerate-progress").getByText("Rewriting “Budget”").waitFor();
    const preview = workspace.regeneratePreview("budget");
    await preview.getByText("Budget › monthly total › value").waitFor();
    expect(await workspace.sectionText("budget"), "nothing is saved before the owner applies it").toContain("£2,500");
    await workspace.button("Apply this rewrite", workspace.section("budget")).click();
    await workspace.sectionStatus("budget").getByText("Rewritten as version 4.").waitFor();
    expect(await workspace.sectionText("budget")).toContain("£2,000");

    await workspace.version(4).waitFor();
    expect(await workspace.versionChanges()).toEqual([
      "Regenerated Budget: “cut the budget by 20%”",
      "Edited Executive summary",
      `Renamed from “${plan.title}” to “Harbor Lane: the spring pre-order push”`,
      "Plan generated",
    ]);
    const diff = await workspace.compareWithCurrent(1);
    const diffText = (await diff.textContent()) ?? "";
    expect(diffText).toContain("Executive summary");
    expect(diffText).toContain(edited);
    expect(diffText).toContain("Budget › monthly total › value");
    expect(diffText).toContain("Before: 2500 → After: 2000");
    await saveScreenshot(owner.page, "e2e-workspace-c-version-diff");

    await workspace.restore(1);
    await owner.page.getByRole("heading", { level: 1, name: plan.title }).waitFor();
    await workspace.version(5).waitFor();
    expect((await workspace.versionChanges())[0]).toBe("Restored version 1");
    expect(await workspace.version(5).textContent()).toContain("Current");
    expect(await workspace.sectionText("executiveSummary")).toBe(summary);
    expect(await workspace.sectionText("budget")).toContain("£2,500");

    await workspace.reload();
    expect(await workspace.sectionText("executiveSummary"), "the restore is saved, not only shown").toBe(summary);
    await saveScreenshot(owner.page, "e2e-workspace-c-restored");
  });

  it("(d) delete asks first, then offers Undo in My plans", async () => {
    const owner = await visitor();
    const plan = await generate(owner.page, BIKES);
    const workspace = new WorkspacePage(owner.page, server.url);

    const deleteButton = workspace.button("Delete", owner.page.getByTestId("plan-toolbar"));
    await deleteButton.click();
    const dialog = workspace.dialog("Delete this plan?");
    await dialog.waitFor();
    await expect.poll(() => owner.page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await owner.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect
      .poll(() => deleteButton.evaluate((el) => el === document.activeElement), { message: "focus returns to Delete" })
      .toBe(true);

    await deleteButton.click();
    await dialog.getByRole("button", { name: "Delete plan" }).click();
    await owner.page.waitForURL(`${server.url}/plans`);
    const list = new MyPlansPage(owner.page, server.url);
    await list.emptyState.waitFor();
    const undo = list.undoButton(plan.title);
    await undo.waitFor();
    expect(await list.deletedNotice.textContent()).toContain(`Deleted “${plan.title}”`);
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement), { message: "Undo takes focus" }).toBe(true);
    await workspace.goto(plan.id);
    await expectPlanNotFound(owner.page);

    await list.goto();
    await list.undoButton(plan.title).click();
    await list.deletedNotice.getByText(`“${plan.title}” is back.`).waitFor();
    await list.items.first().waitFor();
    expect(await list.titles()).toEqual([plan.title]);
    await saveScreenshot(owner.page, "e2e-workspace-d-deleted-undone");
    expect(await workspace.goto(plan.id)).toBe(200);
    await workspace.title.waitFor();
    expect(await workspace.title.textContent()).toBe(plan.title);
  });

  it("(e) My plans pages through more plans than fit on one page", async () => {
    const owner = await visitor();
    for (let i = 1; i <= 21; i++) {
      const response = await owner.context.request.post(`${server.url}/api/plans/generate`, {
        data: { businessDescription: `${BIKES.description} Branch number ${i}.`, businessName: `Branch ${i} Bikes` },
      });
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain("event: plan");
    }
    const list = new MyPlansPage(owner.page, server.url);
    await list.goto();
    expect(await list.items.count()).toBe(20);
    expect((await list.titles())[0], "newest first").toMatch(/Branch 21/);
    await list.loadMore.click();
    await list.items.nth(20).waitFor();
    expect(await list.items.count()).toBe(21);
    expect((await list.titles())[20]).toMatch(/Branch 1\b/);
    await list.loadMore.waitFor({ state: "detached" });
  });
});
