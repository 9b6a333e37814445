import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The rule sets checked on every page: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] as const;

export interface AxeViolation {
  id: string;
  impact: "minor" | "moderate" | "serious" | "critical" | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary?: string; html: string }[];
}

/** Runs axe-core in the page (injected from node_modules) and returns every violation. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools rather than added as a <script>: the pages' CSP runs only scripts with their nonce.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(AXE_PATH, "utf8"));
  return page.evaluate(
    async (tags) => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, options: unknown) => Promise<{ violations: unknown[] }> } })
        .axe;
      const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return result.violations as AxeViolation[];
    },
    [...AXE_TAGS],
  );
}

/** Only what blocks people: serious and critical violations. */
export function seriousViolations(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** One line per violation and element, readable in a test failure. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((node) => `[${v.impact}] ${v.id}: ${v.help} at ${node.target.join(" ")}\n    ${node.failureSummary ?? ""}`),
    )
    .join("\n");
}
