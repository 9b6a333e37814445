import { describe, expect, it } from "vitest";
import { attachmentDisposition, exportFilename, slugify } from "./filename";

describe("export file names", () => {
  it("slugs the title and adds the plan's date", () => {
    expect(exportFilename({ title: "Bean There: marketing plan", createdAt: "2026-03-12T22:30:00Z", suffix: ".pdf" })).toBe(
      "bean-there-marketing-plan-2026-03-12.pdf",
    );
    expect(slugify('Café "Zoë"; plan, 2027 🚀')).toBe("cafe-zoe-plan-2027");
    expect(slugify("Кафе «Утро»")).toBe("кафе-утро");
    expect(slugify("🚀✨")).toBe("marketing-plan");
    expect(slugify("a".repeat(200))).toHaveLength(60);
  });

  it("offers a UTF-8 name and an ASCII fallback", () => {
    expect(attachmentDisposition("кафе-2026-03-12.md")).toBe(
      "attachment; filename=\"2026-03-12.md\"; filename*=UTF-8''%D0%BA%D0%B0%D1%84%D0%B5-2026-03-12.md",
    );
    expect(attachmentDisposition("it's-(1)*.csv")).toBe(
      "attachment; filename=\"it's-(1)*.csv\"; filename*=UTF-8''it%27s-%281%29%2A.csv",
    );
  });
});
