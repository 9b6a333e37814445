import { accessSync, constants, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

/**
 * Why browser tests cannot run here, or null if they can. Callers print the reason
 * with console.warn and use `describe.skipIf(reason !== null)`: never a silent pass.
 */
export function chromiumUnavailableReason(): string | null {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return null;
  } catch {
    return `no executable Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  }
}

const LAUNCH_TIMEOUT_MS = 60_000;

/**
 * Launches headless Chromium, bounded at a minute (Playwright's own default is three) and
 * tried once more when that runs out, so a stalled launch on a loaded machine is reported
 * inside the e2e hook timeout instead of eating it.
 */
export async function launchChromium(): Promise<Browser> {
  const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: LAUNCH_TIMEOUT_MS });
  try {
    return await launch();
  } catch (error) {
    console.warn(`[browser] Chromium did not start (${(error as Error).message.split("\n")[0]}): trying once more`);
    return launch();
  }
}

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, "../../test-results");

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
