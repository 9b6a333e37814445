#!/usr/bin/env node
// `npm start`: builds the app when there is no build or the sources changed since
// the last one, then serves it on PORT (default 3000). Zero configuration.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const SOURCES = ["app", "components", "lib", "ai", "public"];
const CONFIG = ["next.config.ts", "package.json", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
// Root files Next.js loads by name: instrumentation.ts, instrumentation-client.ts, sentry.*.config.ts.
const ROOT_FILES = fs.readdirSync(root).filter((name) => /^(instrumentation(-client)?|sentry\.\w+\.config)\.ts$/.test(name));

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .filter((name) => !name.endsWith(".test.ts"))
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function needsBuild() {
  if (!fs.existsSync(buildId)) return "no build yet";
  const built = fs.statSync(buildId).mtimeMs;
  const changed = [...SOURCES, ...CONFIG, ...ROOT_FILES].find((entry) => newestMtime(path.join(root, entry)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

const next = path.join(root, "node_modules", ".bin", "next");
const reason = needsBuild();
if (reason) {
  console.log(`Building MarketPlanAI (${reason})…`);
  const build = spawnSync(next, ["build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || "3000";
console.log(`MarketPlanAI on http://localhost:${port} (data in ${process.env.MARKETPLAN_DATA_DIR || ".data"}/)`);
const server = spawn(next, ["start", "-p", port], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
