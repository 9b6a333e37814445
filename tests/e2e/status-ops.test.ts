import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IncidentSchema } from "@/lib/store/observability-records";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import type { Incident } from "@/lib/store/types";
import { describeViolations, runAxe, seriousViolations } from "@/tests/support/axe";
import { chromiumUnavailableReason, launchChromium, saveScreenshot } from "@/tests/support/browser";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { OpsPage } from "./pages/ops-page";

/**
 * The public status page and the operations dashboard in Chromium on `next start`: light and
 * dark, 360 px and desktop, axe with no serious or critical violation, screenshots in test-results/;
 * sign-in (wrong token, right token), the dashboard refreshing itself, sign-out; feeds and badge.
 */

const skipReason = chromiumUnavailableReason();
if (skipReason) console.warn(`\n[e2e] SKIPPING status and ops tests: ${skipReason}\n`);

const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined, OPS_API_TOKEN: undefined };
const LAYOUTS = [
  { name: "desktop-light", width: 1280, height: 900, colorScheme: "light" },
  { name: "desktop-dark", width: 1280, height: 900, colorScheme: "dark" },
  { name: "360px-light", width: 360, height: 780, colorScheme: "light" },
  { name: "360px-dark", width: 360, height: 780, colorScheme: "dark" },
] as const;

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const ACTIVE: Incident = IncidentSchema.parse({
  id: "inc-e2e-ai",
  title: "Plan generation fails for some people",
  status: "identified",
  impact: "major",
  components: ["ai_service"],
  createdAt: ago(20 * 60_000),
  resolvedAt: null,
  updates: [
    { status: "investigating", body: "About a third of generations fail.", createdAt: ago(20 * 60_000) },
    { status: "identified", body: "The model provider answers 503; we are switching region.", createdAt: ago(5 * 60_000) },
  ],
});
const PAST: Incident = IncidentSchema.parse({
  id: "inc-e2e-db",
  title: "Saving plans was slow",
  status: "resolved",
  impact: "minor",
  components: ["database"],
  createdAt: ago(3 * 86_400_000),
  resolvedAt: ago(3 * 86_400_000 - 45 * 60_000),
  updates: [
    { status: "investigating", body: "Saves take several seconds.", createdAt: ago(3 * 86_400_000) },
    { status: "resolved", body: "An index was rebuilt.", createdAt: ago(3 * 86_400_000 - 45 * 60_000) },
  ],
});

async function axeProblems(page: Page, state: string): Promise<string[]> {
  const serious = seriousViolations(await runAxe(page));
  return serious.length === 0 ? [] : [`${state}:\n${describeViolations(serious)}`];
}

