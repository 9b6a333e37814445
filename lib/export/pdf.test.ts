import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { SECTION_TITLES } from "@/ai/schemas/plan";
import { samplePlan } from "@/tests/support/export-plans";
import { planToPdf } from "./pdf";
import { toWinAnsi } from "./pdf-text";

async function pdfText(buffer: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: buffer });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

// pdf.js puts line breaks where the PDF wraps lines; compare words, not layout.
const squash = (text: string) => text.replace(/\s+/g, " ");

describe("planToPdf", () => {
  it("is a PDF with the title, the date, every section heading and provenance labels", async () => {
    const source = samplePlan();
    const buffer = await planToPdf(source);
    expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text, pages } = await pdfText(buffer);
    const words = squash(text);
    expect(pages).toBeGreaterThan(3);
    expect(words).toContain(source.plan.title);
    expect(words).toContain("created 2026-03-12");
    for (const title of Object.values(SECTION_TITLES)) expect(words).toContain(title);
    expect(words).toContain("€1,999.99 (stated by you");
    expect(words).toMatch(/\(computed\)/);
    expect(words).toMatch(/\(estimate\)/);
    // The title repeats in every page's footer.
    expect(words.split(source.plan.title).length - 1).toBeGreaterThanOrEqual(pages);
  }, 60_000);

  it("prints Latin text outside Latin-1 as its base letters and other scripts as ?", async () => {
    const source = samplePlan({ title: "Kávézó Őrség: Привет 🚀 “plan” – 2027" });
    const { text } = await pdfText(await planToPdf(source));
    expect(squash(text)).toContain("Kávézó Orség: ?????? “plan” – 2027");
  }, 60_000);
});

describe("toWinAnsi", () => {
  it("keeps Windows-1252, folds accents, drops emoji and marks the rest", () => {
    expect(toWinAnsi("Café € “x” — ﬁne")).toBe("Café € “x” — fine");
    expect(toWinAnsi("Łódź ő\u202f5 👩‍👩‍👧 🇬🇧 日本")).toBe("?ódz o 5   ??");
  });
});
