import type { Locator, Page } from "playwright-core";

/** The localStorage prefix of plans kept in this browser while the store is down (components/generate/pending-plans.ts). */
export const UNSAVED_PREFIX = "marketplan:unsaved:";

export interface KeptPlan {
  key: string;
  id: string;
  title: string;
}

/** A finished plan shown at `/` that the store could not save: the banner, the plan, and its copy in localStorage. */
export class UnsavedPlanPage {
  constructor(readonly page: Page) {}

  get banner(): Locator {
    return this.page.getByTestId("unsaved-banner");
  }

  get document(): Locator {
    return this.page.getByTestId("plan-document");
  }

  async sectionHeadings(): Promise<string[]> {
    return this.document.locator("[data-section] h2").allTextContents();
  }

  /** Every plan this browser keeps for later, as stored (the id and title come from the kept record). */
  async keptPlans(): Promise<KeptPlan[]> {
    return this.page.evaluate((prefix) => {
      const kept: { key: string; id: string; title: string }[] = [];
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i);
        if (!key?.startsWith(prefix)) continue;
        let id = "";
        let title = "";
        try {
          const value = JSON.parse(localStorage.getItem(key) ?? "") as { record?: { id?: unknown; title?: unknown } };
          id = typeof value.record?.id === "string" ? value.record.id : "";
          title = typeof value.record?.title === "string" ? value.record.title : "";
        } catch {
          // Reported as an entry with no id: the test then fails on it.
        }
        kept.push({ key, id, title });
      }
      return kept;
    }, UNSAVED_PREFIX);
  }

  /** The ids of the caller's plans, all pages of `GET /api/plans`, fetched with this page's cookies. */
  async ownPlanIds(): Promise<string[]> {
    return this.page.evaluate(async () => {
      const ids: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const query: string = cursor ? `?limit=50&cursor=${encodeURIComponent(cursor)}` : "?limit=50";
        const response = await fetch(`/api/plans${query}`, { credentials: "same-origin" });
        if (!response.ok) throw new Error(`GET /api/plans answered ${response.status}: ${await response.text()}`);
        const body = (await response.json()) as { items: { id: string }[]; nextCursor: string | null };
        ids.push(...body.items.map((item) => item.id));
        cursor = body.nextCursor;
        if (!cursor) break;
      }
      return ids;
    });
  }
}
