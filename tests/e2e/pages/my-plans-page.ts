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

  get searchBox(): Locator {
    return this.page.getByRole("searchbox", { name: "Search by name" });
  }

  get sortSelect(): Locator {
    return this.page.getByRole("combobox", { name: "Sort by" });
  }

  get noMatch(): Locator {
    return this.page.getByTestId("plans-no-match");
  }

  /** The URL's search and order, as the page keeps them. */
  urlParams(): { q: string | null; sort: string | null } {
    const url = new URL(this.page.url());
    return { q: url.searchParams.get("q"), sort: url.searchParams.get("sort") };
  }

  /** Types a search and waits until the URL follows it and the list for it has arrived. */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.page.waitForURL((url) => (url.searchParams.get("q") ?? "") === text.trim());
    await this.settled();
  }

  /** Chooses an order and waits for its list. */
  async sortBy(label: string): Promise<void> {
    await this.sortSelect.selectOption({ label });
    await this.page.waitForURL((url) => url.searchParams.has("sort") || label === "Newest first");
    await this.settled();
  }

  /** Nothing on the page is waiting for a list any more. */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  }

  deleteButton(title: string): Locator {
    return this.page.getByRole("button", { name: `Delete “${title}”` });
  }

  get deletedNotice(): Locator {
    return this.page.getByTestId("deleted-notice");
  }

  undoButton(title: string): Locator {
    return this.deletedNotice.getByRole("button", { name: `Undo deleting “${title}”` });
  }
}
