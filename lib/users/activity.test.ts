import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStore } from "@/lib/store";
import { useLocalApp } from "@/tests/support/local-app";
import { forgetActivityForTests, recordActivity } from "./activity";

let cleanup: () => Promise<void>;
beforeAll(() => {
  cleanup = useLocalApp();
  forgetActivityForTests();
});
afterAll(() => cleanup());

describe("recordActivity", () => {
  it("creates the user, then moves lastActiveAt forward at most every few minutes", async () => {
    const t0 = new Date("2026-11-26T10:00:00Z");
    await recordActivity({ userId: "u_activity", kind: "anonymous" }, t0);
    expect(await getStore().getUser({ id: "u_activity" })).toMatchObject({
      createdAt: t0.toISOString(),
      lastActiveAt: t0.toISOString(),
    });

    await recordActivity({ userId: "u_activity", kind: "anonymous" }, new Date("2026-11-26T10:01:00Z"));
    expect((await getStore().getUser({ id: "u_activity" }))?.lastActiveAt).toBe(t0.toISOString());

    const later = new Date("2026-11-26T10:06:00Z");
    await recordActivity({ userId: "u_activity", kind: "anonymous" }, later);
    expect((await getStore().getUser({ id: "u_activity" }))?.lastActiveAt).toBe(later.toISOString());
  });
});
