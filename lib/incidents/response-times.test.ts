import { describe, expect, it } from "vitest";
import { incident as baseIncident } from "@/lib/store/contract/incidents";
import type { Incident, IncidentSeverity } from "@/lib/store/types";
import { responseTimesBySeverity } from "./response-times";
import { incidentTargets } from "./targets";

const WEEK = { from: new Date("2026-11-26T00:00:00.000Z"), to: new Date("2026-12-03T00:00:00.000Z") };
const iso = (day: number, hh: number, mm = 0) => new Date(Date.UTC(2026, 10, 26 + day, hh, mm)).toISOString(); // day 0 is 2026-11-26

function incident(
  id: string,
  severity: IncidentSeverity,
  times: { created: string; started?: string; acked?: string; resolved?: string },
): Incident {
  const base = baseIncident(id, new Date(times.created), times.resolved ? new Date(times.resolved) : null);
  return {
    ...base,
    severity,
    startedAt: times.started ?? times.created,
    acknowledgedAt: times.acked ?? null,
  };
}

describe("targets of one incident", () => {
  it("times acknowledgement from opening and resolution from the start, against the severity's targets", () => {
    const sev1 = incident("a", "SEV1", {
      created: iso(1, 10),
      started: iso(1, 9, 50),
      acked: iso(1, 10, 20),
      resolved: iso(1, 10, 45),
    });
    expect(incidentTargets(sev1, WEEK.to)).toEqual({
      acknowledgeBy: iso(1, 10, 15),
      resolveBy: iso(1, 10, 50),
      minutesToAcknowledge: 20,
      minutesToResolve: 55,
      acknowledgeBreached: true,
      resolveBreached: false,
    });
  });

  it("counts an open incident past its targets as breached, and one within them as not", () => {
    const open = incident("b", "SEV2", { created: iso(6, 20) }); // ack by 21:00, resolve by 00:00 next day = WEEK.to
    expect(incidentTargets(open, new Date(iso(6, 20, 59)))).toMatchObject({
      acknowledgeBreached: false,
      resolveBreached: false,
    });
    expect(incidentTargets(open, new Date(iso(6, 21, 1)))).toMatchObject({ acknowledgeBreached: true, resolveBreached: false });
    expect(incidentTargets(open, new Date(iso(7, 0, 1)))).toMatchObject({ resolveBreached: true });
  });
});

describe("MTTA and MTTR per severity", () => {
  it("averages over the incidents acknowledged and resolved in the window, worked out by hand", () => {
    const incidents = [
      // SEV1: acked after 10 and 20 min (MTTA 15), resolved after 40 and 80 min from the start (MTTR 60); one of each breached.
      incident("s1-a", "SEV1", { created: iso(1, 10), acked: iso(1, 10, 10), resolved: iso(1, 10, 40) }),
      incident("s1-b", "SEV1", { created: iso(2, 10), acked: iso(2, 10, 20), resolved: iso(2, 11, 20) }),
      // SEV3: acked after 30 min, still open within 24 h at the window's end.
      incident("s3-a", "SEV3", { created: iso(6, 12), acked: iso(6, 12, 30) }),
      // SEV4: opened before the window, resolved inside it after 2 days (under a week).
      incident("s4-a", "SEV4", { created: iso(-1, 0), acked: iso(-1, 1), resolved: iso(1, 0) }),
    ];
    const figures = responseTimesBySeverity(incidents, WEEK);
    expect(figures.map((f) => f.severity)).toEqual(["SEV1", "SEV2", "SEV3", "SEV4"]);
    expect(figures[0]).toEqual({
      severity: "SEV1",
      acknowledgeTargetMinutes: 15,
      resolveTargetMinutes: 60,
      opened: 2,
      acknowledged: 2,
      resolved: 2,
      mttaMinutes: 15,
      mttrMinutes: 60,
      acknowledgeBreached: 1,
      resolveBreached: 1,
    });
    expect(figures[1]).toMatchObject({ opened: 0, mttaMinutes: null, mttrMinutes: null, acknowledgeBreached: 0 });
    expect(figures[2]).toMatchObject({ opened: 1, acknowledged: 1, resolved: 0, mttaMinutes: 30, mttrMinutes: null });
    expect(figures[2]).toMatchObject({ acknowledgeBreached: 0, resolveBreached: 0 });
    // Acknowledged before the window: not in its MTTA; resolved inside it after 48 h.
    expect(figures[3]).toMatchObject({ opened: 0, acknowledged: 0, resolved: 1, mttaMinutes: null, mttrMinutes: 2880 });
  });
});
