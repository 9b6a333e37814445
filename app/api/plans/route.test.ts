import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { identifyPageVisitor } from "@/lib/auth";
import { getStore } from "@/lib/store";
import { cookieFrom, useLocalApp } from "@/tests/support/local-app";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { GET } from "./route";

type Listing = { items: { title: string }[]; nextCursor: string | null };
type Refusal = { error: { code: string; message: string; fields?: { field: string; message: string }[] } };

let cleanup: () => Promise<void>;
let cookie: string;

const list = (query: string) => GET(new Request(`http://localhost/api/plans${query}`, { headers: { cookie } }));

beforeAll(async () => {
  cleanup = useLocalApp();
  cookie = cookieFrom(await GET(new Request("http://localhost/api/plans")));
  const [name, value] = cookie.split("=");
  const userId = await identifyPageVisitor({ get: (n) => (n === name && value ? { value } : undefined) });
  if (!userId) throw new Error("The identity cookie names nobody");
  const titles = ["Café Lumière spring launch", "Bakery spring pre-orders", "Autumn cafe push", "Zoo tickets"];
  for (const [i, title] of titles.entries()) {
    await getStore().createPlan({
      record: buildPlanRecord({ ownerId: userId, title, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) }),
    });
  }
});
afterAll(() => cleanup());

describe("GET /api/plans", () => {
  it("searches titles for every word, ignoring case and accents, in the asked order", async () => {
    const found = (await (await list("?q=CAFE&sort=title")).json()) as Listing;
    expect(found.items.map((p) => p.title)).toEqual(["Autumn cafe push", "Café Lumière spring launch"]);
    const both = (await (await list(`?q=${encodeURIComponent(" spring  café ")}`)).json()) as Listing;
    expect(both.items.map((p) => p.title)).toEqual(["Café Lumière spring launch"]);
    const oldest = (await (await list("?sort=oldest&limit=2")).json()) as Listing;
    expect(oldest.items.map((p) => p.title)).toEqual(["Café Lumière spring launch", "Bakery spring pre-orders"]);
    const empty = (await (await list("?q=")).json()) as Listing;
    expect(empty.items, "an empty search lists everything").toHaveLength(4);
  });

  it("pages a search with its cursor, and refuses that cursor under another order or search", async () => {
    const first = (await (await list("?q=spring&sort=updated&limit=1")).json()) as Listing;
    expect(first.items).toHaveLength(1);
    const cursor = encodeURIComponent(first.nextCursor ?? "");
    const second = (await (await list(`?q=spring&sort=updated&limit=1&cursor=${cursor}`)).json()) as Listing;
    expect([...first.items, ...second.items].map((p) => p.title).sort()).toEqual([
      "Bakery spring pre-orders",
      "Café Lumière spring launch",
    ]);
    expect(second.nextCursor).toBeNull();

    const otherSort = await list(`?q=spring&sort=title&limit=1&cursor=${cursor}`);
    expect(otherSort.status).toBe(400);
    expect(((await otherSort.json()) as Refusal).error.message).toMatch(/"updated" order, not "title"/);
    const otherSearch = await list(`?q=cafe&sort=updated&limit=1&cursor=${cursor}`);
    expect(otherSearch.status).toBe(400);
    expect(((await otherSearch.json()) as Refusal).error.message).toMatch(/another search/);
  });

  it("answers 400 naming the parameter for a bad sort, search, limit or an unknown parameter", async () => {
    const cases: [string, string, RegExp][] = [
      ["?sort=popular", "sort", /sort must be one of newest, oldest, updated, title/],
      [`?q=${"x".repeat(101)}`, "q", /at most 100 characters/],
      ["?limit=0", "limit", /limit must be 1 to 50/],
      ["?limit=ten", "limit", /number/i],
      ["?cursor=not-a-cursor", "", /cursor is invalid/],
      ["?order=title", "", /order/],
    ];
    for (const [query, field, message] of cases) {
      const response = await list(query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as Refusal;
      expect(body.error.message, query).toMatch(message);
      if (field)
        expect(
          body.error.fields?.map((f) => f.field),
          query,
        ).toContain(field);
    }
  });
});
