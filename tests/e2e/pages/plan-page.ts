import type { Locator, Page } from "playwright-core";
import { SECTION_KEYS, SECTION_TITLES } from "@/ai/schemas/plan";

/** A saved plan at `/plans/<id>`. */
export class PlanPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  get banner(): Locator {
    return this.page.getByTestId("generation-banner");
  }

  get completeness(): Locator {
    return this.page.getByTestId("completeness");
  }

  /** The text of every section heading (h2 inside the section cards), in page order. */
  async sectionHeadings(): Promise<string[]> {
    return this.page.locator("[data-section] h2").allTextContents();
  }

  static expectedHeadings(): string[] {
    return SECTION_KEYS.map((key) => SECTION_TITLES[key]);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.title.waitFor();
  }
}
