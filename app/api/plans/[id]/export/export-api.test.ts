import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slugify } from "@/lib/export/filename";
import type { PlanRecord } from "@/lib/plans/schema";
import { useLocalApp } from "@/tests/support/local-app";
import { callRoute, generatePlan as generateWith } from "@/tests/support/route-calls";
import * as sharedExportRoute from "../../../shared/[token]/export/[format]/route";
import * as shareRoute from "../share/route";
import * as exportRoute from "./[format]/route";

const call = callRoute;
const generatePlan = (description: string, cookie?: string) =>
  generateWith({ businessDescription: description, monthlyBudget: { amount: 1200, currency: "GBP" } }, cookie);

const EXPECTED = {
  md: ["text/markdown; charset=utf-8", ".md"],
  pdf: ["application/pdf", ".pdf"],
  "budget.csv": ["text/csv; charset=utf-8", "-budget.csv"],
  "kpis.csv": ["text/csv; charset=utf-8", "-kpis.csv"],
  ics: ["text/calendar; charset=utf-8", ".ics"],
} as const;

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

describe("GET /api/plans/:id/export/:format", () => {
  const date = () => plan.createdAt.slice(0, 10);

  for (const [format, [contentType, suffix]] of Object.entries(EXPECTED)) {
    it(`serves ${format} as a private attachment named after the plan`, async () => {
      const response = await call(exportRoute.GET, { id: plan.id, format }, { cookie: alice });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(contentType);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      const disposition = response.headers.get("content-disposition") ?? "";
      expect(disposition).toMatch(/^attachment; /);
      expect(disposition).toMatch(new RegExp(`filename\\*=UTF-8''[a-z0-9-]+-${date()}${suffix.replace(".", "\\.")}$`));
      expect(disposition).toContain(`filename*=UTF-8''${slugify(plan.plan.title)}-${date()}${suffix}`);
      expect(response.headers.get("x-request-id")).toBeTruthy();
      const body = Buffer.from(await response.arrayBuffer());
      if (format === "pdf") expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      else expect(body.toString("utf8")).toContain(format === "ics" ? "BEGIN:VCALENDAR" : plan.plan.title);
    }, 60_000);
  }

  it("answers 404 for another owner's plan, exactly as for an unknown one, and 400 for a malformed id", async () => {
    const theirs = await call(exportRoute.GET, { id: plan.id, format: "md" }, { cookie: bob });
    const unknown = await call(exportRoute.GET, { id: "A".repeat(22), format: "md" }, { cookie: bob });
    expect(theirs.status).toBe(404);
    expect(await theirs.json()).toMatchObject({ error: { code: "not_found", message: "No plan with that id." } });
    expect(unknown.status).toBe(404);
    expect((await call(exportRoute.GET, { id: "bad", format: "md" }, { cookie: alice })).status).toBe(400);
  });

  it("answers 404 naming the formats that exist for an unknown format", async () => {
    const response = await call(exportRoute.GET, { id: plan.id, format: "docx" }, { cookie: alice });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toContain("md, pdf, budget.csv, kpis.csv, ics");
  });
});

describe("GET /api/shared/:token/export/:format", () => {
  it("exports a shared plan to anyone with the link, and 404 once it is revoked", async () => {
    const { token } = (await (await call(shareRoute.POST, { id: plan.id }, { method: "POST", cookie: alice })).json()) as {
      token: string;
    };
    const response = await call(sharedExportRoute.GET, { token, format: "budget.csv" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.text()).toContain(plan.plan.budget.allocations[0]?.channel);

    expect((await call(sharedExportRoute.GET, { token, format: "xlsx" })).status).toBe(404);
    await call(shareRoute.DELETE, { id: plan.id }, { method: "DELETE", cookie: alice });
    const revoked = await call(sharedExportRoute.GET, { token, format: "md" });
    expect(revoked.status).toBe(404);
    expect((await call(sharedExportRoute.GET, { token: "nope", format: "md" })).status).toBe(404);
  });
});
