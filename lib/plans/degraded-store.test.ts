import { describe, expect, it } from "vitest";
import { getStore } from "@/lib/store";
import { setUpDegradedFirestore } from "@/tests/support/degraded-firestore";
import type { PlanRecord } from "./schema";

// Firestore of its own: this test stops it and starts it again on the same port.
const { skipReason, generatePlan, postImport, importLikeTheBrowser, takeDown } = await setUpDegradedFirestore({
  label: "degraded-store",
});
const DESCRIPTION = "A community climbing gym in Bristol with bouldering classes for kids.";

describe.skipIf(skipReason !== null)("when Firestore is down", () => {
  it("still returns the plan, unsaved and signed, then saves it exactly once when Firestore is back", {
    timeout: 120_000,
  }, async () => {
    const { cookie } = await generatePlan(DESCRIPTION);
    const outage = await takeDown();

    const last = (await generatePlan(DESCRIPTION, cookie)).events.at(-1);
    expect(last?.event).toBe("unsaved");
    const unsaved = last?.data as { record: PlanRecord; signature: string; message: string };
    expect(unsaved.message).toMatch(/kept in this browser/);
    expect(unsaved.record.plan.executiveSummary.length).toBeGreaterThan(80);

    // While it is down, saving is refused as temporary (the browser keeps the plan and tries again).
    const kept = { record: unsaved.record, signature: unsaved.signature };
    expect((await postImport(cookie, kept)).status).toBe(503);

    await outage.bringBack();

    // Someone else cannot save it as theirs, even with the signature.
    const { cookie: stranger } = await generatePlan(DESCRIPTION);
    expect((await postImport(stranger, kept)).status).toBe(404);

    // The browser may retry after a lost answer: both succeed, one plan is stored. The first is 201, or 200
    // when Firestore's client landed the generation's own timed-out write once the emulator was back.
    expect([200, 201]).toContain((await importLikeTheBrowser(cookie, kept)).status);
    expect((await postImport(cookie, kept)).status).toBe(200);
    // Saved exactly once. (Only that plan is checked: on a loaded machine the first plan's
    // commit can be answered after the deadline and retried by the client into the restarted
    // emulator, so "the owner's only plan" is not something this test controls.)
    const owner = unsaved.record.ownerId ?? "";
    const mine = await getStore().listPlansByOwner({ ownerId: owner, limit: 10 });
    expect(mine.items.filter((p) => p.id === unsaved.record.id)).toHaveLength(1);
    expect(await getStore().getPlanById({ id: unsaved.record.id })).toEqual(unsaved.record);
  });

  it("refuses a plan the server did not sign", { timeout: 60_000 }, async () => {
    const { cookie, events } = await generatePlan(DESCRIPTION);
    const plan = events.at(-1)?.data as PlanRecord;
    const forged = { ...plan, id: "BBBBBBBBBBBBBBBBBBBBBB", title: "Forged" };
    const before = await getStore().countPlans();
    const response = await postImport(cookie, { record: forged, signature: "x".repeat(43) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/not produced by this server/);
    expect(await getStore().countPlans()).toBe(before);
  });
});
