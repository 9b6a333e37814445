import { PDFParse } from "pdf-parse";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BudgetSection } from "@/components/plan/budget-section";
import { ExecutiveSummarySection } from "@/components/plan/executive-summary-section";
import { KeyFigures } from "@/components/plan/key-figures";
import { samplePlan } from "@/tests/support/export-plans";
import { budgetToCsv } from "./csv";
import { planToMarkdown } from "./markdown";
import { planToPdf } from "./pdf";

/**
 * The page, the Markdown, the PDF and the CSV show the monthly total with one
 * source: the owner stated €1,999.99, so it is "stated by you" everywhere,
 * the budget table's total row included (it used to say "computed" on paper).
 */
describe("the same figure with the same source in every view", () => {
  const source = samplePlan();
  expect(source.plan.budget.monthlyTotal.source).toBe("user");

  it("the page's budget total carries the total's own source", () => {
    const html = renderToStaticMarkup(createElement(BudgetSection, { value: source.plan.budget, locale: "en" }));
    const total = /data-testid="budget-total">(.*?)<\/td>/.exec(html)?.[1] ?? "";
    expect(total).toContain("€1,999.99");
    expect(total).toContain('data-provenance="user"');
  });

  it("the Markdown's and the CSV's total rows say stated by you, never computed", () => {
    const markdown = planToMarkdown(source);
    const totalRow = markdown.split("\n").find((line) => line.startsWith("| Total |")) ?? "";
    expect(totalRow).toContain("€1,999.99 (stated by you)");
    expect(totalRow).not.toContain("computed");
    const csvTotal =
      budgetToCsv(source)
        .split("\r\n")
        .find((line) => line.startsWith("Total,")) ?? "";
    expect(csvTotal).toContain("1999.99,EUR,stated by you");
  });

  it("the PDF's total row says stated by you", async () => {
    const parser = new PDFParse({ data: await planToPdf(source) });
    try {
      const text = (await parser.getText()).text.replace(/\s+/g, " ");
      expect(text).toMatch(/Total 100% €1,999\.99 \(stated by you\)/);
    } finally {
      await parser.destroy();
    }
  }, 60_000);

  it("the summary's figures are read from the channels, so after an edit they name the new lead channels", () => {
    const plan = structuredClone(source.plan);
    const last = plan.channels.at(-1);
    if (!last) throw new Error("no channels");
    for (const channel of plan.channels) channel.budgetSharePercent = 0;
    last.budgetSharePercent = 100;
    const html = renderToStaticMarkup(
      createElement("div", null, [
        createElement(ExecutiveSummarySection, { key: "s", value: plan.executiveSummary, locale: "en" }),
        createElement(KeyFigures, { key: "k", plan, locale: "en" }),
      ]),
    );
    expect(html).toContain(`lead channels: ${last.name} 100%`);
    expect(planToMarkdown({ ...source, plan })).toContain(`lead channels: ${last.name} 100%`);
  });
});
