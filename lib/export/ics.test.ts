import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { NASTY_TITLE, samplePlan } from "@/tests/support/export-plans";
import { foldLine, planToIcs } from "./ics";

const NOW = new Date("2026-03-13T09:15:00Z");

const startOf = (event: ICAL.Component | undefined) =>
  (event?.getFirstPropertyValue("dtstart") as ICAL.Time | undefined)?.toString();

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

/** The date, moved to Monday when it falls on a weekend. */
function weekday(date: Date): string {
  const shift = date.getUTCDay() === 6 ? 2 : date.getUTCDay() === 0 ? 1 : 0;
  return new Date(date.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
}

describe("planToIcs", () => {
  const source = samplePlan();
  const ics = planToIcs(source, NOW);
  const { calendar, events } = parse(ics);

  it("is an RFC 5545 calendar: CRLF lines of at most 75 octets, PRODID and VERSION", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//MarketPlanAI//Plan export 1.0//EN");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  });

  it("has an all-day event for every milestone, phase end and content entry, on working days from the start date", () => {
    const milestones = source.plan.roadmap.phases.flatMap((p) => p.milestones);
    expect(events).toHaveLength(milestones.length + 3 + source.plan.contentCalendar.length);
    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue("uid")), e]));
    expect(byUid.size).toBe(events.length);
    for (const event of events) {
      const start = event.getFirstPropertyValue("dtstart") as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(start.toJSDate().getTime()).not.toBeNaN();
      expect(String(event.getFirstPropertyValue("dtstamp"))).toBe("2026-03-13T09:15:00Z");
      expect(event.getFirstPropertyValue("description")).toContain(source.plan.title);
    }
    const first = source.plan.roadmap.phases[0]?.milestones[0];
    const event = events.find((e) => e.getFirstPropertyValue("summary") === first?.title);
    expect(startOf(event)).toBe(weekday(new Date(Date.UTC(2026, 2, 15 + (first?.dueDay ?? 0)))));
    const week3 = source.plan.contentCalendar.find((c) => c.week === 3);
    const content = events.find(
      (e) => e.getFirstPropertyValue("summary") === `${week3?.format} on ${week3?.channel}: ${week3?.topic}`,
    );
    expect(startOf(content)).toBe("2026-03-30");
    const end90 = events.find((e) => e.getFirstPropertyValue("summary") === "Roadmap review: end of days 61–90");
    // Day 90 is Saturday 2026-06-13: the review moves to Monday.
    expect(startOf(end90)).toBe("2026-06-15");
    for (const e of events) expect([0, 6]).not.toContain(new Date(`${startOf(e)}T00:00:00Z`).getUTCDay());
  });

  it("skips the public holidays of the plan's country: nothing on Christmas, Boxing Day or New Year's Day", () => {
    const christmas = { ...samplePlan(), schedule: { startDate: "2026-12-21", country: "GB" } };
    const dates = parse(planToIcs(christmas, NOW)).events.map(startOf);
    for (const holiday of ["2026-12-25", "2026-12-28", "2027-01-01"]) expect(dates).not.toContain(holiday);
    // Day 5 (Friday 25 December) moves past the weekend and the Boxing Day substitute to Tuesday.
    const first = christmas.plan.roadmap.phases[0]?.milestones.find((m) => m.dueDay === 5);
    if (first) expect(dates).toContain("2026-12-29");
    expect(
      dates.every((d) => (d ?? "") >= "2026-12-21"),
      "nothing before the start date",
    ).toBe(true);
    // Without a known country only weekends are skipped.
    const anywhere = parse(planToIcs({ ...christmas, schedule: { startDate: "2026-12-21" } }, NOW)).events.map(startOf);
    expect(anywhere.length).toBe(dates.length);
  });

  it("gives the same events the same UIDs on every export", () => {
    const again = parse(planToIcs(source, new Date()));
    expect(again.events.map((e) => e.getFirstPropertyValue("uid"))).toEqual(events.map((e) => e.getFirstPropertyValue("uid")));
  });

  it("escapes and folds a nasty title and milestone so they read back exactly", () => {
    const nasty = samplePlan({ title: NASTY_TITLE });
    const milestone = nasty.plan.roadmap.phases[1]?.milestones[0];
    if (milestone) milestone.title = `${NASTY_TITLE} 🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁🧁`;
    const text = planToIcs(nasty, NOW);
    expect(text).toContain("\\;");
    expect(text).toContain("\\,");
    expect(text).toContain("\\\\");
    expect(text).toContain("\\n");
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const { events } = parse(text);
    const summaries = events.map((e) => e.getFirstPropertyValue("summary"));
    expect(summaries).toContain(milestone?.title);
    for (const event of events) expect(event.getFirstPropertyValue("description")).toContain(`“${NASTY_TITLE}”`);
  });
});

describe("foldLine", () => {
  it("never splits a UTF-8 character and starts continuation lines with one space", () => {
    const folded = foldLine(`SUMMARY:${"é🚀".repeat(40)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD/);
    }
    expect(lines.slice(1).every((line) => line.startsWith(" ") && !line.startsWith("  "))).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join("")).toBe(`SUMMARY:${"é🚀".repeat(40)}`);
  });
});
