import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { cookieFrom, useLocalApp } from "@/tests/support/local-app";
import * as planRoute from "./[id]/route";
import * as generateRoute from "./generate/route";
import * as redeemRoute from "./transfer/redeem/route";
import * as transferRoute from "./transfer/route";

let cleanup: () => Promise<void>;
let alice: string;
let plan: PlanRecord;

const post = (handler: (r: Request) => Promise<Response>, body: unknown, cookie?: string) =>
  handler(
    new Request("http://localhost/api/plans/transfer", {
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    }),
  );
const getPlan = (cookie: string) =>
  planRoute.GET(new Request(`http://localhost/api/plans/${plan.id}`, { headers: { cookie } }), {
    params: Promise.resolve({ id: plan.id }),
  });

beforeAll(async () => {
  cleanup = useLocalApp();
  const response = await generateRoute.POST(
    new Request("http://localhost/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ businessDescription: "A mobile coffee cart serving office parks around Bristol." }),
    }),
  );
  alice = cookieFrom(response);
  plan = (await readSseEvents(response)).at(-1)?.data as PlanRecord;
});
afterAll(() => cleanup());

describe("plans on another browser (local mode)", () => {
  it("a one-time code adds this browser's plans to another browser, once", async () => {
    const made = await post(transferRoute.POST, {}, alice);
    expect(made.status).toBe(200);
    const { code, expiresAt } = (await made.json()) as { code: string; expiresAt: string };
    expect(code).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

    // Another browser: its own, new identity, which cannot see Alice's plan.
    const other = cookieFrom(await post(transferRoute.POST, {}));
    expect((await getPlan(other)).status).toBe(404);

    const redeemed = await post(redeemRoute.POST, { code }, other);
    expect(redeemed.status).toBe(200);
    const adopted = cookieFrom(redeemed);
    expect((await getPlan(adopted)).status).toBe(200);

    const again = await post(redeemRoute.POST, { code }, cookieFrom(await post(transferRoute.POST, {})));
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/already used/);
  });

  it("refuses a malformed code, and a browser that has plans of its own keeps them", async () => {
    expect((await post(redeemRoute.POST, { code: "../../x" }, alice)).status).toBe(400);
    const { code } = (await (await post(transferRoute.POST, {}, alice)).json()) as { code: string };
    const refused = await post(redeemRoute.POST, { code }, alice);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/already has plans/);
  });
});
