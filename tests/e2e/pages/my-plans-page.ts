import type { Locator, Page } from "playwright-core";

/** "My plans" at `/plans`. */
export class MyPlansPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/plans`);
    await this.heading.waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "My plans" });
  }

  get items(): Locator {
    return this.page.getByTestId("plans-list").locator(":scope > li");
  }

  get emptyState(): Locator {
    return this.page.getByTestId("plans-empty");
  }

  get loadMore(): Locator {
    return this.page.getByRole("button", { name: "Load more" });
  }

  /** The plan titles listed, in page order. */
  async titles(): Promise<string[]> {
    return this.items.locator("h2").allTextContents();
  }

  async open(title: string): Promise<void> {
    await this.page.getByRole("link", { name: title }).click();
    await this.page.waitForURL(/\/plans\/[A-Za-z0-9_-]{22}$/);
  }

  get deletedNotice(): Locator {
    return this.page.getByTestId("deleted-notice");
  }

  undoButton(title: string): Locator {
    return this.deletedNotice.getByRole("button", { name: `Undo deleting “${title}”` });
  }
}
