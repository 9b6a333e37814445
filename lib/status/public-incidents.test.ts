import { describe, expect, it } from "vitest";
import { IncidentSchema } from "@/lib/store/observability-records";
import type { Incident } from "@/lib/store/types";
import { formatDuration, toPublicIncident } from "./public-incidents";

const INCIDENT: Incident = IncidentSchema.parse({
  id: "inc-1",
  title: "Exports fail",
  status: "resolved",
  impact: "minor",
  components: ["application"],
  createdAt: "2026-01-05T10:00:00.000Z",
  resolvedAt: "2026-01-05T11:30:00.000Z",
  updates: [
    { status: "investigating", body: "Looking.", createdAt: "2026-01-05T10:00:00.000Z" },
    { status: "resolved", body: "Fixed.", createdAt: "2026-01-05T11:30:00.000Z" },
  ],
});

describe("public incident view", () => {
  it("keeps public updates newest first, with duration, and the severity an older record's impact implies", () => {
    const view = toPublicIncident(INCIDENT);
    expect(view.updates.map((u) => u.body)).toEqual(["Fixed.", "Looking."]);
    expect(view.durationMs).toBe(90 * 60_000);
    expect(view.severity).toBe("SEV3");
    expect(formatDuration(view.durationMs)).toBe("1 h 30 min");
  });

  it("leaves out updates flagged internal and reads severity when the record has it", () => {
    const withFlags = {
      ...INCIDENT,
      severity: "SEV2",
      updates: [
        { ...INCIDENT.updates[0], public: true },
        {
          status: "identified",
          body: "Root cause: bucket ACL (internal).",
          createdAt: "2026-01-05T10:20:00.000Z",
          public: false,
        },
        { ...INCIDENT.updates[1] },
      ],
    } as unknown as Incident;
    const view = toPublicIncident(withFlags);
    expect(view.severity).toBe("SEV2");
    expect(view.updates.map((u) => u.body)).toEqual(["Fixed.", "Looking."]);
    expect(JSON.stringify(view)).not.toContain("bucket ACL");
  });

  it("measures an active incident up to now", () => {
    const active = { ...INCIDENT, status: "investigating", resolvedAt: null, updates: [INCIDENT.updates[0]] } as Incident;
    expect(toPublicIncident(active, new Date("2026-01-05T10:05:30.000Z")).durationMs).toBe(330_000);
  });
});
