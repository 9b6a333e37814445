import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { getStore } from "@/lib/store";
import { cookieFrom, useLocalApp } from "@/tests/support/local-app";
import { POST as generate } from "../generate/route";
import { GET } from "./route";

let cleanup: () => Promise<void>;
let owner: string;
let plan: PlanRecord;

beforeAll(async () => {
  cleanup = useLocalApp();
  const response = await generate(
    new Request("http://localhost/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ businessDescription: "A mobile dog grooming van serving the suburbs of Manchester." }),
    }),
  );
  owner = cookieFrom(response);
  const events = await readSseEvents(response);
  plan = events.at(-1)?.data as PlanRecord;
});
afterAll(() => cleanup());

const get = (id: string, cookie?: string) =>
  GET(new Request(`http://localhost/api/plans/${id}`, { headers: cookie ? { cookie } : {} }), {
    params: Promise.resolve({ id }),
  });

describe("GET /api/plans/:id", () => {
  it("gives the owner their saved plan, written by the built-in planner", async () => {
    const response = await get(plan.id, owner);
    expect(response.status).toBe(200);
    const body = (await response.json()) as PlanRecord;
    expect(body).toEqual(plan);
    expect(body.generation.provider).toBe("builtin");
  });

  it("answers 404 to anyone else, as for a plan that does not exist", async () => {
    const stranger = await get(plan.id);
    const unknown = await get("AAAAAAAAAAAAAAAAAAAAAA", owner);
    expect(stranger.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await stranger.json()).toMatchObject({ error: { code: "not_found", message: "No plan with that id." } });
  });

  it("treats a tampered cookie as a new visitor with no access", async () => {
    const tampered = owner.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    expect((await get(plan.id, tampered)).status).toBe(404);
  });

  it("keeps no user record for a visitor who only read without a cookie", async () => {
    const users = () => getStore().listInactiveAnonymousUsers({ before: new Date("2100-01-01"), limit: 1000 });
    const before = (await users()).length;
    for (let i = 0; i < 3; i++) expect((await get(plan.id)).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await users()).length).toBe(before);
  });

  it("refuses a malformed id with 400", async () => {
    const response = await get("not-an-id", owner);
    expect(response.status).toBe(400);
  });
});
