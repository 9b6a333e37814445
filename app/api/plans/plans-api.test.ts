import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanRecord } from "@/lib/plans/schema";
import { useLocalApp } from "@/tests/support/local-app";
import { callRoute, generatePlan as generateWith } from "@/tests/support/route-calls";
import * as sharedRoute from "../shared/[token]/route";
import * as diffRoute from "./[id]/diff/route";
import * as restoreRoute from "./[id]/restore/route";
import * as planRoute from "./[id]/route";
import * as regenerateRoute from "./[id]/sections/[section]/regenerate/route";
import * as sectionRoute from "./[id]/sections/[section]/route";
import * as shareRoute from "./[id]/share/route";
import * as restoreVersionRoute from "./[id]/versions/[version]/restore/route";
import * as versionRoute from "./[id]/versions/[version]/route";
import * as versionsRoute from "./[id]/versions/route";
import * as listRoute from "./route";

// A budget in the input, so that plans carry a stated figure.
const generatePlan = (description: string, cookie?: string) =>
  generateWith({ businessDescription: description, monthlyBudget: { amount: 1999.99, currency: "EUR" } }, cookie);
const call = callRoute;

let cleanup: () => Promise<void>;
let alice: string;
let bob: string;
let plan: PlanRecord;

beforeAll(async () => {
  cleanup = useLocalApp();
  ({ cookie: alice, plan } = await generatePlan(
    "A bike repair workshop in Utrecht that also rents out cargo bikes to families.",
  ));
  ({ cookie: bob } = await generatePlan("An online shop for handmade ceramic tableware, shipping across the EU."));
});
afterAll(() => cleanup());

const json = async <T>(response: Response) => (await response.json()) as T;

