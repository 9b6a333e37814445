import type { Locator, Page } from "playwright-core";

/** The read-only page a share link opens. */
export class SharedPlanPage {
  constructor(readonly page: Page) {}

  /** Opens the link and returns the HTTP status. */
  async open(url: string): Promise<number> {
    const response = await this.page.goto(url);
    return response?.status() ?? 0;
  }

  get title(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  get document(): Locator {
    return this.page.getByTestId("plan-document");
  }

  /** Buttons that would change the plan: a read-only page has none. */
  get ownerControls(): Locator {
    return this.page.getByRole("button", { name: /^(Edit|Regenerate|Rename|Share|Delete|Restore|Compare)/ });
  }
}
