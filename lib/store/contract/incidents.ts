import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { Incident, IncidentStatus, IncidentUpdate } from "../types";
import { type ContractContext, DAY_MS, daysAgo, NOW } from "./context";

const update = (status: IncidentStatus, body: string, at: Date): IncidentUpdate => ({
  status,
  body,
  createdAt: at.toISOString(),
  author: "alex",
  public: true,
  impact: null,
  timeline: null,
  nextUpdate: null,
});

export function incident(id: string, created: Date, resolved: Date | null = null): Incident {
  const createdAt = created.toISOString();
  const updates = [update("investigating", "Looking into slow plan generation.", created)];
  if (resolved) updates.push(update("resolved", "Fixed.", resolved));
  return {
    id,
    title: `Incident ${id}`,
    severity: "SEV3",
    status: resolved ? "resolved" : "investigating",
    impact: "minor",
    components: ["ai_service"],
    createdAt,
    startedAt: createdAt,
    acknowledgedAt: null,
    resolvedAt: resolved ? resolved.toISOString() : null,
    dedupKey: null,
    updates,
  };
}
const hoursAfter = (hours: number, from: Date) => new Date(from.getTime() + hours * 3_600_000);

export function describeIncidentContract(ctx: ContractContext): void {
  describe("incidents", () => {
    it("reads an incident back as created; the identical one again is a no-op; an unknown id is null", async () => {
      const store = ctx.store();
      const created: Incident = {
        ...incident("inc-1", daysAgo(1)),
        severity: "SEV1",
        components: ["ai_service", "database"],
        startedAt: daysAgo(1.1).toISOString(),
        acknowledgedAt: daysAgo(0.9).toISOString(),
        dedupKey: "alert:ai_success_rate",
        updates: [
          {
            ...update("investigating", "Generations fail.", daysAgo(1)),
            public: false,
            impact: "Users unable to generate marketing plans",
            timeline: "Started at 14:30 PST, investigating root cause",
            nextUpdate: "15:30 PST or when status changes",
          },
        ],
      };
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

    it("fills what an incident written without the later fields lacks with defaults", async () => {
      const store = ctx.store();
      const createdAt = daysAgo(1).toISOString();
      await store.createIncident({
        incident: {
          id: "inc-min",
          title: "Minimal",
          severity: "SEV2",
          status: "investigating",
          impact: "major",
          components: [],
          createdAt,
          resolvedAt: null,
          updates: [{ status: "investigating", body: "Looking.", createdAt }],
        },
      });
      expect(await store.getIncident({ id: "inc-min" })).toMatchObject({
        startedAt: createdAt,
        acknowledgedAt: null,
        dedupKey: null,
        updates: [{ author: "unknown", public: true, impact: null, timeline: null, nextUpdate: null }],
      });
    });

    it("transitions atomically: the change's result is stored, a change that throws or breaks the rules stores nothing", async () => {
      const store = ctx.store();
      const start = daysAgo(1);
      await store.createIncident({ incident: incident("inc-1", start) });
      const acknowledged = await store.transitionIncident({
        id: "inc-1",
        change: (current) => ({
          ...current,
          acknowledgedAt: hoursAfter(0.2, start).toISOString(),
          updates: [...current.updates, { ...update("investigating", "Acknowledged.", hoursAfter(0.2, start)), public: false }],
        }),
      });
      expect(acknowledged).toMatchObject({ acknowledgedAt: hoursAfter(0.2, start).toISOString(), status: "investigating" });
      expect(await store.getIncident({ id: "inc-1" })).toEqual(acknowledged);

      await expect(
        store.transitionIncident({
          id: "inc-1",
          change: () => {
            throw new AppError("conflict", "no");
          },
        }),
      ).rejects.toMatchObject({ status: 409 });
      const broken: ((current: Incident) => Incident)[] = [
        (current) => ({ ...current, updates: current.updates.slice(0, 1) }),
        (current) => ({ ...current, createdAt: NOW.toISOString() }),
        (current) => ({ ...current, acknowledgedAt: null }),
        (current) => ({ ...current, dedupKey: "other" }),
        (current) => ({ ...current, status: "resolved" }),
      ];
      for (const change of broken) await expect(store.transitionIncident({ id: "inc-1", change })).rejects.toThrow();
      expect(await store.getIncident({ id: "inc-1" })).toEqual(acknowledged);
      expect(await store.transitionIncident({ id: "ghost", change: (current) => current })).toBeNull();
    });

    it("lets exactly one of two instances make the same compare-and-set transition", { timeout: 60_000 }, async () => {
      const store = ctx.store();
      const peer = await ctx.peer();
      await store.createIncident({ incident: incident("inc-1", daysAgo(1)) });
      const acknowledge = (who: string) => (current: Incident) => {
        if (current.acknowledgedAt !== null) throw new AppError("conflict", "Already acknowledged.");
        return {
          ...current,
          acknowledgedAt: NOW.toISOString(),
          updates: [...current.updates, { ...update("investigating", `Acknowledged by ${who}.`, NOW), author: who }],
        };
      };
      const results = await Promise.allSettled(
        ["a", "b", "c", "d"].map((who, i) =>
          (i % 2 ? peer : store).transitionIncident({ id: "inc-1", change: acknowledge(who) }),
        ),
      );
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const stored = await store.getIncident({ id: "inc-1" });
      expect(stored?.updates).toHaveLength(2);
    });

    it("finds the open incident of a dedup key, never a resolved one", async () => {
      const store = ctx.store();
      const withKey = (id: string, created: Date, resolved: Date | null) => ({
        ...incident(id, created, resolved),
        dedupKey: "alert:error_rate",
      });
      await store.createIncident({ incident: withKey("old", daysAgo(3), daysAgo(2)) });
      expect(await store.findOpenIncidentByDedupKey({ dedupKey: "alert:error_rate" })).toBeNull();
      await store.createIncident({ incident: withKey("current", daysAgo(1), null) });
      await store.createIncident({ incident: incident("unkeyed", daysAgo(1)) });
      expect((await store.findOpenIncidentByDedupKey({ dedupKey: "alert:error_rate" }))?.id).toBe("current");
      expect(await store.findOpenIncidentByDedupKey({ dedupKey: "alert:other" })).toBeNull();
      await store.addIncidentUpdate({ id: "current", update: update("resolved", "Recovered.", NOW) });
      expect(await store.findOpenIncidentByDedupKey({ dedupKey: "alert:error_rate" })).toBeNull();
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
