import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as regenerateSection } from "@/app/api/plans/[id]/sections/[section]/regenerate/route";
import { POST as importPlan } from "@/app/api/plans/import/route";
import { GET as listPlans } from "@/app/api/plans/route";
import { resetEnvForTests } from "@/lib/env";
import { signUnsavedPlan } from "@/lib/plans/unsaved";
import { cookieFrom, useLocalApp } from "@/tests/support/local-app";
import { callRoute, generatePlan } from "@/tests/support/route-calls";
import { resetIdentityKeysForTests } from "./index";

const OLD_SECRET = "the APP_SECRET before the rotation, 32+ characters long";
const NEW_SECRET = "the APP_SECRET after the rotation, also 32+ characters";

function setSecrets(current: string, previous?: string): void {
  process.env.APP_SECRET = current;
  if (previous) process.env.APP_SECRET_PREVIOUS = previous;
  else delete process.env.APP_SECRET_PREVIOUS;
  resetEnvForTests();
  resetIdentityKeysForTests();
}

const listedIds = async (cookie: string) => {
  const response = await callRoute(listPlans, {}, { cookie, url: "http://localhost/api/plans" });
  return { response, ids: ((await response.json()) as { items: { id: string }[] }).items.map((p) => p.id) };
};

describe("rotating APP_SECRET (local identity)", () => {
  let cleanup: () => Promise<void>;
  beforeAll(() => {
    cleanup = useLocalApp({ APP_SECRET: OLD_SECRET });
    resetIdentityKeysForTests();
  });
  afterAll(async () => {
    resetIdentityKeysForTests();
    await cleanup();
  });

  it("keeps every plan when the previous secret is given, and re-issues the cookie with the new key", async () => {
    setSecrets(OLD_SECRET);
    const { cookie, plan } = await generatePlan("A mobile dog grooming van serving three villages near Exeter.");

    setSecrets(NEW_SECRET);
    const orphaned = await listedIds(cookie);
    expect(orphaned.ids, "without APP_SECRET_PREVIOUS the old cookie is a stranger").toEqual([]);

    setSecrets(NEW_SECRET, OLD_SECRET);
    const rotated = await listedIds(cookie);
    expect(rotated.ids).toEqual([plan.id]);
    const renewed = cookieFrom(rotated.response);
    expect(renewed).not.toBe(cookie);

    // Once every browser has been re-issued a cookie, the previous secret can go.
    setSecrets(NEW_SECRET);
    expect((await listedIds(renewed)).ids).toEqual([plan.id]);
    expect((await listedIds(renewed)).response.headers.get("set-cookie")).toBeNull();
  });

  it("over HTTPS issues the __Host- cookie and moves a browser off the old name", async () => {
    setSecrets(NEW_SECRET);
    const { cookie, plan } = await generatePlan("A community bakery in Glasgow with a sourdough subscription.");
    expect(cookie).toMatch(/^mp_uid=/);
    const https = await callRoute(
      listPlans,
      {},
      { cookie, url: "http://localhost/api/plans", headers: { "x-forwarded-proto": "https" } },
    );
    expect(((await https.json()) as { items: { id: string }[] }).items.map((p) => p.id)).toEqual([plan.id]);
    expect(https.headers.get("set-cookie")).toMatch(
      /^__Host-mp_uid=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/,
    );
  });
  it("still saves a plan a browser kept under the previous secret (store down before the rotation)", async () => {
    setSecrets(OLD_SECRET);
    const { cookie, plan } = await generatePlan("A pottery studio in Bath offering evening wheel classes.");
    // What the generate route hands the browser when the store is down: a fresh id, signed with the key of the day.
    const kept = { ...plan, id: randomBytes(16).toString("base64url") };
    const body = { record: kept, signature: signUnsavedPlan(kept) };
    const post = () => callRoute(importPlan, {}, { method: "POST", cookie, body, url: "http://localhost/api/plans/import" });

    setSecrets(NEW_SECRET);
    const refused = await post();
    expect(refused.status, "without APP_SECRET_PREVIOUS the signature is a stranger's").toBe(400);
    expect((await listedIds(cookie)).ids).toEqual([]);

    setSecrets(NEW_SECRET, OLD_SECRET);
    expect((await post()).status).toBe(201);
    expect((await listedIds(cookie)).ids).toContain(kept.id);
  });

  it("still applies a section rewrite proposed under the previous secret", async () => {
    setSecrets(OLD_SECRET);
    const { cookie, plan } = await generatePlan("A cycling café in Girona renting road bikes to visiting riders.");
    const params = { id: plan.id, section: "positioning" };
    const url = `http://localhost/api/plans/${plan.id}/sections/positioning/regenerate`;
    const preview = await callRoute(regenerateSection, params, { method: "POST", cookie, url, body: { preview: true } });
    expect(preview.status).toBe(200);
    const { proposal } = (await preview.json()) as { proposal: unknown };
    const apply = () => callRoute(regenerateSection, params, { method: "POST", cookie, url, body: { apply: proposal } });

    setSecrets(NEW_SECRET, OLD_SECRET);
    const applied = await apply();
    expect(applied.status).toBe(200);
    expect(((await applied.json()) as { version: number }).version).toBe(plan.version + 1);
  });
});
