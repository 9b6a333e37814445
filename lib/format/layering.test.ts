import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.join(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("layering", () => {
  it("lib/ never imports from components/ (formatting lives in lib/format)", () => {
    const offenders = sources(LIB).filter((file) => /from\s+["']@\/components\//.test(fs.readFileSync(file, "utf8")));
    expect(offenders.map((file) => path.relative(LIB, file))).toEqual([]);
  });
});
