import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldTitle } from "@/lib/store/plan-listing";
import { chromiumUnavailableReason, launchChromium, SCREENSHOT_DIR, saveScreenshot } from "@/tests/support/browser";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { MyPlansPage } from "./pages/my-plans-page";
import { WorkspacePage } from "./pages/workspace-page";

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[e2e] SKIPPING browser tests: ${skipReason}\n`);

/** The built-in planner writes every plan here: fast and deterministic. */
const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined };

const DESCRIPTION =
  "A neighbourhood business in Leeds serving commuters and students, wanting more regular customers on weekdays.";
const CAFES = ["Café Lumière", "Cafe Corner Roasters"];

/** Folded titles in byte order, as the stores sort "Name A–Z". */
const byName = (titles: string[]) =>
  [...titles].sort((a, b) => Buffer.compare(Buffer.from(foldTitle(a)), Buffer.from(foldTitle(b))));

describe.skipIf(skipReason !== null)("My plans history and the structured section editor", () => {
  let browser: Browser;
  let server: NextServer;
  let context: BrowserContext;
  let page: Page;

  async function createPlan(name: string): Promise<{ id: string; title: string }> {
    const response = await context.request.post(`${server.url}/api/plans/generate`, {
      data: { businessDescription: `${name}: ${DESCRIPTION}`, businessName: name },
    });
    expect(response.status()).toBe(200);
    const events = (await response.text()).split("\n\n").filter((block) => block.startsWith("event: plan"));
    const data = events[0]?.split("\n").find((line) => line.startsWith("data: "));
    const plan = JSON.parse(data?.slice(6) ?? "{}") as { id: string; title: string };
    expect(plan.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    return plan;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startNextServer({ env: NO_KEY });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it("searches, sorts and pages My plans, keeping both in the URL; deletes after asking, then undoes", async () => {
    const branches: string[] = [];
    for (let i = 1; i <= 21; i++) branches.push((await createPlan(`Branch ${i} Bikes`)).title);
    const cafes = [];
    for (const name of CAFES) cafes.push(await createPlan(name));
    const list = new MyPlansPage(page, server.url);
    await list.goto();
    expect(await list.items.count()).toBe(20);

    // Accents and case do not matter; every word must be there.
    await list.search("CAFE");
    expect((await list.titles()).sort()).toEqual(cafes.map((p) => p.title).sort());
    expect(list.urlParams()).toEqual({ q: "CAFE", sort: null });
    await list.search("café lumière");
    expect(await list.titles()).toEqual([cafes[0]?.title]);

    // The search survives a reload and the way back from a plan.
    await page.reload();
    await list.heading.waitFor();
    expect(await list.searchBox.inputValue()).toBe("café lumière");
    expect(await list.titles()).toEqual([cafes[0]?.title]);
    await list.open(cafes[0]?.title ?? "");
    await page.goBack();
    await list.heading.waitFor();
    expect(list.urlParams().q).toBe("café lumière");
    expect(await list.titles()).toEqual([cafes[0]?.title]);

    // Nothing matches: say so, and offer the way out.
    await list.search("zeppelin");
    await list.noMatch.getByText("No plans match “zeppelin”").waitFor();
    await list.noMatch.getByRole("button", { name: "Clear search" }).click();
    await page.waitForURL(`${server.url}/plans`);
    await list.settled();
    expect(await list.items.count()).toBe(20);
    expect(await list.searchBox.inputValue()).toBe("");
    expect(await list.searchBox.evaluate((el) => el === document.activeElement), "focus goes to the search box").toBe(true);

    // A search sorted by name pages through its 21 matches.
    await list.search("branch bikes");
    await list.sortBy("Name A–Z");
    expect(list.urlParams()).toEqual({ q: "branch bikes", sort: "title" });
    expect(await list.items.count()).toBe(20);
    await list.loadMore.click();
    await list.items.nth(20).waitFor();
    expect(await list.titles()).toEqual(byName(branches));
    await list.loadMore.waitFor({ state: "detached" });
    await list.sortBy("Oldest first");
    expect((await list.titles())[0]).toBe(branches[0]);
    await saveScreenshot(page, "plans-history");

    // Delete asks first: Escape cancels and focus returns to the button.
    const victim = branches[0] ?? "";
    const deleteButton = list.deleteButton(victim);
    await deleteButton.click();
    const dialog = page.getByRole("dialog", { name: "Delete this plan?" });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => deleteButton.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await list.titles()).toContain(victim);

    await deleteButton.click();
    await dialog.getByRole("button", { name: "Delete plan" }).click();
    await dialog.waitFor({ state: "hidden" });
    const undo = list.undoButton(victim);
    await undo.waitFor();
    await expect.poll(() => list.titles()).not.toContain(victim);
    await expect.poll(() => undo.evaluate((el) => el === document.activeElement), { message: "Undo takes focus" }).toBe(true);
    await saveScreenshot(page, "plans-history-deleted");
    await undo.click();
    await list.deletedNotice.getByText(`“${victim}” is back.`).waitFor();
    await expect.poll(() => list.titles()).toContain(victim);
  });

  it("edits a section through the structured form: a figure becomes yours, kept after reload and in the history", async () => {
    const plan = await createPlan("Harbor Lane Bakery");
    const workspace = new WorkspacePage(page, server.url);
    await workspace.goto(plan.id);
    await workspace.title.waitFor();

    // Escape closes the editor and gives focus back to Edit.
    let form = await workspace.openEditor("objectives");
    await page.keyboard.press("Escape");
    await form.waitFor({ state: "detached" });
    const edit = workspace.button(/^Edit/, workspace.section("objectives"));
    await expect.poll(() => edit.evaluate((el) => el === document.activeElement)).toBe(true);

    form = await workspace.openEditor("objectives");
    const first = form.getByRole("group", { name: "Objective 1", exact: true });
    await first.getByLabel("Title", { exact: true }).fill("Sell 400 sourdough loaves a week by June");
    const target = first.getByRole("group", { name: /^Target/ });
    expect(await target.getAttribute("data-figure")).toBe("estimate");
    await target.getByLabel("Value").fill("400");
    expect(await target.getAttribute("data-figure"), "a number you typed is yours").toBe("user");
    await target.getByText("stated by you").waitFor();
    await target.getByLabel("Unit").fill("loaves/week");

    // The schema's rules show beside the field before anything is sent.
    const rationale = first.getByLabel("Rationale");
    const kept = await rationale.inputValue();
    await rationale.fill("");
    await workspace.button("Save changes", form).click();
    await first.getByText("This cannot be empty.").waitFor();
    expect(await rationale.getAttribute("aria-invalid")).toBe("true");
    await rationale.fill(kept);
    await expect.poll(() => first.getByText("This cannot be empty.").count()).toBe(0);

    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: "dark" });
    // The editor itself, not the whole (very long) narrow page.
    await first.screenshot({ path: path.join(SCREENSHOT_DIR, "section-editor.png") });
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1280, height: 900 });

    await rationale.focus();
    await page.keyboard.press("Control+Enter");
    await workspace.sectionStatus("objectives").getByText("Saved as version 2.").waitFor();
    const shown = await workspace.sectionText("objectives");
    expect(shown).toContain("Sell 400 sourdough loaves a week by June");
    expect(shown).toContain("stated by you");

    await workspace.reload();
    expect(await workspace.sectionText("objectives"), "the edit is saved, not only shown").toContain(
      "Sell 400 sourdough loaves a week by June",
    );
    await workspace.version(2).waitFor();
    expect((await workspace.versionChanges())[0]).toBe("Edited Objectives");
    const diff = await workspace.compareWithCurrent(1);
    expect(await diff.textContent()).toContain("loaves/week");
  });
});
