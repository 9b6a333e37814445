import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "@/lib/store/sqlite/sqlite-store";
import type { Store } from "@/lib/store/types";
import type { OpenIncidentRequest } from "./requests";
import { acknowledgeIncident, getIncidentById, openIncident, resolveIncident, updateIncident } from "./service";

const T0 = new Date("2026-12-03T14:30:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

let dir: string;
let store: Store;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "marketplan-incidents-"));
  store = new SqliteStore(path.join(dir, "store.db"));
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const OPEN: OpenIncidentRequest = {
  title: "AI Service Outage",
  severity: "SEV1",
  components: ["ai_service"],
  body: "Plan generation fails for every user.",
  author: "dana",
  impactSummary: "Users unable to generate marketing plans",
  timeline: "Started at 14:30 UTC, investigating root cause",
  nextUpdate: "15:30 UTC or when status changes",
};

describe("the incident lifecycle", () => {
  it("opens, acknowledges, updates and resolves, keeping every update with its author and flags", async () => {
    const opened = await openIncident(OPEN, { store, now: T0 });
    expect(opened).toMatchObject({
      status: "investigating",
      severity: "SEV1",
      impact: "critical",
      createdAt: T0.toISOString(),
      startedAt: T0.toISOString(),
      acknowledgedAt: null,
      dedupKey: null,
    });
    expect(opened.id).toMatch(/^inc-20261203-1430-[0-9a-f]{6}$/);
    expect(opened.updates[0]).toMatchObject({
      author: "dana",
      public: true,
      impact: OPEN.impactSummary,
      timeline: OPEN.timeline,
      nextUpdate: OPEN.nextUpdate,
    });

    const acked = await acknowledgeIncident(opened.id, { author: "sam" }, { store, now: at(5) });
    expect(acked.acknowledgedAt).toBe(at(5).toISOString());
    expect(acked.updates.at(-1)).toMatchObject({ author: "sam", public: false, body: "Acknowledged by sam." });

    const identified = await updateIncident(
      opened.id,
      { status: "identified", body: "Quota exhausted.", author: "sam", public: false },
      { store, now: at(20) },
    );
    expect(identified).toMatchObject({ status: "identified", acknowledgedAt: at(5).toISOString() });

    const resolved = await resolveIncident(opened.id, { author: "sam", body: "Quota raised." }, { store, now: at(50) });
    expect(resolved).toMatchObject({ status: "resolved", resolvedAt: at(50).toISOString() });
    expect(resolved.updates.map((u) => [u.status, u.author, u.public])).toEqual([
      ["investigating", "dana", true],
      ["investigating", "sam", false],
      ["identified", "sam", false],
      ["resolved", "sam", true],
    ]);
    expect(await getIncidentById(opened.id, { store })).toEqual(resolved);
  });

  it("answers 409 to illegal transitions and changes nothing", async () => {
    const { id } = await openIncident(OPEN, { store, now: T0 });
    await acknowledgeIncident(id, {}, { store, now: at(1) });
    await expect(acknowledgeIncident(id, {}, { store, now: at(2) })).rejects.toMatchObject({ status: 409, code: "conflict" });
    await resolveIncident(id, {}, { store, now: at(3) });
    const before = await getIncidentById(id, { store });
    await expect(resolveIncident(id, {}, { store, now: at(4) })).rejects.toMatchObject({ status: 409 });
    await expect(updateIncident(id, { body: "Still?" }, { store, now: at(4) })).rejects.toMatchObject({ status: 409 });
    await expect(acknowledgeIncident(id, {}, { store, now: at(4) })).rejects.toMatchObject({ status: 409 });
    expect(await getIncidentById(id, { store })).toEqual(before);
  });

  it("stamps the acknowledgement when an unacknowledged incident is resolved", async () => {
    const { id } = await openIncident({ ...OPEN, severity: "SEV3" }, { store, now: T0 });
    const resolved = await resolveIncident(id, {}, { store, now: at(30) });
    expect(resolved).toMatchObject({ acknowledgedAt: at(30).toISOString(), impact: "minor" });
  });

  it("answers 404 for an unknown incident and 400 naming the field for bad input", async () => {
    await expect(updateIncident("inc-nope", { body: "x" }, { store })).rejects.toMatchObject({ status: 404 });
    await expect(getIncidentById("inc-nope", { store })).rejects.toMatchObject({ status: 404 });
    await expect(openIncident({ ...OPEN, severity: "SEV9" as "SEV1" }, { store })).rejects.toMatchObject({
      status: 400,
      fields: [expect.objectContaining({ field: "severity" })],
    });
    await expect(openIncident({ ...OPEN, startedAt: at(60).toISOString() }, { store, now: T0 })).rejects.toMatchObject({
      status: 400,
      fields: [{ field: "startedAt", message: "must not be in the future" }],
    });
    const { id } = await openIncident(OPEN, { store, now: T0 });
    await expect(updateIncident(id, { body: "x", status: "resolved" as "monitoring" }, { store })).rejects.toMatchObject({
      status: 400,
      fields: [expect.objectContaining({ field: "status" })],
    });
    expect((await getIncidentById(id, { store })).updates).toHaveLength(1);
  });

  it("returns the open incident of a dedup key instead of opening a second, and a new one once it is resolved", async () => {
    const first = await openIncident({ ...OPEN, dedupKey: "alert:ai_success_rate" }, { store, now: T0 });
    const again = await openIncident({ ...OPEN, dedupKey: "alert:ai_success_rate" }, { store, now: at(1) });
    expect(again.id).toBe(first.id);
    await resolveIncident(first.id, {}, { store, now: at(2) });
    const next = await openIncident({ ...OPEN, dedupKey: "alert:ai_success_rate" }, { store, now: at(3) });
    expect(next.id).not.toBe(first.id);
    expect((await store.findOpenIncidentByDedupKey({ dedupKey: "alert:ai_success_rate" }))?.id).toBe(next.id);
  });
});
