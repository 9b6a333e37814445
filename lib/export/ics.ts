import { createHash } from "node:crypto";
import type { ExportablePlan } from "./exportable";
import { PHASE_START_DAY, PlanSchedule } from "./schedule";

const PRODID = "-//MarketPlanAI//Plan export 1.0//EN";
const MAX_OCTETS = 75;

interface CalendarEvent {
  uid: string;
  date: Date;
  summary: string;
  description: string;
  categories: string;
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`, other controls dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n")
    .replace(/\p{Cc}/gu, "");
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space,
 * never inside a UTF-8 character (an emoji's four bytes stay on one line).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // Continuation lines start with the folding space, which counts towards their 75 octets.
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

const compactDate = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, "");
const compactStamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const next = new Date(event.date.getTime() + 86_400_000);
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    `DTEND;VALUE=DATE:${compactDate(next)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `CATEGORIES:${escapeText(event.categories)}`,
    // All-day planning reminders should not show the owner as busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/** Stable across exports of the same plan, so re-importing updates events instead of duplicating them. */
function uidPrefix(source: ExportablePlan): string {
  return createHash("sha256")
    .update(`${source.id ?? ""}|${source.createdAt}`)
    .digest("hex")
    .slice(0, 20);
}

function events(source: ExportablePlan): CalendarEvent[] {
  const { plan } = source;
  const schedule = new PlanSchedule(source);
  const prefix = uidPrefix(source);
  const footer = `From the marketing plan “${plan.title}”.`;
  const result: CalendarEvent[] = [];
  plan.roadmap.phases.forEach((phase, p) => {
    const range = `days ${PHASE_START_DAY[phase.days]}–${phase.days}`;
    phase.milestones.forEach((m, i) => {
      result.push({
        uid: `${prefix}-milestone-${p + 1}-${i + 1}@marketplanai`,
        date: schedule.dateOfDay(m.dueDay),
        summary: m.title,
        description: `Milestone due on day ${m.dueDay} (roadmap ${range}: ${phase.focus})\nOwner: ${m.owner}\nDeliverable: ${m.deliverable}\n${footer}`,
        categories: "Roadmap",
      });
    });
    result.push({
      uid: `${prefix}-phase-${phase.days}@marketplanai`,
      date: schedule.dateOfDay(phase.days),
      summary: `Roadmap review: end of ${range}`,
      description: `Last day of ${range}. Focus: ${phase.focus}\n${footer}`,
      categories: "Roadmap",
    });
  });
  plan.contentCalendar.forEach((c, i) => {
    result.push({
      uid: `${prefix}-content-${i + 1}@marketplanai`,
      date: schedule.startOfWeek(c.week),
      summary: `${c.format} on ${c.channel}: ${c.topic}`,
      description: `Content calendar, week ${c.week} (publish during the week from this working day)\nFunnel stage: ${c.funnelStage}\nOwner: ${c.owner}\n${footer}`,
      categories: "Content",
    });
  });
  return result.sort((a, b) => a.date.getTime() - b.date.getTime());
}

/**
 * The roadmap's milestones and phase ends and the content calendar as an
 * iCalendar file (RFC 5545): all-day events on working days from the plan's start date.
 */
export function planToIcs(source: ExportablePlan, now: Date = new Date()): string {
  const stamp = compactStamp(now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(source.plan.title)}`,
    ...events(source).flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}
