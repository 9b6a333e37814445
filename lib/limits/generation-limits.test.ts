import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as regenerateRoute from "@/app/api/plans/[id]/sections/[section]/regenerate/route";
import * as generateRoute from "@/app/api/plans/generate/route";
import { getEnv } from "@/lib/env";
import { readSseEvents } from "@/lib/http/sse-parser";
import type { PlanRecord } from "@/lib/plans/schema";
import { getStore } from "@/lib/store";
import { cookieFrom, useLocalApp } from "@/tests/support/local-app";
import { awayFromMinuteEnd } from "@/tests/support/minute-window";

const DESCRIPTION = "A neighbourhood yoga studio in Lisbon with morning classes for office workers.";

function generate(headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Response> {
  return generateRoute.POST(
    new Request("http://localhost/api/plans/generate", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ businessDescription: DESCRIPTION }),
      signal,
    }),
  );
}

/** Asks for a plan and hangs up once it is granted: the allowance is spent, the machine is not kept busy. */
async function generateAndHangUp(headers: Record<string, string> = {}): Promise<number> {
  const client = new AbortController();
  const response = await generate(headers, client.signal);
  client.abort();
  await response.text().catch(() => "");
  return response.status;
}

function regenerate(cookie: string, id: string): Promise<Response> {
  return regenerateRoute.POST(
    new Request(`http://localhost/api/plans/${id}/sections/risks/regenerate`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ instruction: "" }),
    }),
    { params: Promise.resolve({ id, section: "risks" }) },
  );
}

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

let cleanup: () => Promise<void>;
beforeAll(() => {
  cleanup = useLocalApp({
    GENERATION_LIMIT_PER_MINUTE: "3",
    GENERATION_LIMIT_PER_DAY: "50",
    GENERATION_IP_LIMIT_PER_MINUTE: "4",
    GENERATION_IP_LIMIT_PER_DAY: "200",
  });
});
afterAll(() => cleanup());

describe("per-person and per-address generation limits (issue 10)", () => {
  it("lets one person write 3 plans or rewrites a minute, then answers 429 with Retry-After and a plain message", async () => {
    await awayFromMinuteEnd();
    const first = await generate();
    const cookie = cookieFrom(first);
    const plan = (await readSseEvents(first)).at(-1)?.data as PlanRecord;
    expect(await generateAndHangUp({ cookie })).toBe(200);
    expect((await regenerate(cookie, plan.id)).status).toBe(200);

    const refused = await generate({ cookie });
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    const error = await errorOf(refused);
    expect(error.code).toBe("rate_limited");
    expect(error.message).toMatch(
      /^You have asked for 3 plans and section rewrites in the last minute.*try again in \d+ seconds?\.$/,
    );
    // Section rewrites share the allowance.
    const rewrite = await regenerate(cookie, plan.id);
    expect(rewrite.status).toBe(429);
    expect(rewrite.headers.get("retry-after")).toMatch(/^\d+$/);
    // Someone else is not affected.
    expect(await generateAndHangUp()).toBe(200);
  });

  it("limits an address whatever identities it uses, counting the address the proxy saw", async () => {
    await awayFromMinuteEnd();
    const address = "203.0.113.7";
    for (let i = 0; i < 4; i++) expect(await generateAndHangUp({ "x-forwarded-for": `10.0.0.${i}, ${address}` })).toBe(200);
    // A new identity each time (no cookie) and a forged left-hand entry do not help.
    const refused = await generate({ "x-forwarded-for": `198.51.100.1, ${address}` });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("set-cookie")).toBeNull();
    expect((await errorOf(refused)).message).toMatch(/from your network .* in the last minute/);
    expect(await generateAndHangUp({ "x-forwarded-for": "203.0.113.8" })).toBe(200);
    // One IPv6 client holds a whole /64: it is one network.
    for (let i = 0; i < 4; i++) await generateAndHangUp({ "x-forwarded-for": `2001:db8:1:2::${i + 1}` });
    expect((await generate({ "x-forwarded-for": "2001:db8:1:2:ffff::9" })).status).toBe(429);
  });

  it("keeps addresses only as keyed hashes", async () => {
    await getStore().ping();
    const db = new Database(path.join(getEnv().dataDir, "marketplan.db"), { readonly: true });
    try {
      const buckets = (db.prepare("SELECT bucket FROM quota_counters").all() as { bucket: string }[]).map((r) => r.bucket);
      expect(buckets.some((b) => b.startsWith("gen:ip:"))).toBe(true);
      expect(buckets.filter((b) => /203\.0\.113|2001:db8/.test(b))).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("answers 429 with a wait in hours when the day's allowance is used", async () => {
    await cleanup();
    cleanup = useLocalApp({ GENERATION_LIMIT_PER_MINUTE: "10", GENERATION_LIMIT_PER_DAY: "1" });
    const cookie = cookieFrom(await generate());
    const refused = await generate({ cookie });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await errorOf(refused)).message).toMatch(
      /today's allowance of 1 plan and section rewrites\. It renews at midnight UTC, in /,
    );
  });
});