describe("plans API", () => {
  it("lists only the caller's plans, newest first, a page at a time", async () => {
    for (let i = 0; i < 3; i++) await generatePlan(`Alice's extra business number ${i}, a bakery with a cafe corner.`, alice);
    const first = await json<{ items: { id: string }[]; nextCursor: string }>(
      await listRoute.GET(new Request("http://localhost/api/plans?limit=3", { headers: { cookie: alice } })),
    );
    expect(first.items).toHaveLength(3);
    const rest = await json<{ items: { id: string }[]; nextCursor: null }>(
      await listRoute.GET(
        new Request(`http://localhost/api/plans?limit=3&cursor=${first.nextCursor}`, { headers: { cookie: alice } }),
      ),
    );
    expect(rest.items.map((p) => p.id)).toEqual([plan.id]);
    expect(rest.nextCursor).toBeNull();
    const bobs = await json<{ items: unknown[] }>(
      await listRoute.GET(new Request("http://localhost/api/plans", { headers: { cookie: bob } })),
    );
    expect(bobs.items).toHaveLength(1);
    expect(
      (await listRoute.GET(new Request("http://localhost/api/plans?limit=500", { headers: { cookie: alice } }))).status,
    ).toBe(400);
  });

  it("renames, edits and regenerates as versions that can be listed, diffed and restored", async () => {
    const id = plan.id;
    const renamed = await json<PlanRecord>(
      await call(planRoute.PATCH, { id }, { method: "PATCH", cookie: alice, body: { title: "Cargo bikes 2027 ✨" } }),
    );
    expect(renamed).toMatchObject({ title: "Cargo bikes 2027 ✨", version: 2 });

    const channels = plan.plan.channels.map((c, i) => ({ ...c, budgetSharePercent: i === 0 ? 100 : 0 }));
    const edited = await json<PlanRecord>(
      await call(sectionRoute.PUT, { id, section: "channels" }, { method: "PUT", cookie: alice, body: { value: channels } }),
    );
    expect(edited.version).toBe(3);
    expect(edited.plan.budget.allocations[0]?.amount.value).toBe(1999.99);

    const regenerated = await json<PlanRecord>(
      await call(
        regenerateRoute.POST,
        { id, section: "positioning" },
        { method: "POST", cookie: alice, body: { instruction: "more premium" } },
      ),
    );
    expect(regenerated.version).toBe(4);

    const versions = await json<{ items: { version: number; change: { kind: string; generation?: { model: string } } }[] }>(
      await call(versionsRoute.GET, { id }, { cookie: alice, url: "http://localhost/api/x" }),
    );
    expect(versions.items.map((v) => [v.version, v.change.kind])).toEqual([
      [4, "section_regenerated"],
      [3, "section_edited"],
      [2, "renamed"],
      [1, "generated"],
    ]);
    expect(versions.items[0]?.change.generation?.model).toBe("local/builtin-planner");

    const diff = await json<{ changes: { path: string; kind: string; before?: unknown; after?: unknown }[] }>(
      await call(diffRoute.GET, { id }, { cookie: alice, url: "http://localhost/api/x?from=1&to=2" }),
    );
    expect(diff.changes).toContainEqual({ path: "title", kind: "changed", before: plan.title, after: "Cargo bikes 2027 ✨" });

    const restored = await json<PlanRecord>(
      await call(restoreVersionRoute.POST, { id, version: "1" }, { method: "POST", cookie: alice }),
    );
    expect(restored).toMatchObject({ version: 5, title: plan.title, plan: plan.plan });
    const v5 = await json<{ change: unknown }>(await call(versionRoute.GET, { id, version: "5" }, { cookie: alice }));
    expect(v5.change).toEqual({ kind: "restored", fromVersion: 1 });
  });

  it("refuses an invalid or oversized edit and changes nothing", async () => {
    const before = await json<PlanRecord>(await call(planRoute.GET, { id: plan.id }, { cookie: alice }));
    const invalid = await call(
      sectionRoute.PUT,
      { id: plan.id, section: "risks" },
      { method: "PUT", cookie: alice, body: { value: [{ risk: "" }] } },
    );
    expect(invalid.status).toBe(400);
    expect((await json<{ error: { fields: unknown[] } }>(invalid)).error.fields.length).toBeGreaterThan(0);
    const huge = await call(
      sectionRoute.PUT,
      { id: plan.id, section: "executiveSummary" },
      { method: "PUT", cookie: alice, body: { value: "x".repeat(200_000) } },
    );
    expect(huge.status).toBe(413);
    const extra = await call(
      sectionRoute.PUT,
      { id: plan.id, section: "budget" },
      {
        method: "PUT",
        cookie: alice,
        body: { value: { ...before.plan.budget } },
      },
    );
    expect(extra.status).toBe(400);
    const extraBody = await json<{ error: { fields: { field: string; message: string }[] } }>(extra);
    expect(extraBody.error.fields.map((f) => f.field)).toEqual(expect.arrayContaining(["currency", "allocations"]));
    const unknownSection = await call(
      sectionRoute.PUT,
      { id: plan.id, section: "pricing" },
      { method: "PUT", cookie: alice, body: { value: "x" } },
    );
    expect(unknownSection.status).toBe(400);
    const after = await json<PlanRecord>(await call(planRoute.GET, { id: plan.id }, { cookie: alice }));
    expect(after).toEqual(before);
  });

  it("answers 404 to another user for every operation and changes nothing", async () => {
    const before = await json<PlanRecord>(await call(planRoute.GET, { id: plan.id }, { cookie: alice }));
    const id = plan.id;
    const attempts = [
      call(planRoute.GET, { id }, { cookie: bob }),
      call(planRoute.PATCH, { id }, { method: "PATCH", cookie: bob, body: { title: "mine now" } }),
      call(planRoute.DELETE, { id }, { method: "DELETE", cookie: bob }),
      call(sectionRoute.PUT, { id, section: "risks" }, { method: "PUT", cookie: bob, body: { value: before.plan.risks } }),
      call(versionsRoute.GET, { id }, { cookie: bob }),
      call(versionRoute.GET, { id, version: "1" }, { cookie: bob }),
      call(restoreVersionRoute.POST, { id, version: "1" }, { method: "POST", cookie: bob }),
      call(shareRoute.POST, { id }, { method: "POST", cookie: bob }),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(404);
    expect(await json<PlanRecord>(await call(planRoute.GET, { id }, { cookie: alice }))).toEqual(before);
    expect((await call(planRoute.GET, { id: "x" }, { cookie: alice })).status).toBe(400);
    expect((await call(versionRoute.GET, { id, version: "two" }, { cookie: alice })).status).toBe(400);
  });

  it("shares read-only without exposing the owner, and a revoked link answers 404", async () => {
    const created = await json<{ token: string; url: string }>(
      await call(shareRoute.POST, { id: plan.id }, { method: "POST", cookie: alice }),
    );
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.url).toBe(`http://localhost/shared/${created.token}`);
    const shared = await call(sharedRoute.GET, { token: created.token });
    expect(shared.status).toBe(200);
    const body = JSON.stringify(await shared.json());
    expect(body).toContain(plan.plan.executiveSummary.slice(0, 40));
    expect(body).not.toContain(alice.split("=")[1]?.split(".")[0]);
    expect(body).not.toContain("ownerId");
    expect(body).not.toContain("businessDescription");
    expect((await call(shareRoute.DELETE, { id: plan.id }, { method: "DELETE", cookie: alice })).status).toBe(200);
    expect((await call(sharedRoute.GET, { token: created.token })).status).toBe(404);
    expect((await call(sharedRoute.GET, { token: "nope" })).status).toBe(404);
  });

  it("deletes softly: gone from reads and lists, back after restore", async () => {
    const { plan: doomed } = await generatePlan("A pop-up ramen stall at weekend markets in Lisbon, run by two friends.", bob);
    const deleted = await json<{ restorableUntil: string }>(
      await call(planRoute.DELETE, { id: doomed.id }, { method: "DELETE", cookie: bob }),
    );
    expect(Date.parse(deleted.restorableUntil) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect((await call(planRoute.GET, { id: doomed.id }, { cookie: bob })).status).toBe(404);
    expect((await call(restoreRoute.POST, { id: doomed.id }, { method: "POST", cookie: alice })).status).toBe(404);
    const restored = await call(restoreRoute.POST, { id: doomed.id }, { method: "POST", cookie: bob });
    expect(restored.status).toBe(200);
    expect((await call(planRoute.GET, { id: doomed.id }, { cookie: bob })).status).toBe(200);
  });
});
