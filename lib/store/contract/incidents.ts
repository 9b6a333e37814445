import { describe, expect, it } from "vitest";
import type { Incident, IncidentStatus } from "../types";
import { type ContractContext, DAY_MS, daysAgo, NOW } from "./context";

function incident(id: string, created: Date, resolved: Date | null = null): Incident {
  const createdAt = created.toISOString();
  const updates: Incident["updates"] = [{ status: "investigating", body: "Looking into slow plan generation.", createdAt }];
  if (resolved) updates.push({ status: "resolved", body: "Fixed.", createdAt: resolved.toISOString() });
  return {
    id,
    title: `Incident ${id}`,
    status: resolved ? "resolved" : "investigating",
    impact: "minor",
    components: ["ai_service"],
    createdAt,
    resolvedAt: resolved ? resolved.toISOString() : null,
    updates,
  };
}

const update = (status: IncidentStatus, body: string, at: Date) => ({ status, body, createdAt: at.toISOString() });
const hoursAfter = (hours: number, from: Date) => new Date(from.getTime() + hours * 3_600_000);

export function describeIncidentContract(ctx: ContractContext): void {
  describe("incidents", () => {
    it("reads an incident back as created; the identical one again is a no-op; an unknown id is null", async () => {
      const store = ctx.store();
      const created = { ...incident("inc-1", daysAgo(1)), components: ["ai_service" as const, "database" as const] };
      await store.createIncident({ incident: created });
      await store.createIncident({ incident: structuredClone(created) });
      expect(await store.getIncident({ id: "inc-1" })).toEqual(created);
      expect(await store.getIncident({ id: "inc-2" })).toBeNull();
      expect(await store.getIncident({ id: "a/b" })).toBeNull();
    });

    it("appends updates in order, stamps resolvedAt on resolving, keeps it on a later note, clears it on reopening", async () => {
      const store = ctx.store();
      const start = daysAgo(1);
      await store.createIncident({ incident: incident("inc-1", start) });
      const identified = await store.addIncidentUpdate({
        id: "inc-1",
        update: update("identified", "Quota exhausted.", hoursAfter(1, start)),
      });
      expect(identified).toMatchObject({ status: "identified", resolvedAt: null });

      const resolvedAt = hoursAfter(2, start).toISOString();
      const resolved = await store.addIncidentUpdate({
        id: "inc-1",
        update: update("resolved", "Quota raised.", hoursAfter(2, start)),
      });
      expect(resolved).toMatchObject({ status: "resolved", resolvedAt });
      const note = await store.addIncidentUpdate({
        id: "inc-1",
        update: update("resolved", "Postmortem linked.", hoursAfter(3, start)),
      });
      expect(note?.resolvedAt).toBe(resolvedAt);

      const reopened = await store.addIncidentUpdate({
        id: "inc-1",
        update: update("monitoring", "It came back.", hoursAfter(4, start)),
      });
      expect(reopened).toMatchObject({ status: "monitoring", resolvedAt: null });
      const stored = await store.getIncident({ id: "inc-1" });
      expect(stored).toEqual(reopened);
      expect(stored?.updates.map((u) => [u.status, u.body])).toEqual([
        ["investigating", "Looking into slow plan generation."],
        ["identified", "Quota exhausted."],
        ["resolved", "Quota raised."],
        ["resolved", "Postmortem linked."],
        ["monitoring", "It came back."],
      ]);
    });

    it("loses no update when two clients append at once", { timeout: 60_000 }, async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      await store.createIncident({ incident: incident("inc-1", daysAgo(1)) });
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? peer : store).addIncidentUpdate({ id: "inc-1", update: update("identified", `note ${i}`, NOW) }),
        ),
      );
      const bodies = (await store.getIncident({ id: "inc-1" }))?.updates.map((u) => u.body).slice(1);
      expect(bodies?.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `note ${i}`).sort());
    });

    it("answers null for an update to an unknown incident and creates nothing", async () => {
      const store = ctx.store();
      expect(await store.addIncidentUpdate({ id: "ghost", update: update("resolved", "Nothing.", NOW) })).toBeNull();
      expect(await store.getIncident({ id: "ghost" })).toBeNull();
    });

    it("refuses incidents that contradict their updates and invalid updates", async () => {
      const store = ctx.store();
      const open = incident("inc-1", daysAgo(2));
      const bad: Incident[] = [
        { ...open, status: "resolved" },
        { ...open, resolvedAt: NOW.toISOString() },
        { ...incident("inc-1", daysAgo(2), daysAgo(1)), resolvedAt: null },
        { ...open, id: "a/b" },
        { ...open, updates: [] },
      ];
      for (const candidate of bad)
        await expect(store.createIncident({ incident: candidate })).rejects.toMatchObject({ status: 400 });
      expect(await store.getIncident({ id: "inc-1" })).toBeNull();
      await store.createIncident({ incident: open });
      await expect(store.addIncidentUpdate({ id: "inc-1", update: update("resolved", "", NOW) })).rejects.toMatchObject({
        status: 400,
      });
      expect((await store.getIncident({ id: "inc-1" }))?.updates).toHaveLength(1);
    });

    it("lists incidents overlapping the window, newest first", async () => {
      const store = ctx.store();
      const since = daysAgo(7);
      const cases = [
        incident("resolved-before", daysAgo(10), daysAgo(8)),
        incident("resolved-inside", daysAgo(10), daysAgo(6)),
        incident("resolved-at-since", daysAgo(8), since),
        incident("open-old", daysAgo(9)),
        incident("open-recent", daysAgo(3)),
        incident("inside", daysAgo(2), daysAgo(1)),
        incident("created-at-until", NOW),
        incident("after", new Date(NOW.getTime() + DAY_MS), new Date(NOW.getTime() + 2 * DAY_MS)),
      ];
      for (const c of cases) await store.createIncident({ incident: c });
      const listed = await store.listIncidents({ since, until: NOW });
      expect(listed.map((i) => i.id)).toEqual(["inside", "open-recent", "resolved-at-since", "open-old", "resolved-inside"]);
      expect(listed[0]).toEqual(cases[5]);
      // A window ending before the later incidents started sees only those open then.
      expect((await store.listIncidents({ since: daysAgo(12), until: daysAgo(9.5) })).map((i) => i.id)).toEqual([
        "resolved-inside",
        "resolved-before",
      ]);
    });

    it("ends the window now when no `until` is given", async () => {
      const store = ctx.store();
      await store.createIncident({ incident: incident("past", daysAgo(3)) });
      await store.createIncident({ incident: incident("future", new Date("2999-01-01T00:00:00.000Z")) });
      expect((await store.listIncidents({ since: daysAgo(7) })).map((i) => i.id)).toEqual(["past"]);
    });
  });
}
