import { spawnSync } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as aiHealth } from "@/app/api/ai/health/route";
import { GET as health } from "@/app/api/health/route";
import { GET as livez } from "@/app/api/livez/route";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { POST as generate } from "@/app/api/plans/generate/route";
import { GET as readyz } from "@/app/api/readyz/route";
import { GET as status } from "@/app/api/status/route";
import { readSseEvents } from "@/lib/http/sse-parser";
import { minuteStart } from "@/lib/metrics/minute-counters";
import { resetMinuteCountersForTests } from "@/lib/metrics/record";
import { flushRollups } from "@/lib/metrics/rollups";
import { loadOpsToken, resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { getReleaseId } from "@/lib/release";
import { resetStatusCacheForTests } from "@/lib/status/status";
import { getStore } from "@/lib/store";
import { type FakeGemini, startFakeGemini } from "@/tests/support/fake-gemini";
import { useLocalApp } from "@/tests/support/local-app";
import { resetAiHealthCacheForTests } from "./ai-health";
import { resetHealthCacheForTests } from "./health";

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const post = (path: string) => new Request(`http://localhost${path}`, { method: "POST" });
const bearer = () => ({ authorization: `Bearer ${loadOpsToken().token}` });

function resetCaches() {
  resetMinuteCountersForTests();
  resetHealthCacheForTests();
  resetAiHealthCacheForTests();
  resetStatusCacheForTests();
  resetOpsTokenForTests();
}

describe("health endpoints on the local embedded store", () => {
  let cleanup: () => Promise<void>;
  beforeAll(() => {
    cleanup = useLocalApp({ APP_SECRET: "s".repeat(40) });
    resetCaches();
  });
  afterAll(() => cleanup());

  it("livez answers pass as health+json without looking at anything", async () => {
    const response = await livez(get("/api/livez"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/health+json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toMatch(/^[A-Za-z0-9_-]{8,}$/);
    expect(await response.json()).toEqual({ status: "pass" });
  });

  it("health reports the store, the AI configuration and the quota, with the release, and no secrets", async () => {
    const response = await health(get("/api/health"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/health+json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.status).toBe("pass");
    expect(body.releaseId).toBe(getReleaseId());
    expect(body.output).toBeUndefined();
    expect(Object.keys(body.checks).sort()).toEqual(["ai:configuration", "ai:quota", "sqlite:responseTime"]);
    const [store] = body.checks["sqlite:responseTime"];
    expect(store).toMatchObject({ componentId: "sqlite", componentType: "datastore", observedUnit: "ms", status: "pass" });
    expect(typeof store.observedValue).toBe("number");
    expect(body.checks["ai:configuration"][0]).toMatchObject({ componentId: "builtin-planner", status: "pass" });
    expect(text).not.toContain("s".repeat(40));
    expect(text).not.toContain(loadOpsToken().token);
  });

  it("computes health at most every 5 s: callers in between share the result", async () => {
    resetHealthCacheForTests();
    const first = await (await health(get("/api/health"))).json();
    const second = await (await health(get("/api/health"))).json();
    expect(second.checks["sqlite:responseTime"][0].time).toBe(first.checks["sqlite:responseTime"][0].time);
  });

  it("readyz passes while the store answers", async () => {
    const response = await readyz(get("/api/readyz"));
    expect(response.status).toBe(200);
    expect((await response.json()).status).toBe("pass");
  });

  it("status speaks Statuspage: indicator none and three operational components", async () => {
    resetStatusCacheForTests();
    const response = await status(get("/api/status"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toEqual({ indicator: "none", description: "All Systems Operational" });
    expect(body.components.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([
      ["Application", "operational"],
      ["AI Service", "operational"],
      ["Database", "operational"],
    ]);
    expect(body.incidents).toEqual([]);
  });

  it("status shows an active incident, its impact on the indicator and on the component it names", async () => {
    const created = new Date(Date.now() - 10 * 60_000).toISOString();
    await getStore().createIncident({
      incident: {
        id: "inc-status-1",
        title: "Plans are slow to generate",
        severity: "SEV2",
        status: "identified",
        impact: "major",
        components: ["ai_service"],
        createdAt: created,
        resolvedAt: null,
        updates: [{ status: "identified", body: "Gemini answers slowly; the built-in planner covers.", createdAt: created }],
      },
    });
    await getStore().createIncident({
      incident: {
        id: "inc-status-old",
        title: "Resolved yesterday",
        severity: "SEV1",
        status: "resolved",
        impact: "critical",
        components: ["database"],
        createdAt: new Date(Date.now() - 26 * 3600_000).toISOString(),
        resolvedAt: new Date(Date.now() - 25 * 3600_000).toISOString(),
        updates: [{ status: "resolved", body: "Fixed.", createdAt: new Date(Date.now() - 25 * 3600_000).toISOString() }],
      },
    });
    resetStatusCacheForTests();
    const body = await (await status(get("/api/status"))).json();
    expect(body.status.indicator).toBe("major");
    const ai = body.components.find((c: { id: string }) => c.id === "ai_service");
    expect(ai.status).toBe("partial_outage");
    expect(body.components.find((c: { id: string }) => c.id === "database").status).toBe("operational");
    expect(body.incidents).toHaveLength(1);
    expect(body.incidents[0]).toMatchObject({ id: "inc-status-1", name: "Plans are slow to generate", impact: "major" });
    expect(body.incidents[0].incident_updates[0].status).toBe("identified");
  });
});

describe("/api/metrics", () => {
  let cleanup: () => Promise<void>;
  beforeAll(() => {
    cleanup = useLocalApp();
    resetCaches();
  });
  afterAll(() => cleanup());

  it("refuses without the ops token, with WWW-Authenticate, and with a wrong one", async () => {
    const none = await metricsRoute(get("/api/metrics"));
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer realm=/);
    expect((await none.json()).error.message).toMatch(/Authorization: Bearer/);
    const wrong = await metricsRoute(get("/api/metrics", { authorization: `Bearer ${"x".repeat(43)}` }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });

  it("counts requests by route pattern and a generation by model and outcome, with SLO buckets", async () => {
    const response = await generate(
      new Request("http://localhost/api/plans/generate", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ businessDescription: "A mobile dog grooming van serving three towns near Leeds." }),
      }),
    );
    expect((await readSseEvents(response)).at(-1)?.event).toBe("plan");
    await livez(get("/api/livez"));

    const exposition = await metricsRoute(get("/api/metrics", bearer()));
    expect(exposition.status).toBe(200);
    expect(exposition.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await exposition.text();
    expect(text).toMatch(/^marketplanai_http_requests_total\{route="\/api\/livez",method="GET",status_class="2xx"\} [1-9]/m);
    expect(text).toMatch(
      /^marketplanai_http_requests_total\{route="\/api\/plans\/generate",method="POST",status_class="2xx"\} 1$/m,
    );
    expect(text).toMatch(/^marketplanai_http_request_duration_seconds_bucket\{le="3",route="\/api\/livez"/m);
    expect(text).toMatch(/^marketplanai_ai_generations_total\{kind="plan",model="local\/builtin-planner",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^marketplanai_ai_generation_duration_seconds_bucket\{le="30",kind="plan"/m);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).toMatch(new RegExp(`^marketplanai_build_info\\{release="${getReleaseId()}"\\} 1$`, "m"));
    expect(text).not.toContain("dog grooming");
    expect(text).not.toMatch(/u_[A-Za-z0-9_-]{22}/);
  });

  const promtool = spawnSync("promtool", ["--version"], { encoding: "utf8" });
  if (promtool.status !== 0)
    console.warn("\n[metrics] SKIPPING promtool check: promtool is not installed (Debian's prometheus package)\n");
  it.skipIf(promtool.status !== 0)("passes promtool check metrics", async () => {
    const text = await (await metricsRoute(get("/api/metrics", bearer()))).text();
    const checked = spawnSync("promtool", ["check", "metrics"], { input: text, encoding: "utf8" });
    expect(checked.stdout + checked.stderr).toBe("");
    expect(checked.status).toBe(0);
  });

  it("writes this instance's counts once per minute to the store, where rollups add up", async () => {
    await livez(get("/api/livez"));
    await flushRollups({ includeCurrent: true });
    const now = Date.now();
    const rollups = await getStore().listRollups({ from: new Date(minuteStart(now) - 10 * 60_000), to: new Date(now + 60_000) });
    const total = (key: string) => rollups.reduce((sum, r) => sum + (r.counters[key] ?? 0), 0);
    expect(total("ai_generations.builtin.ok")).toBe(1);
    expect(total("http_requests")).toBeGreaterThanOrEqual(4);
    expect(total("http_status.4xx")).toBe(2);
    expect(new Set(rollups.map((r) => r.instanceId)).size).toBe(1);
  });
});

describe("logs", () => {
  let cleanup: () => Promise<void>;
  let gemini: FakeGemini;
  beforeAll(async () => {
    gemini = await startFakeGemini();
    // Everything Genkit and the app would print, at the most talkative level.
    cleanup = useLocalApp({ GEMINI_API_KEY: "test-key-not-secret", GEMINI_BASE_URL: gemini.baseUrl, LOG_LEVEL: "debug" });
    resetCaches();
  });
  afterAll(async () => {
    await cleanup();
    await gemini.close();
  });

  it("are JSON lines with Cloud Logging's severity, and never carry the description, the plan or the key", async () => {
    const lines: string[] = [];
    const capture = (stream: NodeJS.WriteStream) => {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        lines.push(String(chunk));
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      return () => {
        stream.write = original;
      };
    };
    const restoreOut = capture(process.stdout);
    const restoreErr = capture(process.stderr);
    let events: Awaited<ReturnType<typeof readSseEvents>>;
    try {
      gemini.enqueue({ kind: "unavailable" }, { kind: "malformed" });
      const response = await generate(
        new Request("http://localhost/api/plans/generate", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ businessDescription: "Zanzibar Quokka Tours runs kayak trips for birdwatchers on Lake Tahoe." }),
        }),
      );
      events = await readSseEvents(response);
    } finally {
      restoreOut();
      restoreErr();
    }
    expect(events.at(-1)?.event).toBe("plan");
    const plan = events.at(-1)?.data as { plan: { executiveSummary: string } };
    const logged = lines.join("").split("\n").filter(Boolean);
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) {
      const entry = JSON.parse(line);
      expect(entry.severity).toMatch(/^(DEBUG|INFO|WARNING|ERROR)$/);
      expect(typeof entry.event).toBe("string");
    }
    const all = logged.join("\n");
    expect(all).not.toContain("Quokka");
    expect(all).not.toContain(plan.plan.executiveSummary.slice(0, 40));
    expect(all).not.toContain("test-key-not-secret");
  });
});

describe("POST /api/ai/health against a fake Gemini", () => {
  let cleanup: () => Promise<void>;
  let gemini: FakeGemini;
  beforeAll(async () => {
    gemini = await startFakeGemini();
    cleanup = useLocalApp({ GEMINI_API_KEY: "test-key-not-secret", GEMINI_BASE_URL: gemini.baseUrl });
    resetCaches();
  });
  afterAll(async () => {
    await cleanup();
    await gemini.close();
  });
  afterEach(() => {
    gemini.reset();
    resetAiHealthCacheForTests();
  });

  it("lists models (a free call, never a generation) and caches it for a minute", async () => {
    const first = await aiHealth(post("/api/ai/health"));
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body.status).toBe("pass");
    expect(body.checks["gemini:reachability"][0]).toMatchObject({ componentId: "gemini", status: "pass", observedUnit: "ms" });
    expect(body.checks["generations:successRate"][0]).toMatchObject({ observedValue: "n/a", status: "pass" });
    await aiHealth(post("/api/ai/health"));
    expect(gemini.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v1beta/models"]);
    expect(JSON.stringify(body)).not.toContain("test-key-not-secret");
  });

  it("is warn (still 200) when Gemini is unavailable, because the built-in planner serves", async () => {
    gemini.enqueueListModels({ kind: "unavailable" });
    const response = await aiHealth(post("/api/ai/health"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("warn");
    expect(body.output).toMatch(/503.*built-in planner/);
  });

  it("reports the rolling 15-minute success rate from every instance's rollups", async () => {
    const minute = new Date(minuteStart(Date.now()) - 2 * 60_000);
    await getStore().addRollup({ instanceId: "other-a", minute, counters: { "ai_generations.gemini.ok": 7 } });
    await getStore().addRollup({
      instanceId: "other-b",
      minute,
      counters: { "ai_generations.gemini.ok": 1, "ai_generations.builtin.fallback": 1, "ai_generations.gemini.failed": 1 },
    });
    await getStore().addRollup({
      instanceId: "other-b",
      minute: new Date(+minute - 20 * 60_000),
      counters: { "ai_generations.gemini.failed": 50 },
    });
    const body = await (await aiHealth(post("/api/ai/health"))).json();
    const [rate] = body.checks["generations:successRate"];
    expect(rate.observedValue).toBe(80);
    expect(rate.status).toBe("warn");
    expect(rate.output).toBe(
      "8 of 10 generations in the last 15 minutes were delivered by the model asked for (1 fell back to the built-in planner, 1 failed).",
    );
    expect(body.status).toBe("warn");
  });
});
