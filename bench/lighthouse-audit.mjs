/**
 * One Lighthouse run through its Node API, in plain Node: Lighthouse sends some of its own functions
 * into the page as source text, which must not pass through tsx (esbuild's name helpers are not there).
 * Usage: node bench/lighthouse-audit.mjs <url> <mobile|desktop> <report.json> [cookie]
 * Prints the category scores (0-100) as one JSON line.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

const [url, formFactor, reportFile, cookie] = process.argv.slice(2);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
}

const chrome = await chromeLauncher.launch({
  chromePath: chromePath(),
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  const flags = {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  };
  const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  fs.writeFileSync(reportFile, typeof result.report === "string" ? result.report : JSON.stringify(result.lhr));
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)]));
  const failing = Object.values(result.lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
    .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
  console.log(JSON.stringify({ scores, failing }));
} finally {
  chrome.kill();
}
