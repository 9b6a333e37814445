import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Issue 4's budget: first-load JavaScript for `/` under 200 KB gzipped, read from the existing build. */

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIST = process.env.NEXT_DIST_DIR || ".next";
const noBuild = existsSync(path.join(ROOT, DIST, "BUILD_ID")) ? null : `no build in ${DIST}/ (run \`npx next build\`)`;
if (noBuild) console.warn(`\n[first-load-js] SKIPPING the first-load JS budget: ${noBuild}\n`);

describe.skipIf(noBuild !== null)("first-load JavaScript of /", () => {
  it("is under 200 KB gzipped", () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/first-load-js.mjs"), "/", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NEXT_DIST_DIR: DIST },
    });
    const report = JSON.parse(run.stdout) as { files: { file: string; gzip: number }[]; totalGzipBytes: number };
    expect(report.files.length, "the manifests name the page's chunks").toBeGreaterThan(2);
    expect(report.totalGzipBytes, run.stderr).toBeLessThanOrEqual(200_000);
    expect(run.status).toBe(0);
  });
});
