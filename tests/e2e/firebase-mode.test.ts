import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTH_EMULATOR_HOOK_TIMEOUT_MS, type AuthEmulator, startAuthEmulator } from "@/tests/support/auth-emulator";
import { chromiumUnavailableReason, launchChromium } from "@/tests/support/browser";
import { watchCspViolations } from "@/tests/support/csp-violations";
import { type FirestoreEmulator, startFirestoreEmulator } from "@/tests/support/firestore-emulator";
import { type NextServer, startNextServer } from "@/tests/support/next-server";
import { NewPlanPage } from "./pages/new-plan-page";
import { PlanPage } from "./pages/plan-page";

/**
 * The production set-up in Chromium: Firebase Auth (its emulator) and Firestore (its emulator)
 * under the pages' Content-Security-Policy, with Firebase Performance Monitoring on. Google's
 * Installations, Remote Config and logging hosts cannot be reached from here, so the browser's
 * requests to them are answered by the test (Playwright routes); the CSP is enforced before a
 * request leaves, so a host the policy forgets still shows as a violation.
 */

const APP_ID = "1:123456789012:web:0a1b2c3d4e5f6a7b";
const DESCRIPTION = "Larkspur Bindery repairs and rebinds old books in Norwich and teaches weekend bookbinding workshops.";

const chromiumMissing = chromiumUnavailableReason();
let firestore: FirestoreEmulator | undefined;
let auth: AuthEmulator | undefined;
let skipReason: string | null = chromiumMissing;
let server: NextServer;
let browser: Browser;

beforeAll(async () => {
  if (skipReason) return;
  const [store, identity] = await Promise.all([startFirestoreEmulator({ fresh: true }), startAuthEmulator()]);
  if ("skipped" in store) skipReason = store.skipped;
  else firestore = store;
  if ("skipped" in identity) skipReason = identity.skipped;
  else auth = identity;
  if (skipReason || !firestore || !auth) return;
  [server, browser] = await Promise.all([
    startNextServer({
      env: {
        STORE: "firestore",
        FIRESTORE_EMULATOR_HOST: firestore.host,
        FIREBASE_PROJECT_ID: firestore.projectId,
        AUTH_MODE: "firebase",
        FIREBASE_AUTH_EMULATOR_HOST: auth.host,
        // What App Hosting hands every instance at run time (NEXT_PUBLIC_ variables are fixed at build time).
        FIREBASE_WEBAPP_CONFIG: JSON.stringify({ projectId: firestore.projectId, appId: APP_ID }),
        GEMINI_API_KEY: undefined,
        GOOGLE_API_KEY: undefined,
      },
    }),
    launchChromium(),
  ]);
}, AUTH_EMULATOR_HOOK_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await auth?.stop();
  await firestore?.stop();
});

/** Answers Firebase Performance Monitoring's calls to Google as its services would, and keeps what it logs. */
async function standInForGoogle(page: Page, projectId: string): Promise<{ logged: string[]; calls: string[] }> {
  const logged: string[] = [];
  const calls: string[] = [];
  const seen = (request: Request) => calls.push(`${request.method()} ${new URL(request.url()).host}`);
  await page.route("https://firebaseinstallations.googleapis.com/**", (route) => {
    seen(route.request());
    const { fid } = JSON.parse(route.request().postData() ?? "{}") as { fid?: string };
    return route.fulfill({
      json: {
        name: `projects/${projectId}/installations/${fid}`,
        fid,
        refreshToken: "stand-in-refresh-token",
        authToken: { token: "stand-in-installation-token", expiresIn: "604800s" },
      },
    });
  });
  await page.route("https://firebaseremoteconfig.googleapis.com/**", (route) => {
    seen(route.request());
    return route.fulfill({
      json: {
        state: "UPDATE",
        entries: {
          fpr_enabled: "true",
          fpr_vc_session_sampling_rate: "1",
          fpr_vc_trace_sampling_rate: "1",
          fpr_vc_network_request_sampling_rate: "1",
        },
      },
    });
  });
  await page.route(/^https:\/\/firebaselogging(-pa)?\.googleapis\.com\//, (route) => {
    seen(route.request());
    logged.push(route.request().postData() ?? "");
    return route.fulfill({ json: {} });
  });
  return { logged, calls };
}

describe("Firebase mode in Chromium (Auth and Firestore emulators)", () => {
  it("signs in anonymously, writes and saves a plan, and reports page performance, with no CSP violation", async (context) => {
    if (skipReason) {
      console.warn(`\n[e2e] SKIPPING the Firebase-mode browser test: ${skipReason}\n`);
      context.skip();
    }
    const browserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await browserContext.newPage();
    page.setDefaultTimeout(30_000);
    const violations = await watchCspViolations(page);
    const google = await standInForGoogle(page, firestore?.projectId ?? "");

    const form = new NewPlanPage(page, server.url);
    await form.goto();
    await form.describeBusiness(DESCRIPTION, { name: "Larkspur Bindery" });
    await form.submit();
    const id = await form.waitForSavedPlan();
    const plan = new PlanPage(page);
    await plan.title.waitFor();
    // The server rendered it for the signed-in Firebase user (the session cookie), after a reload too.
    await plan.reload();
    await plan.title.waitFor();
    expect(await plan.title.textContent()).toMatch(/Larkspur Bindery/);

    // The plan is in Firestore under the anonymous Firebase user, not a local identity.
    const cookies = await browserContext.cookies(server.url);
    expect(cookies.map((c) => c.name)).toContain("__session");
    expect(cookies.map((c) => c.name)).not.toContain("mp_uid");
    const stored = await fetch(
      `http://${firestore?.host}/v1/projects/${firestore?.projectId}/databases/(default)/documents/plans/${id}`,
      { headers: { authorization: "Bearer owner" } },
    );
    expect(stored.status, "the plan is a Firestore document").toBe(200);

    // Performance Monitoring registered, fetched its settings and sent the page's traces.
    await expect.poll(() => google.logged.length, { timeout: 45_000, interval: 500 }).toBeGreaterThan(0);
    expect(google.calls).toEqual(
      expect.arrayContaining(["POST firebaseinstallations.googleapis.com", "POST firebaseremoteconfig.googleapis.com"]),
    );
    const events = google.logged.join("\n");
    expect(events).toContain(APP_ID);
    expect(events).toMatch(/trace_metric|network_request_metric/);
    expect(violations, "no CSP violation in Firebase mode").toEqual([]);
    await browserContext.close();
  });
});
