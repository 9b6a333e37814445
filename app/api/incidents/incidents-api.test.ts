import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOpsToken, resetOpsTokenForTests } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";
import { useLocalApp } from "@/tests/support/local-app";
import * as acknowledge from "./[id]/acknowledge/route";
import * as resolve from "./[id]/resolve/route";
import * as one from "./[id]/route";
import * as updates from "./[id]/updates/route";
import * as collection from "./route";

const TOKEN = "ops-token-for-the-incident-api-tests-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };

function request(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const hasBody = init.body !== undefined;
  return new Request(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers: { ...auth, ...(hasBody ? { "content-type": "application/json" } : {}), ...init.headers },
    ...(hasBody ? { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) } : {}),
  });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (path: string, body?: unknown) => request(path, { method: "POST", body });

const OPEN = {
  title: "AI Service Outage",
  severity: "SEV1",
  components: ["ai_service"],
  body: "Plan generation fails for every user.",
  author: "dana",
  impactSummary: "Users unable to generate marketing plans",
  nextUpdate: "15:30 UTC or when status changes",
};

async function open(body: unknown = OPEN) {
  const response = await collection.POST(post("/api/incidents", body));
  return { response, body: await response.json() };
}

describe("the incidents API on the local store", () => {
  let cleanup: () => Promise<void>;
  beforeAll(() => {
    cleanup = useLocalApp({ OPS_API_TOKEN: TOKEN });
    resetOpsTokenForTests();
  });
  afterAll(async () => {
    await cleanup();
    resetOpsTokenForTests();
  });

  it("refuses every endpoint without the ops token", async () => {
    const anonymous = { authorization: "" };
    const answers = await Promise.all([
      collection.GET(request("/api/incidents", { headers: anonymous })),
      collection.POST(request("/api/incidents", { method: "POST", body: OPEN, headers: anonymous })),
      one.GET(request("/api/incidents/x", { headers: anonymous }), params("x")),
      updates.POST(request("/api/incidents/x/updates", { method: "POST", body: {}, headers: anonymous }), params("x")),
      acknowledge.POST(request("/api/incidents/x/acknowledge", { method: "POST", headers: anonymous }), params("x")),
      resolve.POST(request("/api/incidents/x/resolve", { method: "POST", headers: anonymous }), params("x")),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(loadOpsToken().token).toBe(TOKEN);
  });

  it("opens, acknowledges, updates and resolves an incident, answering it with its targets", async () => {
    const opened = await open();
    expect(opened.response.status).toBe(201);
    const { id, createdAt } = opened.body.incident;
    expect(opened.body.incident).toMatchObject({ status: "investigating", severity: "SEV1", impact: "critical" });
    expect(opened.body.incident.targets).toMatchObject({
      acknowledgeBy: new Date(Date.parse(createdAt) + 15 * 60_000).toISOString(),
      resolveBy: new Date(Date.parse(createdAt) + 60 * 60_000).toISOString(),
      acknowledgeBreached: false,
    });

    const acked = await acknowledge.POST(post(`/api/incidents/${id}/acknowledge`), params(id));
    expect(acked.status).toBe(200);
    expect((await acked.json()).incident.acknowledgedAt).not.toBeNull();

    const updated = await updates.POST(
      post(`/api/incidents/${id}/updates`, {
        status: "identified",
        body: "Gemini quota exhausted.",
        author: "sam",
        public: false,
        timeline: "Quota hit at 14:28",
      }),
      params(id),
    );
    expect(updated.status).toBe(201);
    expect((await updated.json()).incident.updates.at(-1)).toMatchObject({
      status: "identified",
      author: "sam",
      public: false,
      timeline: "Quota hit at 14:28",
    });

    const resolved = await resolve.POST(
      post(`/api/incidents/${id}/resolve`, { body: "Quota raised.", author: "sam" }),
      params(id),
    );
    expect(resolved.status).toBe(200);
    const shown = await (await one.GET(request(`/api/incidents/${id}`), params(id))).json();
    expect(shown.incident).toMatchObject({ id, status: "resolved" });
    expect(shown.incident.updates.map((u: { status: string }) => u.status)).toEqual([
      "investigating",
      "investigating",
      "identified",
      "resolved",
    ]);
  });

  it("answers 409 to resolving twice, updating or acknowledging a resolved incident, and changes nothing", async () => {
    const { id } = (await open()).body.incident;
    await resolve.POST(post(`/api/incidents/${id}/resolve`), params(id));
    const before = await getStore().getIncident({ id });
    const refused = [
      await resolve.POST(post(`/api/incidents/${id}/resolve`), params(id)),
      await updates.POST(post(`/api/incidents/${id}/updates`, { body: "Again?" }), params(id)),
      await acknowledge.POST(post(`/api/incidents/${id}/acknowledge`), params(id)),
    ];
    expect(refused.map((response) => response.status)).toEqual([409, 409, 409]);
    const body = await refused[1]?.json();
    expect(body.error).toMatchObject({ code: "conflict" });
    expect(body.error.message).toMatch(/resolved/);
    expect(await getStore().getIncident({ id })).toEqual(before);
  });

  it("answers 400 naming the field for bad input, 404 for an unknown incident, and stores nothing", async () => {
    const before = (await collection.GET(request("/api/incidents"))).json();
    const bad = [
      [{ ...OPEN, severity: "SEV5" }, "severity"],
      [{ ...OPEN, title: "" }, "title"],
      [{ ...OPEN, components: ["cdn"] }, "components.0"],
      [{ ...OPEN, colour: "red" }, ""],
    ] as const;
    for (const [body, field] of bad) {
      const { response, body: answer } = await open(body);
      expect(response.status).toBe(400);
      expect(answer.error.fields[0].field).toBe(field);
    }
    expect((await open("{not json")).response.status).toBe(400);
    expect(await (await collection.GET(request("/api/incidents"))).json()).toEqual(await before);

    const { id } = (await open()).body.incident;
    const badUpdate = await updates.POST(post(`/api/incidents/${id}/updates`, { status: "resolved", body: "x" }), params(id));
    expect(badUpdate.status).toBe(400);
    expect((await badUpdate.json()).error.fields[0]).toMatchObject({ field: "status" });
    expect((await getStore().getIncident({ id }))?.updates).toHaveLength(1);

    expect((await one.GET(request("/api/incidents/inc-ghost"), params("inc-ghost"))).status).toBe(404);
    const ghost = await updates.POST(post("/api/incidents/inc-ghost/updates", { body: "x" }), params("inc-ghost"));
    expect(ghost.status).toBe(404);
    expect((await collection.GET(request("/api/incidents?status=broken"))).status).toBe(400);
    expect((await collection.GET(request("/api/incidents?since=yesterday"))).status).toBe(400);
  });

  it("lists incidents newest first, filtered by status and since", async () => {
    const first = (await open({ ...OPEN, title: "First" })).body.incident;
    const second = (await open({ ...OPEN, title: "Second", severity: "SEV3" })).body.incident;
    await resolve.POST(post(`/api/incidents/${first.id}/resolve`), params(first.id));
    const list = async (query: string) =>
      ((await (await collection.GET(request(`/api/incidents${query}`))).json()).incidents as { id: string }[]).map((i) => i.id);
    const all = await list("");
    expect(all.indexOf(second.id)).toBeLessThan(all.indexOf(first.id));
    expect(await list("?status=open")).toContain(second.id);
    expect(await list("?status=open")).not.toContain(first.id);
    expect(await list("?status=resolved")).toContain(first.id);
    expect(await list(`?since=${new Date(Date.now() + 60_000).toISOString()}`)).not.toContain(first.id);
  });

  it("answers the incident already open under a dedup key with 200 instead of opening another", async () => {
    const first = await open({ ...OPEN, dedupKey: "alert:error_rate" });
    const again = await open({ ...OPEN, dedupKey: "alert:error_rate" });
    expect([first.response.status, again.response.status]).toEqual([201, 200]);
    expect(again.body.incident.id).toBe(first.body.incident.id);
  });
});
