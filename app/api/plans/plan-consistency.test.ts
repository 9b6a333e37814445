import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { cookieFrom, useLocalApp } from "@/tests/support/local-app";
import * as planRoute from "./[id]/route";
import * as regenerateRoute from "./[id]/sections/[section]/regenerate/route";
import * as sectionRoute from "./[id]/sections/[section]/route";
import * as generateRoute from "./generate/route";

type Handler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

function call<P>(handler: Handler<P>, params: P, init: { method?: string; cookie: string; body?: unknown }) {
  const headers: Record<string, string> = { cookie: init.cookie };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  return handler(new Request("http://localhost/api/x", { method: init.method ?? "GET", headers, body }), {
    params: Promise.resolve(params),
  });
}

let cleanup: () => Promise<void>;
let cookie: string;
let plan: PlanRecord;

beforeAll(async () => {
  cleanup = useLocalApp();
  const response = await generateRoute.POST(
    new Request("http://localhost/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        businessDescription: "A neighbourhood bakery in Leeds selling sourdough and pastries to commuters.",
        monthlyBudget: { amount: 2000, currency: "GBP" },
      }),
    }),
  );
  cookie = cookieFrom(response);
  plan = (await readSseEvents(response)).at(-1)?.data as PlanRecord;
});
afterAll(() => cleanup());

const current = async () => (await (await call(planRoute.GET, { id: plan.id }, { cookie })).json()) as PlanRecord;
const putSection = (section: string, body: unknown) =>
  call(sectionRoute.PUT, { id: plan.id, section }, { method: "PUT", cookie, body });
const regenerate = (section: string, body: unknown) =>
  call(regenerateRoute.POST, { id: plan.id, section }, { method: "POST", cookie, body });

/** The example: one share (the largest: free listings have none) lowered by 20 points, so the shares total 80 %. */
function loweredShares(record: PlanRecord) {
  const shares = record.plan.channels.map((c) => c.budgetSharePercent);
  const largest = shares.indexOf(Math.max(...shares));
  return record.plan.channels.map((c, i) => (i === largest ? { ...c, budgetSharePercent: c.budgetSharePercent - 20 } : c));
}

describe("one source of truth for channel shares", () => {
  it("refuses an edit whose shares total 80 %, marks every share, and saves nothing", async () => {
    const before = await current();
    const response = await putSection("channels", { value: loweredShares(before) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; fields: { field: string; message: string }[] } };
    expect(body.error.message).toContain("add up to 80%");
    expect(body.error.fields.map((f) => f.field)).toEqual(before.plan.channels.map((_, i) => `${i}.budgetSharePercent`));
    expect((await current()).version).toBe(before.version);
  });

  it("scales the shares to 100 % only when the owner asks, and Budget then shows the very same shares", async () => {
    const before = await current();
    const response = await putSection("channels", { value: loweredShares(before), normaliseShares: true });
    expect(response.status).toBe(200);
    const saved = (await response.json()) as PlanRecord;
    const shares = saved.plan.channels.map((c) => c.budgetSharePercent);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(saved.plan.budget.allocations.map((a) => a.sharePercent)).toEqual(shares);
    const amounts = saved.plan.budget.allocations.reduce((sum, a) => sum + a.amount.value, 0);
    expect(amounts).toBeCloseTo(saved.plan.budget.monthlyTotal.value, 9);
  });
});

describe("derived text", () => {
  it("marks the summary and the budget rationale stale after a channels edit, and a refresh clears the summary's mark", async () => {
    const before = await current();
    const swapped = before.plan.channels.map((c, i, all) => ({
      ...c,
      budgetSharePercent: all[all.length - 1 - i]?.budgetSharePercent ?? 0,
    }));
    const saved = (await (await putSection("channels", { value: swapped })).json()) as PlanRecord;
    expect(saved.stale).toEqual(expect.arrayContaining(["executiveSummary", "budget"]));
    const refreshed = (await (await regenerate("executiveSummary", { instruction: "restate the figures" })).json()) as PlanRecord;
    expect(refreshed.stale).not.toContain("executiveSummary");
    expect(refreshed.stale).toContain("budget");
  });
});

describe("regenerating keeps what the owner typed", () => {
  it("previews the rewrite without saving, keeps hand-typed shares, and applies exactly what was shown", async () => {
    const before = await current();
    const typed = before.plan.channels.map((c, i) => ({ ...c, budgetSharePercent: i === 0 ? 55 : 0 }));
    typed[1] = { ...typed[1], budgetSharePercent: 45 } as (typeof typed)[number];
    const edited = (await (await putSection("channels", { value: typed })).json()) as PlanRecord;

    const previewResponse = await regenerate("channels", { instruction: "more focus on Instagram", preview: true });
    expect(previewResponse.status).toBe(200);
    const { proposal, changes } = (await previewResponse.json()) as {
      proposal: { value: { name: string; budgetSharePercent: number }[] };
      changes: { path: string }[];
    };
    expect((await current()).version, "a preview saves nothing").toBe(edited.version);
    const typedShare = new Map(typed.map((c) => [c.name, c.budgetSharePercent]));
    for (const channel of proposal.value) {
      if (typedShare.has(channel.name)) expect(channel.budgetSharePercent).toBe(typedShare.get(channel.name));
    }
    expect(
      changes.every((c) => !/^plan\.channels\[\d+\]/.test(c.path)),
      "channels are matched by name",
    ).toBe(true);

    const applied = await regenerate("channels", { apply: proposal });
    expect(applied.status).toBe(200);
    const saved = (await applied.json()) as PlanRecord;
    expect(saved.version).toBe(edited.version + 1);
    expect(saved.plan.channels).toEqual(proposal.value);

    // Applying it again (the plan has moved on) or after tampering is refused.
    expect((await regenerate("channels", { apply: proposal })).status).toBe(400);
  });

  it("without the preview, the default rewrite keeps the shares too; unticking 'keep' lets the model's shares in", async () => {
    const before = await current();
    const kept = (await (await regenerate("channels", { instruction: "shorter tactics" })).json()) as PlanRecord;
    const share = (r: PlanRecord) => new Map(r.plan.channels.map((c) => [c.name, c.budgetSharePercent]));
    for (const [name, value] of share(kept)) if (share(before).has(name)) expect(value).toBe(share(before).get(name));
    const fresh = await regenerate("channels", { instruction: "shorter tactics", preview: true, keepStated: false });
    const { proposal } = (await fresh.json()) as { proposal: { value: { budgetSharePercent: number }[] } };
    expect(proposal.value.map((c) => c.budgetSharePercent)).not.toEqual(kept.plan.channels.map((c) => c.budgetSharePercent));
  });

  it("keeps the owner's stated budget total when the budget is regenerated, unless told otherwise", async () => {
    const rewrite = (await (await regenerate("budget", { instruction: "cut the budget by 20%" })).json()) as PlanRecord;
    expect(rewrite.plan.budget.monthlyTotal).toMatchObject({ value: 2000, source: "user" });
  });
});
