import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStore } from "@/lib/store";
import { useLocalApp } from "@/tests/support/local-app";
import * as planRoute from "./[id]/route";
import * as regenerateRoute from "./[id]/sections/[section]/regenerate/route";
import * as sectionRoute from "./[id]/sections/[section]/route";
import * as shareRoute from "./[id]/share/route";
import * as generateRoute from "./generate/route";
import * as importRoute from "./import/route";

type Handler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

function call<P>(handler: Handler<P>, params: P, init: { method: string; body?: string }): Promise<Response> {
  const headers: Record<string, string> = init.body === undefined ? {} : { "content-type": "application/json" };
  return handler(new Request("http://localhost/api/x", { method: init.method, headers, body: init.body }), {
    params: Promise.resolve(params),
  });
}

const UNKNOWN = { id: "AAAAAAAAAAAAAAAAAAAAAA" };
const EPOCH = new Date(0);
const newUsers = () => getStore().countNewUsers({ since: EPOCH });
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

let cleanup: () => Promise<void>;
beforeAll(() => {
  cleanup = useLocalApp();
});
afterAll(() => cleanup());

describe("identities for nothing (issue 10)", () => {
  it("makes no user and sends no cookie for hundreds of failed writes without a cookie", async () => {
    const attempts: Array<() => Promise<Response>> = [
      () => call(planRoute.DELETE, UNKNOWN, { method: "DELETE" }),
      () => call(planRoute.PATCH, UNKNOWN, { method: "PATCH", body: JSON.stringify({ title: "Mine now" }) }),
      () => call(planRoute.PATCH, UNKNOWN, { method: "PATCH", body: "{not json" }),
      () => call(shareRoute.POST, UNKNOWN, { method: "POST" }),
      () => call(shareRoute.DELETE, UNKNOWN, { method: "DELETE" }),
      () => call(sectionRoute.PUT, { ...UNKNOWN, section: "budget" }, { method: "PUT", body: "{}" }),
      () => call(regenerateRoute.POST, { ...UNKNOWN, section: "nope" }, { method: "POST", body: "{}" }),
      () => call(importRoute.POST, {}, { method: "POST", body: JSON.stringify({ record: {}, signature: "x" }) }),
      () =>
        call(generateRoute.POST as Handler<object>, {}, { method: "POST", body: JSON.stringify({ businessDescription: "" }) }),
    ];
    for (let round = 0; round < 40; round++) {
      for (const attempt of attempts) {
        const response = await attempt();
        expect(response.status, await response.clone().text()).toBeGreaterThanOrEqual(400);
        expect(response.headers.get("set-cookie")).toBeNull();
      }
    }
    await settle();
    expect(await newUsers()).toBe(0);
  });

  it("makes exactly one user when a request succeeds for a new visitor", async () => {
    const before = await newUsers();
    const response = await call(
      generateRoute.POST as Handler<object>,
      {},
      {
        method: "POST",
        body: JSON.stringify({ businessDescription: "A family-run bakery in Leeds selling sourdough to commuters." }),
      },
    );
    expect(response.headers.get("set-cookie")).toMatch(/^mp_uid=/);
    await response.text();
    await expect.poll(newUsers).toBe(before + 1);
  });
});
