import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import ICAL from "ical.js";
import { PDFParse } from "pdf-parse";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toMinorUnits } from "@/ai/post/money";
import { chromiumUnavailableReason, launchChromium, SCREENSHOT_DIR } from "@/tests/support/browser";
import { readCsvRecords } from "@/tests/support/export-csv";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { NewPlanPage } from "./pages/new-plan-page";
import { SharedPlanPage } from "./pages/shared-plan-page";
import { WorkspacePage } from "./pages/workspace-page";

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[e2e] SKIPPING export browser tests: ${skipReason}\n`);

/** The built-in planner writes the plan: fast and deterministic. */
const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined };

const BAKERY =
  "Harbor Lane Bakery is a family sourdough bakery in Leeds selling bread and pastries to commuters " +
  "at the station and wholesale to a dozen independent cafés. We want more weekday pre-orders.";

/** The Export menu of a plan page (the owner's toolbar or a shared link's page). */
class ExportMenuPage {
  constructor(readonly page: Page) {}

  get toggle() {
    return this.page.getByRole("button", { name: "Export", exact: true });
  }

  get menu() {
    return this.page.getByTestId("export-menu");
  }

  get status() {
    return this.page.getByTestId("export-status");
  }

  async open(): Promise<void> {
    if ((await this.toggle.getAttribute("aria-expanded")) !== "true") await this.toggle.click();
    await this.menu.waitFor();
  }

  /** Downloads one format through the menu; returns the file's suggested name and bytes. */
  async download(linkName: string): Promise<{ name: string; body: Buffer }> {
    await this.open();
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.menu.getByRole("link", { name: linkName }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), body: await readFile(path) };
  }
}

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: body });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

describe.skipIf(skipReason !== null)("plan exports in the browser", () => {
  let browser: Browser;
  let server: NextServer;
  let context: BrowserContext;
  let page: Page;
  let title: string;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startNextServer({ env: NO_KEY });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const form = new NewPlanPage(page, server.url);
    await form.goto();
    await form.describeBusiness(BAKERY, { name: "Harbor Lane Bakery", budget: "2500", currency: "GBP" });
    await form.submit();
    await form.waitForSavedPlan();
    const workspace = new WorkspacePage(page, server.url);
    await workspace.title.waitFor();
    title = (await workspace.title.textContent()) ?? "";
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it("downloads every format from the workspace, each named after the plan and carrying it", async () => {
    const exports = new ExportMenuPage(page);
    const fileDate = /-\d{4}-\d{2}-\d{2}/.source;

    const markdown = await exports.download("Download Markdown (.md)");
    expect(markdown.name).toMatch(new RegExp(`^harbor-lane-bakery[a-z0-9-]*${fileDate}\\.md$`));
    const text = markdown.body.toString("utf8");
    expect(text.startsWith(`# ${title}\n`)).toBe(true);
    expect(text).toContain("## 30/60/90-day roadmap");
    expect(text).toContain("(stated by you");
    await exports.status.getByText(`Downloaded ${markdown.name}.`).waitFor();

    const pdf = await exports.download("Download PDF document");
    expect(pdf.name).toMatch(new RegExp(`${fileDate}\\.pdf$`));
    expect(pdf.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const words = await pdfText(pdf.body);
    expect(words).toContain(title);
    expect(words).toContain("Content calendar");

    const budget = await exports.download("Download Budget (CSV)");
    expect(budget.name).toMatch(new RegExp(`${fileDate}-budget\\.csv$`));
    const rows = readCsvRecords(budget.body.toString("utf8"));
    const total = rows.at(-1);
    expect(total).toMatchObject({ Channel: "Total", "Amount per month": "2500", Currency: "GBP", Source: "stated by you" });
    const sum = rows.slice(0, -1).reduce((minor, row) => minor + toMinorUnits(Number(row["Amount per month"]), "GBP"), 0);
    expect(sum).toBe(toMinorUnits(2500, "GBP"));

    const kpis = await exports.download("Download KPIs (CSV)");
    expect(kpis.name).toMatch(new RegExp(`${fileDate}-kpis\\.csv$`));
    expect(readCsvRecords(kpis.body.toString("utf8")).length).toBeGreaterThanOrEqual(4);

    const calendar = await exports.download("Download Calendar (.ics)");
    expect(calendar.name).toMatch(new RegExp(`${fileDate}\\.ics$`));
    const events = new ICAL.Component(ICAL.parse(calendar.body.toString("utf8"))).getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThan(10);
    for (const event of events) expect((event.getFirstPropertyValue("dtstart") as ICAL.Time).isDate).toBe(true);
  });

  it("copies the plan as Markdown, announced in a live region", async () => {
    const exports = new ExportMenuPage(page);
    await exports.open();
    await exports.menu.getByRole("button", { name: "Copy as Markdown" }).click();
    await exports.status.getByText("Copied the plan to the clipboard as Markdown.").waitFor();
    expect(await exports.status.getAttribute("role")).toBe("status");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`# ${title}\n`)).toBe(true);
    expect(copied).toContain("## Budget");
  });

  it("works from the keyboard: Enter opens on the first item, arrows move, Escape returns to the button", async () => {
    const exports = new ExportMenuPage(page);
    await exports.toggle.focus();
    await page.keyboard.press("Enter");
    await exports.menu.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await expect.poll(focused).toBe("Download PDF document");
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("Download Markdown (.md)");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe("Copy as Markdown");
    await page.keyboard.press("Escape");
    await exports.menu.waitFor({ state: "hidden" });
    expect(await focused()).toMatch(/^Export/);
  });

  it("fits a 360 px screen, light and dark", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    const exports = new ExportMenuPage(page);
    await exports.open();
    const box = await exports.menu.boundingBox();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    expect(box).not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    // The viewport, not the whole page: the open menu is what this picture is for.
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "exports.png") });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "exports-dark.png") });
    await page.emulateMedia({ colorScheme: "light" });
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("exports from a shared link's read-only page too, and shows the Markdown when the clipboard is refused", async () => {
    const link = await new WorkspacePage(page, server.url).createShareLink();
    const reader = await browser.newContext({ acceptDownloads: true });
    try {
      const readerPage = await reader.newPage();
      const shared = new SharedPlanPage(readerPage);
      expect(await shared.open(link)).toBe(200);
      expect(await shared.ownerControls.count()).toBe(0);
      const markdown = await new ExportMenuPage(readerPage).download("Download Markdown (.md)");
      expect(markdown.body.toString("utf8").startsWith(`# ${title}\n`)).toBe(true);

      // This reader's browser refuses the clipboard: the Markdown is shown, selected, with a way forward.
      await readerPage.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
      });
      const exports = new ExportMenuPage(readerPage);
      await exports.open();
      await exports.menu.getByRole("button", { name: "Copy as Markdown" }).click();
      await exports.status.getByText("Your browser did not allow copying.", { exact: false }).waitFor();
      const fallback = readerPage.getByLabel("The plan as Markdown");
      expect((await fallback.inputValue()).startsWith(`# ${title}\n`)).toBe(true);
      const selected = await fallback.evaluate((area: HTMLTextAreaElement) => area.selectionEnd - area.selectionStart);
      expect(selected).toBe((await fallback.inputValue()).length);
    } finally {
      await reader.close();
    }
  });
});
