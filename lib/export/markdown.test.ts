import { describe, expect, it } from "vitest";
import { SECTION_TITLES } from "@/ai/schemas/plan";
import { samplePlan } from "@/tests/support/export-plans";
import { planToMarkdown } from "./markdown";

describe("planToMarkdown", () => {
  const source = samplePlan();
  const markdown = planToMarkdown(source);

  it("starts with the title and the plan's date, and names who wrote it", () => {
    expect(markdown.startsWith(`# ${source.plan.title}\n`)).toBe(true);
    expect(markdown).toContain("created 2026-03-12 · version 2");
    expect(markdown).toContain("Written by the built-in planner (local/builtin-planner");
  });

  it("has every section heading, in the plan's order", () => {
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(Object.values(SECTION_TITLES));
  });

  it("labels figures with their source and explains the labels", () => {
    expect(markdown).toContain("“stated by you”");
    expect(markdown).toMatch(/\*\*Monthly budget:\*\* €1,999\.99 \(stated by you: Monthly budget you stated\)/);
    expect(markdown).toMatch(/\| €\d[\d,.]* \(computed\) \|/);
    expect(markdown).toMatch(/\(estimate\)/);
  });

  it("dates roadmap milestones and content weeks from the start date, on working days", () => {
    const first = source.plan.roadmap.phases[0]?.milestones[0];
    const date = new Date(Date.UTC(2026, 2, 16 + (first?.dueDay ?? 1) - 1));
    const shift = date.getUTCDay() === 6 ? 2 : date.getUTCDay() === 0 ? 1 : 0;
    const expected = new Date(date.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
    expect(markdown).toContain(`Day ${first?.dueDay} (${expected})`);
    expect(markdown).toMatch(/\| 1 \(2026-03-16\) \|/);
    expect(markdown).toContain("Starts 2026-03-16 (working days)");
  });

  it("escapes plan text that would become markup and keeps a table cell on one line", () => {
    const nasty = samplePlan({ title: "Tea | *bold* <script>alert(1)</script>\n# not a heading" });
    nasty.plan.contentCalendar[0] = {
      ...(nasty.plan.contentCalendar[0] as (typeof nasty.plan.contentCalendar)[0]),
      topic: "a | b\nc",
    };
    const text = planToMarkdown(nasty);
    expect(text.split("\n")[0]).toBe("# Tea \\| \\*bold\\* \\<script\\>alert(1)\\</script\\> # not a heading");
    expect(text).toContain("| a \\| b c |");
    expect(text).not.toContain("<script>");
  });

  it("lists what the completeness check found missing", () => {
    const incomplete = samplePlan();
    incomplete.completeness = { complete: false, missing: [{ section: "risks", path: "risks", message: "Add a third risk." }] };
    expect(planToMarkdown(incomplete)).toContain("**Missing from this plan:**\n\n- Risks: Add a third risk.");
  });
});
