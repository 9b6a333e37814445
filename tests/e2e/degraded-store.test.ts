import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumUnavailableReason, launchChromium, saveScreenshot } from "@/tests/support/browser";
import { type FirestoreEmulator, restartFirestoreEmulator, startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { NewPlanPage } from "./pages/new-plan-page";
import { PlanPage } from "./pages/plan-page";
import { UNSAVED_PREFIX, UnsavedPlanPage } from "./pages/unsaved-plan-page";

/**
 * Issue 3, "Degraded store": stop the Firestore emulator, generate, start it again,
 * and the plan kept in the browser is saved by itself, exactly once.
 */

const browserMissing = chromiumUnavailableReason();
// Started while collecting, so a missing jar or java is reported as a skip, never as a pass.
// A fresh one of our own (never a shared FIRESTORE_EMULATOR_HOST): the test stops it.
const firstEmulator = browserMissing ? null : await startFirestoreEmulator({ fresh: true });
const skipReason = browserMissing ?? (firstEmulator && "skipped" in firstEmulator ? firstEmulator.skipped : null);
if (skipReason) console.warn(`\n[e2e] SKIPPING degraded-store browser test: ${skipReason}\n`);

/** The built-in planner writes every plan: no Gemini key. Local auth: no AUTH_MODE, no Auth emulator. */
const NO_KEY = { GEMINI_API_KEY: undefined, GOOGLE_API_KEY: undefined, GEMINI_BASE_URL: undefined };
const LOCAL_AUTH = { AUTH_MODE: undefined, FIREBASE_AUTH_EMULATOR_HOST: undefined };

const BIKES = {
  name: "Northside Bike Repair",
  description:
    "Northside Bike Repair fixes and services bicycles in Manchester for commuters and students, " +
    "with a mobile van for office car parks. We want more regular service contracts.",
};
const BAKERY = {
  name: "Harbor Lane Bakery",
  description:
    "Harbor Lane Bakery is a family sourdough bakery in Leeds selling bread and pastries to commuters " +
    "at the station and wholesale to a dozen independent cafés. We want more weekday pre-orders.",
};

/** The saver retries every 5 s; the brief allows about a minute after the store is back (a loaded 2-core machine). */
const SAVED_AGAIN_WITHIN_MS = 60_000;
const PLAN_URL = /\/plans\/([A-Za-z0-9_-]{22})$/;

describe.skipIf(skipReason !== null)("degraded store in the browser (Firestore emulator stopped and restarted)", () => {
  let browser: Browser;
  let emulator: FirestoreEmulator | undefined;
  let port: number;
  let projectId: string;
  let server: NextServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const started = firstEmulator;
    if (!started || "skipped" in started) throw new Error("unreachable: the suite is skipped without an emulator");
    emulator = started;
    port = Number(started.host.split(":").pop());
    projectId = started.projectId;
    server = await startNextServer({
      env: {
        ...NO_KEY,
        ...LOCAL_AUTH,
        STORE: "firestore",
        FIRESTORE_EMULATOR_HOST: started.host,
        FIREBASE_PROJECT_ID: projectId,
        FIRESTORE_TIMEOUT_MS: "2000",
      },
    });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(60_000);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await emulator?.stop();
  });

  async function writePlan(business: typeof BAKERY): Promise<NewPlanPage> {
    const form = new NewPlanPage(page, server.url);
    await form.goto();
    await form.describeBusiness(business.description, { name: business.name, budget: "2500", currency: "GBP" });
    await form.submit();
    return form;
  }

  it("keeps the plan in the browser while the store is down and saves it exactly once when it is back", {
    timeout: 300_000,
  }, async () => {
    const kept = new UnsavedPlanPage(page);

    // 1. Sanity: with the store up, a plan lands on its own URL.
    const first = await writePlan(BIKES);
    const firstId = await first.waitForSavedPlan(90_000);
    await new PlanPage(page).title.waitFor();
    expect(await kept.keptPlans(), "nothing kept in the browser when the store is up").toEqual([]);

    // 2. The store goes away: the plan still arrives, is shown, and is kept in this browser.
    await emulator?.stop();
    emulator = undefined;
    const second = await writePlan(BAKERY);
    await kept.banner.waitFor({ state: "visible", timeout: 90_000 });
    expect(await kept.banner.textContent()).toContain("kept in this browser and will be saved as soon as possible");
    expect(new URL(page.url()).pathname, "no plan URL for a plan the store does not have").toBe("/");
    await kept.document.waitFor({ state: "visible" });
    expect(await kept.sectionHeadings()).toEqual(PlanPage.expectedHeadings());
    expect(await second.section("budget").locator("table").count()).toBe(1);
    const entries = await kept.keptPlans();
    expect(entries, "exactly one plan kept in localStorage").toHaveLength(1);
    const [entry] = entries;
    if (!entry) throw new Error("unreachable");
    expect(entry.key).toBe(`${UNSAVED_PREFIX}${entry.id}`);
    expect(entry.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(entry.id).not.toBe(firstId);
    expect(await kept.document.getAttribute("data-plan-id")).toBe(entry.id);
    console.info(`[degraded-store] unsaved: ${await saveScreenshot(page, "e2e-degraded-store-unsaved")}`);

    // While the store is still down, the saver's retries keep the plan (and stay on the page).
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await kept.keptPlans(), "still kept while the store is down").toHaveLength(1);
    expect(new URL(page.url()).pathname).toBe("/");

    // 3. The store comes back, empty, on the same port: the saver stores the plan and the page moves to it.
    emulator = await restartFirestoreEmulator(port);
    expect(emulator.host).toBe(`127.0.0.1:${port}`);
    const backAt = Date.now();
    await page.waitForURL(PLAN_URL, { timeout: SAVED_AGAIN_WITHIN_MS });
    console.info(`[degraded-store] saved ${Date.now() - backAt} ms after the emulator answered again`);
    expect(PLAN_URL.exec(new URL(page.url()).pathname)?.[1]).toBe(entry.id);
    const plan = new PlanPage(page);
    await plan.title.waitFor();
    expect(await plan.title.textContent()).toBe(entry.title);
    expect(await plan.sectionHeadings()).toEqual(PlanPage.expectedHeadings());
    expect(await page.getByTestId("plan-document").getAttribute("data-plan-id")).toBe(entry.id);
    await expect.poll(() => kept.keptPlans(), { timeout: 15_000, interval: 500 }).toEqual([]);
    // The restarted emulator started empty: the owner's list is exactly this plan, once.
    expect(await kept.ownPlanIds()).toEqual([entry.id]);
    console.info(`[degraded-store] saved: ${await saveScreenshot(page, "e2e-degraded-store-saved")}`);

    // More saver rounds (every 5 s) do not store it again.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await kept.ownPlanIds()).toEqual([entry.id]);

    // 4. A reload still shows it, from the store.
    await plan.reload();
    expect(new URL(page.url()).pathname).toBe(`/plans/${entry.id}`);
    expect(await plan.title.textContent()).toBe(entry.title);
    expect(await plan.sectionHeadings()).toEqual(PlanPage.expectedHeadings());
    expect(await kept.keptPlans()).toEqual([]);
    expect(await kept.ownPlanIds()).toEqual([entry.id]);
    console.info(`[degraded-store] reloaded: ${await saveScreenshot(page, "e2e-degraded-store-reloaded")}`);
  });
});
