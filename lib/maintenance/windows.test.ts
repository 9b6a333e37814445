import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempSqlite } from "@/lib/alerts/test-support";
import type { Store } from "@/lib/store/types";
import { activeMaintenance, cancelMaintenance, listMaintenanceWindows, scheduleMaintenance } from "./windows";

let db: ReturnType<typeof tempSqlite>;
let store: Store;
beforeEach(() => {
  db = tempSqlite();
  store = db.open();
});
afterEach(async () => {
  await db.cleanup();
});

describe("listMaintenanceWindows", () => {
  it("expands the manual's Sunday 2-4 AM Pacific window in winter (PST) and summer (PDT)", async () => {
    const winter = await listMaintenanceWindows({
      store,
      from: new Date("2026-11-23T00:00:00Z"),
      to: new Date("2026-12-07T00:00:00Z"),
      now: new Date("2026-11-29T11:30:00Z"),
    });
    expect(winter.map((w) => [w.id, w.scheduledFor, w.scheduledUntil, w.status])).toEqual([
      ["weekly-2026-11-29", "2026-11-29T10:00:00.000Z", "2026-11-29T12:00:00.000Z", "in_progress"],
      ["weekly-2026-12-06", "2026-12-06T10:00:00.000Z", "2026-12-06T12:00:00.000Z", "scheduled"],
    ]);
    const summer = await listMaintenanceWindows({
      store,
      from: new Date("2026-07-05T00:00:00Z"),
      to: new Date("2026-07-06T00:00:00Z"),
    });
    expect(summer.map((w) => w.scheduledFor)).toEqual(["2026-07-05T09:00:00.000Z"]);
  });

  it("adds ad-hoc windows by start, leaves cancelled ones out, and knows which one is in progress", async () => {
    const now = new Date("2026-11-25T20:00:00Z");
    const planned = await scheduleMaintenance({
      store,
      now,
      input: {
        title: "Firestore index rebuild",
        startsAt: "2026-11-25T19:30:00Z",
        endsAt: "2026-11-25T21:00:00Z",
        components: ["database"],
      },
    });
    const other = await scheduleMaintenance({
      store,
      now,
      input: { title: "Later", startsAt: "2026-11-26T10:00:00-08:00", endsAt: "2026-11-26T11:00:00-08:00" },
    });
    expect((await activeMaintenance({ store, now }))?.id).toBe(planned.id);
    const listed = await listMaintenanceWindows({ store, from: now, to: new Date("2026-11-30T00:00:00Z"), now });
    expect(listed.map((w) => w.id)).toEqual([planned.id, other.id, "weekly-2026-11-29"]);
    expect(listed[1]).toMatchObject({
      scheduledFor: "2026-11-26T18:00:00.000Z",
      components: ["application"],
      status: "scheduled",
    });
    await cancelMaintenance({ store, id: planned.id, now });
    expect(await activeMaintenance({ store, now })).toBeNull();
    await expect(cancelMaintenance({ store, id: "mw-unknown", now })).rejects.toMatchObject({ status: 404 });
  });
});
