import type { Page } from "playwright-core";

/** The /ops sign-in form and dashboard, as an SRE uses them. */
export class OpsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async signIn(token: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/ops`);
    await this.page.waitForURL(/\/ops\/sign-in/);
    await this.page.getByLabel("Operations token").fill(token);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: "Operations" });
  }

  panel(id: string) {
    return this.page.locator(`[data-panel="${id}"]`);
  }

  get updatedAt() {
    return this.page.getByTestId("dashboard-updated");
  }

  async signOut(): Promise<void> {
    await this.page.getByRole("button", { name: "Sign out" }).click();
    await this.page.waitForURL(/\/ops\/sign-in\?signed-out=1/);
  }
}
