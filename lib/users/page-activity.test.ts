import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { identifyPageVisitor, identityKeyForSigning } from "@/lib/auth";
import { IDENTITY_COOKIE, identityCookieHeader, newUserId } from "@/lib/auth/local-identity";
import { getStore } from "@/lib/store";
import { cleanupAnonymousUsers } from "@/ops/lifetime/anonymous-users";
import { useLocalApp } from "@/tests/support/local-app";
import { buildPlanRecord } from "@/tests/support/store-fixtures";
import { forgetActivityForTests } from "./activity";

let cleanup: () => Promise<void>;
beforeAll(() => {
  cleanup = useLocalApp();
  forgetActivityForTests();
});
afterAll(() => cleanup());

const DAY = 86_400_000;

/** The cookies a server-rendered page sees for a browser holding `userId`'s identity cookie. */
function pageCookies(userId: string) {
  const value = (identityCookieHeader(identityKeyForSigning(), userId, false).split(";")[0] ?? "").split("=")[1] ?? "";
  return { get: (name: string) => (name === IDENTITY_COOKIE ? { value } : undefined) };
}

describe("page views count as activity (issue 10)", () => {
  it("keeps someone who only reads their plans from being cleaned up as inactive", async () => {
    const store = getStore();
    const now = new Date();
    const reader = newUserId();
    const gone = newUserId();
    for (const id of [reader, gone]) await store.touchUser({ id, kind: "anonymous", at: new Date(now.getTime() - 120 * DAY) });
    const plan = buildPlanRecord({ ownerId: reader });
    await store.createPlan({ record: plan });

    // The reader opens /plans (a server-rendered page, no API call).
    expect(await identifyPageVisitor(pageCookies(reader))).toBe(reader);
    await expect
      .poll(async () => Date.parse((await store.getUser({ id: reader }))?.lastActiveAt ?? "0"))
      .toBeGreaterThan(now.getTime() - DAY);

    const report = await cleanupAnonymousUsers(store, { days: 90, dryRun: false, now });
    expect(report.users.map((u) => u.id)).toEqual([gone]);
    expect(await store.getUser({ id: reader })).not.toBeNull();
    expect(await store.getPlanById({ id: plan.id })).toEqual(plan);
  });

  it("makes no user for a page visitor without an identity", async () => {
    const before = await getStore().countNewUsers({ since: new Date(0) });
    expect(await identifyPageVisitor({ get: () => undefined })).toBeNull();
    expect(await getStore().countNewUsers({ since: new Date(0) })).toBe(before);
  });
});
