#!/usr/bin/env node
/**
 * npm run bench:first-load [-- /route] [--max-kb 200] [--json]
 *
 * First-load JavaScript of an app route, read from the build (Next 16 with Turbopack prints no sizes):
 * the root main files of `<dist>/server/app/<route>/page/build-manifest.json` plus the client entry
 * chunks of the route's layouts and page in `<dist>/server/app/<route>/page_client-reference-manifest.js`.
 * Polyfills are left out (loaded with `nomodule`, so modern browsers skip them), as Next always did.
 * Each file is gzipped with node:zlib; prints the list and the total, and exits 1 over the limit
 * (200 KB by default, 1 KB = 1,000 bytes), 2 when there is no build.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import vm from "node:vm";
import zlib from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Files `route` loads first, relative to the dist dir, in load order; null when there is no build for it. */
export function firstLoadFiles(distDir, route = "/") {
  const appDir = path.join(distDir, "server", "app", ...route.split("/").filter(Boolean));
  const buildManifestFile = path.join(appDir, "page", "build-manifest.json");
  const clientManifestFile = path.join(appDir, "page_client-reference-manifest.js");
  if (!fs.existsSync(buildManifestFile) || !fs.existsSync(clientManifestFile)) return null;
  const buildManifest = JSON.parse(fs.readFileSync(buildManifestFile, "utf8"));
  // The client reference manifest is a script that assigns globalThis.__RSC_MANIFEST[<page>].
  const sandbox = { globalThis: {} };
  vm.runInNewContext(fs.readFileSync(clientManifestFile, "utf8"), sandbox);
  const manifests = Object.values(sandbox.globalThis.__RSC_MANIFEST ?? {});
  const entries = manifests[0]?.entryJSFiles ?? {};
  const pageDir = route === "/" ? "" : route;
  const segments = ["", ...pageDir.split("/").filter(Boolean)];
  // app/layout, app/<segment>/layout ... down to the route, then app/<route>/page.
  const owners = segments.map(
    (_, i) =>
      `[project]/app${segments
        .slice(1, i + 1)
        .map((s) => `/${s}`)
        .join("")}/layout`,
  );
  owners.push(`[project]/app${pageDir}/page`);
  const files = [...(buildManifest.rootMainFiles ?? []), ...owners.flatMap((owner) => entries[owner] ?? [])];
  return [...new Set(files)];
}

/** Gzipped size in bytes of each file, and the total. */
export function measure(distDir, files) {
  const sizes = files.map((file) => {
    const bytes = fs.readFileSync(path.join(distDir, file));
    return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
  });
  return { sizes, total: sizes.reduce((sum, s) => sum + s.gzip, 0) };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "max-kb": { type: "string", default: "200" }, json: { type: "boolean", default: false } },
  });
  const route = positionals[0] ?? "/";
  const distName = process.env.NEXT_DIST_DIR || ".next";
  const distDir = path.resolve(ROOT, distName);
  const files = firstLoadFiles(distDir, route);
  if (!files) {
    console.error(`No build of ${route} in ${distName}/: run \`npx next build\` (NEXT_DIST_DIR=${distName}) first.`);
    return 2;
  }
  const { sizes, total } = measure(distDir, files);
  const limit = Number(values["max-kb"]) * 1000;
  if (values.json) {
    console.log(JSON.stringify({ route, distDir: distName, files: sizes, totalGzipBytes: total, limitBytes: limit }));
  } else {
    const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
    for (const s of sizes) console.log(`${kb(s.gzip).padStart(9)} gzip  ${kb(s.raw).padStart(9)} raw  ${s.file}`);
    console.log(`First-load JS for ${route}: ${kb(total)} gzipped in ${sizes.length} files (limit ${kb(limit)}).`);
  }
  if (total > limit) {
    console.error(`Over the limit by ${((total - limit) / 1000).toFixed(1)} KB.`);
    return 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
