import type { Locator, Page } from "playwright-core";
import type { SectionKey } from "@/ai/schemas/plan";

const SAVED_PLAN_URL = /\/plans\/([A-Za-z0-9_-]{22})$/;

/** The new-plan form at `/` and the plan streaming into it. */
export class NewPlanPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.description.waitFor();
  }

  get description(): Locator {
    return this.page.getByLabel("Describe your business");
  }

  async describeBusiness(text: string, details: { name?: string; budget?: string; currency?: string } = {}) {
    await this.description.fill(text);
    if (details.name) await this.page.getByLabel("Business name").fill(details.name);
    if (details.budget) await this.page.getByLabel("Monthly budget").fill(details.budget);
    if (details.currency) await this.page.getByLabel("Currency").selectOption(details.currency);
  }

  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: "Write my plan" }).click();
  }

  async cancel(): Promise<void> {
    await this.page.getByRole("button", { name: "Cancel" }).click();
  }

  /** A section's card, present from the section's first streamed data. */
  section(key: SectionKey): Locator {
    return this.page.locator(`[data-section="${key}"]`);
  }

  get progress(): Locator {
    return this.page.getByTestId("progress");
  }

  get announcer(): Locator {
    return this.page.getByTestId("announcer");
  }

  /** Waits for the browser to land on `/plans/<id>` and returns the id. */
  async waitForSavedPlan(timeoutMs = 60_000): Promise<string> {
    await this.page.waitForURL(SAVED_PLAN_URL, { timeout: timeoutMs });
    const id = SAVED_PLAN_URL.exec(new URL(this.page.url()).pathname)?.[1];
    if (!id) throw new Error(`not a plan URL: ${this.page.url()}`);
    return id;
  }
}
