import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listPlans } from "@/app/api/plans/route";
import { resetEnvForTests } from "@/lib/env";
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
});
