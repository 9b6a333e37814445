import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { signUnsavedPlan } from "@/lib/plans/unsaved";
import { getStore } from "@/lib/store";
import { cookieFrom, useLocalApp } from "@/tests/support/local-app";
import * as planRoute from "../[id]/route";
import * as generateRoute from "../generate/route";
import * as importRoute from "./route";

let cleanup: () => Promise<void>;
let cookie: string;
let template: PlanRecord;

beforeAll(async () => {
  cleanup = useLocalApp({ UNSAVED_PLAN_MAX_AGE_HOURS: "168" });
  const response = await generateRoute.POST(
    new Request("http://localhost/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ businessDescription: "A mobile dog grooming van serving the suburbs of Bristol." }),
    }),
  );
  cookie = cookieFrom(response);
  template = (await readSseEvents(response)).at(-1)?.data as PlanRecord;
});
afterAll(() => cleanup());

/** A plan as the generate route hands it to the browser when the store is down: a fresh id, signed. */
function keptPlan(overrides: Partial<PlanRecord> = {}) {
  const record = { ...template, id: randomBytes(16).toString("base64url"), ...overrides };
  return { record, signature: signUnsavedPlan(record) };
}

const postImport = (body: unknown) =>
  importRoute.POST(
    new Request("http://localhost/api/plans/import", {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

const call = (handler: typeof planRoute.PATCH, id: string, init: { method: string; body?: string }) =>
  handler(
    new Request(`http://localhost/api/plans/${id}`, {
      method: init.method,
      headers: { cookie, ...(init.body ? { "content-type": "application/json" } : {}) },
      body: init.body,
    }),
    { params: Promise.resolve({ id }) },
  );

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

describe("POST /api/plans/import (issue 10)", () => {
  it("saves a kept plan once: 201, then 200 for the same plan again", async () => {
    const kept = keptPlan();
    expect((await postImport(kept)).status).toBe(201);
    expect((await postImport(kept)).status).toBe(200);
    expect(await getStore().getPlanById({ id: kept.record.id })).toEqual(kept.record);
  });

  it("answers 409, not 500, for a plan edited since it was saved, and changes nothing", async () => {
    const kept = keptPlan();
    expect((await postImport(kept)).status).toBe(201);
    expect(
      (await call(planRoute.PATCH, kept.record.id, { method: "PATCH", body: JSON.stringify({ title: "Renamed" }) })).status,
    ).toBe(200);
    const response = await postImport(kept);
    expect(response.status).toBe(409);
    expect((await errorOf(response)).message).toMatch(/changed since/);
    expect((await getStore().getPlanById({ id: kept.record.id }))?.title).toBe("Renamed");
  });

  it("answers 409 for a plan deleted since it was saved, and does not bring it back", async () => {
    const kept = keptPlan();
    expect((await postImport(kept)).status).toBe(201);
    expect((await call(planRoute.DELETE, kept.record.id, { method: "DELETE" })).status).toBe(200);
    const response = await postImport(kept);
    expect(response.status).toBe(409);
    expect((await errorOf(response)).message).toMatch(/deleted/);
    expect(await getStore().getPlanById({ id: kept.record.id })).toBeNull();
  });

  it("answers 410 for a signature older than UNSAVED_PLAN_MAX_AGE_HOURS", async () => {
    const old = new Date(Date.now() - 169 * 3_600_000).toISOString();
    const kept = keptPlan({ createdAt: old, updatedAt: old });
    const response = await postImport(kept);
    expect(response.status).toBe(410);
    expect((await errorOf(response)).message).toMatch(/more than 168 hours/);
    expect(await getStore().getPlanById({ id: kept.record.id })).toBeNull();
  });

  it("answers 400, not 500, for a deeply nested body under the size limit", async () => {
    const depth = 100_000;
    const body = `{"record":{"plan":${"[".repeat(depth)}${"]".repeat(depth)}},"signature":"x"}`;
    expect(body.length).toBeLessThan(512 * 1024);
    const before = await getStore().countPlans();
    const response = await postImport(body);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/nested more than 64 levels/);
    expect(await getStore().countPlans()).toBe(before);
  });

  it("names the field of a record that is not a plan before looking at its signature", async () => {
    const kept = keptPlan();
    const response = await postImport({ record: { ...kept.record, version: "one" }, signature: kept.signature });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/version/);
  });
});
