import type { Locator, Page } from "playwright-core";
import type { SectionKey } from "@/ai/schemas/plan";
import { PlanPage } from "./plan-page";

/** The owner's workspace at `/plans/<id>`: the plan plus its toolbar, section tools and version history. */
export class WorkspacePage extends PlanPage {
  constructor(
    page: Page,
    private readonly baseUrl: string,
  ) {
    super(page);
  }

  /** Opens a plan by id and returns the HTTP status of the page. */
  async goto(id: string): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/plans/${id}`);
    return response?.status() ?? 0;
  }

  section(key: SectionKey): Locator {
    return this.page.locator(`[data-section="${key}"]`);
  }

  /** The rendered text of a section (its body, not its heading, controls, notices or figures read from elsewhere). */
  async sectionText(key: SectionKey): Promise<string> {
    return ((await this.section(key).locator("[data-section-body]").textContent()) ?? "").trim();
  }

  button(name: string | RegExp, scope: Locator | Page = this.page): Locator {
    return scope.getByRole("button", { name });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole("dialog", { name });
  }

  async rename(title: string): Promise<void> {
    await this.button("Rename").click();
    const dialog = this.dialog("Rename plan");
    await dialog.getByLabel("Title").fill(title);
    await dialog.getByRole("button", { name: "Save title" }).click();
    await this.page.getByTestId("toolbar-status").getByText(`Renamed to “${title}”.`).waitFor();
    await this.page.getByRole("heading", { level: 1, name: title }).waitFor();
  }

  /** Creates a share link in the Share dialog and returns its URL; the dialog stays open. */
  async createShareLink(): Promise<string> {
    await this.button("Share", this.page.getByTestId("plan-toolbar")).click();
    const dialog = this.dialog("Share a read-only link");
    await dialog.getByRole("button", { name: "Create link" }).click();
    const input = dialog.getByLabel("Share link");
    await input.waitFor();
    return input.inputValue();
  }

  get shareStatus(): Locator {
    return this.page.getByTestId("share-status");
  }

  /** Edits a section through its inline editor and waits for the saved version. */
  async editSection(key: SectionKey, text: string): Promise<void> {
    await this.button(/^Edit/, this.section(key)).click();
    await this.section(key).getByRole("textbox").fill(text);
    await this.button("Save changes", this.section(key)).click();
  }

  /** Opens a section's structured editor and returns its form. */
  async openEditor(key: SectionKey): Promise<Locator> {
    await this.button(/^Edit/, this.section(key)).click();
    const form = this.section(key).locator("form[data-editing]");
    await form.waitFor();
    // The editor loads on demand and then moves focus to its first field: wait for that before typing.
    await form.locator(":focus").waitFor();
    return form;
  }

  sectionStatus(key: SectionKey): Locator {
    return this.section(key).getByRole("status").first();
  }

  async openRegenerate(key: SectionKey, instruction: string, options: { keepStated?: boolean } = {}): Promise<void> {
    await this.button(/^Regenerate/, this.section(key)).click();
    await this.section(key).getByLabel("What should change?").fill(instruction);
    if (options.keepStated === false)
      await this.section(key)
        .getByLabel(/^Keep the figures I stated/)
        .uncheck();
  }

  /** The regenerate form's preview: what the rewrite would change, before anything is saved. */
  regeneratePreview(key: SectionKey): Locator {
    return this.section(key).getByTestId("regenerate-preview");
  }

  get versions(): Locator {
    return this.page.getByTestId("versions").locator("li[data-version]");
  }

  version(n: number): Locator {
    return this.page.locator(`[data-testid="versions"] li[data-version="${n}"]`);
  }

  /** What each listed version changed, newest first. */
  async versionChanges(): Promise<string[]> {
    return this.page.getByTestId("versions").getByTestId("version-change").allTextContents();
  }

  async compareWithCurrent(n: number): Promise<Locator> {
    await this.button(/^Compare with current/, this.version(n)).click();
    const diff = this.version(n).getByTestId("diff");
    await diff.locator("li").first().waitFor();
    return diff;
  }

  async restore(n: number): Promise<void> {
    await this.button(/^Restore/, this.version(n)).click();
    await this.dialog(`Restore version ${n}?`).getByRole("button", { name: "Restore this version" }).click();
    await this.page.getByTestId("versions-status").getByText(`Version ${n} restored`).waitFor();
  }
}
