import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { buildSync } from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "../..");

let bundled: string | undefined;

/**
 * The PDF render worker (lib/export/pdf-worker.ts) bundled with esbuild, as
 * `next build` does for the app: Node cannot run the TypeScript file itself.
 * Packages stay external, so the bundle lives under node_modules/.cache where
 * they resolve; one file per test process, removed when it exits.
 */
export function spawnPdfWorkerFromSource(): Worker {
  bundled ??= bundle();
  return new Worker(bundled);
}

function bundle(): string {
  const outfile = path.join(ROOT, "node_modules/.cache/marketplan-tests", `pdf-worker-${process.pid}.mjs`);
  buildSync({
    entryPoints: [path.join(ROOT, "lib/export/pdf-worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "error",
  });
  process.once("exit", () => fs.rmSync(outfile, { force: true }));
  return outfile;
}
