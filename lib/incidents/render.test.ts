import { describe, expect, it } from "vitest";
import type { Incident } from "@/lib/store/types";
import { communicationOf } from "./communication";
import { renderEmail, renderSlack, renderStatusPage } from "./render";

const update = (over: Partial<Incident["updates"][number]>): Incident["updates"][number] => ({
  status: "investigating",
  body: "",
  createdAt: "2026-12-03T14:30:00.000Z",
  author: "dana",
  public: true,
  impact: null,
  timeline: null,
  nextUpdate: null,
  ...over,
});

const INCIDENT: Incident = {
  id: "inc-20261203-1430-abc123",
  title: "AI Service Outage",
  severity: "SEV1",
  status: "identified",
  impact: "critical",
  components: ["ai_service", "application"],
  createdAt: "2026-12-03T14:30:00.000Z",
  startedAt: "2026-12-03T14:25:00.000Z",
  acknowledgedAt: "2026-12-03T14:35:00.000Z",
  resolvedAt: null,
  dedupKey: null,
  updates: [
    update({
      body: "Plan generation fails.",
      impact: "Users unable to generate marketing plans",
      timeline: "Started at 14:30 PST, investigating root cause",
      nextUpdate: "15:30 PST or when status changes",
    }),
    update({
      status: "identified",
      body: "Gemini key <revoked> & rotated",
      public: false,
      createdAt: "2026-12-03T14:50:00.000Z",
    }),
  ],
};

describe("the manual's communication template", () => {
  it("fills the IncidentUpdate fields; the public audience never sees an internal update", () => {
    expect(communicationOf(INCIDENT, "public")).toMatchObject({
      severity: "SEV1",
      title: "AI Service Outage",
      status: "identified",
      impact: "Users unable to generate marketing plans",
      timeline: "Started at 14:30 PST, investigating root cause",
      nextUpdate: "15:30 PST or when status changes",
      body: "Plan generation fails.",
      components: ["AI Service", "Application"],
    });
    // The internal latest update sets no next update: the template says when one comes.
    expect(communicationOf(INCIDENT, "internal")).toMatchObject({
      body: "Gemini key <revoked> & rotated",
      nextUpdate: "When the status changes",
    });
  });

  it("renders Slack Block Kit with a text fallback, escaping Slack's control characters", () => {
    const slack = renderSlack(INCIDENT, { link: "https://ops.example/incidents/1" });
    expect(slack.text.split("\n")).toEqual([
      "SEV1 Identified: AI Service Outage",
      "Severity: SEV1 (Critical)",
      "Status: Identified",
      "Impact: Users unable to generate marketing plans",
      "Timeline: Started at 14:30 PST, investigating root cause",
      "Next update: When the status changes",
      "Affected: AI Service, Application",
      "Latest update: Gemini key <revoked> & rotated",
    ]);
    expect(slack.blocks.map((block) => block.type)).toEqual(["header", "section", "section", "context"]);
    expect(JSON.stringify(slack.blocks[2])).toContain("Gemini key &lt;revoked&gt; &amp; rotated");
    expect(JSON.stringify(slack.blocks[3])).toContain("<https://ops.example/incidents/1|details>");
  });

  it("renders the status page entry and the email from public updates only", () => {
    const page = renderStatusPage(INCIDENT);
    expect(page).toEqual({
      id: INCIDENT.id,
      name: "AI Service Outage",
      status: "identified",
      impact: "critical",
      body: "Plan generation fails.\n\nImpact: Users unable to generate marketing plans\n\nNext update: 15:30 PST or when status changes",
      components: ["AI Service", "Application"],
      updated_at: "2026-12-03T14:30:00.000Z",
    });
    const email = renderEmail(INCIDENT);
    expect(email.subject).toBe("[SEV1 (Critical)] Identified: AI Service Outage");
    expect(email.text).toContain("Impact:      Users unable to generate marketing plans\n");
    expect(email.text).toContain("  2026-12-03 14:30 UTC  Investigating: Plan generation fails.\n");
    expect(email.text).not.toContain("Gemini key");
    expect(email.text).not.toContain("dana");
  });

  it("says the incident is resolved and needs no next update", () => {
    const resolved: Incident = {
      ...INCIDENT,
      status: "resolved",
      resolvedAt: "2026-12-03T15:10:00.000Z",
      updates: [...INCIDENT.updates, update({ status: "resolved", body: "Fixed.", createdAt: "2026-12-03T15:10:00.000Z" })],
    };
    expect(renderEmail(resolved).text).toContain("Next update: None: this incident is resolved\n");
    expect(renderSlack(resolved).text).toMatch(/^SEV1 Resolved: AI Service Outage/);
  });
});