describe.skipIf(skipReason !== null)("status page and operations dashboard", () => {
  let browser: Browser;
  let server: NextServer;
  let store: SqliteStore;
  let token: string;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await startNextServer({ env: NO_KEY });
    token = fs.readFileSync(path.join(server.dataDir, "ops-token"), "utf8").trim();
    // The server's own SQLite file (WAL: both processes may use it), as the incidents API will write it.
    store = new SqliteStore(path.join(server.dataDir, "marketplan.db"));
    await store.createIncident({ incident: ACTIVE });
    await store.createIncident({ incident: PAST });
    // Three weeks of probe results, two of them bad days, so the bars have something to show.
    const noon = Math.floor(Date.now() / 86_400_000) * 86_400_000 + 12 * 3_600_000;
    for (let day = 1; day <= 21; day++) {
      const passed = day === 7 ? 2700 : day === 12 ? 2870 : 2880;
      await store.addRollup({
        instanceId: "e2e-prober",
        minute: new Date(noon - day * 86_400_000),
        counters: { probe_checks: 2880, probe_passed: passed },
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await store?.close();
    await server?.stop();
  });

  it("serves the feeds and the badge", async () => {
    const rss = await fetch(`${server.url}/status/feed.rss`);
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(await rss.text()).toContain("<title>[SEV2] Plan generation fails for some people (Identified)</title>");
    const atom = await fetch(`${server.url}/status/feed.atom`);
    expect(await atom.text()).toContain("<title>[SEV3] Saving plans was slow (Resolved)</title>");
    const badge = await fetch(`${server.url}/status/badge.svg`);
    expect(badge.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(await badge.text()).toContain("partial outage");
  });

  for (const layout of LAYOUTS) {
    it(`shows /status and /ops without serious axe violations (${layout.name})`, { timeout: 120_000 }, async () => {
      const context = await browser.newContext({
        viewport: { width: layout.width, height: layout.height },
        colorScheme: layout.colorScheme,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const problems: string[] = [];
      try {
        await page.goto(`${server.url}/status`);
        await page.getByRole("heading", { level: 1, name: "MarketPlanAI status" }).waitFor();
        expect(await page.getByRole("status").first().textContent()).toBe("Partial System Outage");
        await page.getByRole("heading", { name: ACTIVE.title }).waitFor();
        await page.getByText("The model provider answers 503").waitFor();
        await page.getByRole("heading", { name: PAST.title }).waitFor();
        expect(await page.getByRole("img", { name: /uptime over the last 90 days/ }).count()).toBe(3);
        // 21 days of 2,880 checks, 190 of them failed.
        await page.getByRole("img", { name: "Application: 99.69% uptime over the last 90 days" }).waitFor();
        problems.push(...(await axeProblems(page, `status (${layout.name})`)));
        await saveScreenshot(page, `status-${layout.name}`);

        // The app's banner links here while something is wrong.
        await page.goto(`${server.url}/plans`);
        await page.getByRole("link", { name: "See the status page" }).waitFor();
        problems.push(...(await axeProblems(page, `banner (${layout.name})`)));

        const ops = new OpsPage(page, server.url);
        await ops.signIn(token);
        await ops.heading.waitFor();
        await ops.panel("incidents").getByRole("heading", { name: ACTIVE.title }).waitFor();
        // uPlot loads lazily and draws on canvas.
        await page.locator(".uplot canvas").first().waitFor();
        problems.push(...(await axeProblems(page, `ops (${layout.name})`)));
        await saveScreenshot(page, `ops-${layout.name}`);
      } finally {
        await context.close();
      }
      expect(problems, problems.join("\n\n")).toEqual([]);
    });
  }

  it("refuses a wrong token, keeps the session http-only and strict, refreshes itself, and signs out", {
    timeout: 120_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const ops = new OpsPage(page, server.url);
    try {
      await ops.signIn("this-is-not-the-token");
      await page.waitForURL(/\/ops\/sign-in\?error=invalid/);
      await page.getByRole("alert").getByText("That is not the operations token").waitFor();
      expect((await axeProblems(page, "sign-in error")).join("\n")).toBe("");
      await saveScreenshot(page, "ops-sign-in-wrong-token");
      expect(await context.cookies()).toEqual([]);

      await ops.signIn(token);
      await ops.heading.waitFor();
      const [cookie] = await context.cookies();
      expect(cookie).toMatchObject({ name: "marketplan_ops", httpOnly: true, sameSite: "Strict" });
      expect(cookie?.value).not.toContain(token);

      // A marker on window survives only if the page is never reloaded.
      await page.evaluate(() => {
        (window as unknown as { stillHere: boolean }).stillHere = true;
      });
      const before = await ops.updatedAt.getAttribute("datetime");
      await store.addIncidentUpdate({
        id: ACTIVE.id,
        update: { status: "resolved", body: "Generations succeed again.", createdAt: new Date().toISOString() },
      });
      await ops.panel("incidents").getByText("No open incident.").waitFor({ timeout: 40_000 });
      expect(await ops.updatedAt.getAttribute("datetime")).not.toBe(before);
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

      await ops.signOut();
      await page.getByText("You are signed out.").waitFor();
      expect(await context.cookies()).toEqual([]);
      await page.goto(`${server.url}/ops`);
      await page.waitForURL(/\/ops\/sign-in$/);
      expect((await fetch(`${server.url}/api/ops/dashboard`)).status).toBe(401);
    } finally {
      await context.close();
    }
  });
});
