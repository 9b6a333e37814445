import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PDFParse } from "pdf-parse";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { longestPlan } from "@/tests/support/export-plans";
import { planToPdf } from "./pdf";

interface Box {
  page: number;
  text: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** Every text run of every page with its box in PDF points (pdf.js reads the PDF; nothing here trusts the writer). */
async function textBoxes(pdf: Buffer): Promise<{ boxes: Box[]; pages: number }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const boxes: Box[] = [];
  for (let page = 1; page <= doc.numPages; page++) {
    const content = await (await doc.getPage(page)).getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const [, , , , x = 0, y = 0] = item.transform as number[];
      // The box from the baseline up by the font's height, as pdf.js reports it.
      boxes.push({ page, text: item.str, left: x, right: x + item.width, bottom: y, top: y + item.height });
    }
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { boxes, pages };
}

/** Overlap beyond half a point in both directions (runs that merely touch are fine). */
const overlaps = (a: Box, b: Box) =>
  a.page === b.page &&
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom) > 0.5;

describe("the PDF of the longest plan", async () => {
  const source = longestPlan();
  const pdf = await planToPdf(source);
  const { boxes, pages } = await textBoxes(pdf);

  it("has no two text boxes overlapping (the wrapped title included)", () => {
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as Box;
        const b = boxes[j] as Box;
        if (overlaps(a, b)) clashes.push(`page ${a.page}: “${a.text}” over “${b.text}”`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("numbers every page and names the plan in every footer", () => {
    expect(pages).toBeGreaterThan(4);
    for (let page = 1; page <= pages; page++) {
      const texts = boxes.filter((b) => b.page === page).map((b) => b.text);
      expect(texts, `page ${page}`).toContain(`Page ${page} of ${pages}`);
      expect(
        texts.some((text) => source.plan.title.startsWith(text.replace(/…$/, ""))),
        `page ${page} footer title`,
      ).toBe(true);
    }
  });

  it("opens with a cover block: business, date, version", () => {
    const first = boxes.filter((b) => b.page === 1).map((b) => b.text);
    expect(first).toEqual(expect.arrayContaining(["Business", "Date", "Version", source.plan.situation.business.name, "2"]));
  });

  it("keeps the budget table on one page, its total with it, and never splits a row", () => {
    const header = boxes.find((b) => b.text === "Amount / month");
    const total = boxes.find((b) => b.text === "Total");
    expect(header && total && header.page === total.page, "the total is on the table's page").toBe(true);
    for (const allocation of source.plan.budget.allocations) {
      const share = boxes.filter((b) => b.page === header?.page && b.text === allocation.channel);
      expect(share.length, `${allocation.channel} is in the budget table's page`).toBeGreaterThan(0);
    }
  });

  it("renders its first two pages to images under test-results/", async () => {
    const parser = new PDFParse({ data: pdf });
    try {
      const shots = await parser.getScreenshot({ partial: [1, 2], scale: 1.5, imageBuffer: true, imageDataUrl: false });
      const dir = path.resolve(import.meta.dirname, "../../test-results");
      mkdirSync(dir, { recursive: true });
      for (const shot of shots.pages) writeFileSync(path.join(dir, `pdf-longest-page-${shot.pageNumber}.png`), shot.data);
      expect(shots.pages.map((p) => p.pageNumber)).toEqual([1, 2]);
    } finally {
      await parser.destroy();
    }
  }, 60_000);
});
