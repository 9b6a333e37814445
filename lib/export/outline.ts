import { type Plan, SECTION_KEYS, SECTION_TITLES, type SectionKey } from "@/ai/schemas/plan";
import { utcDay } from "@/lib/calendar/dates";
import { safeLocale } from "@/lib/format/numbers";
import type { ExportablePlan } from "./exportable";
import { SECTION_BLOCKS } from "./outline-sections";
import { PROVENANCE_LEGEND } from "./provenance";
import { isoDate, PlanSchedule, planStart } from "./schedule";

/** A labelled item ("KPI: weekly pre-orders") or plain text. */
export type Item = string | { label: string; text: string };

/**
 * The plan as a format-neutral document: the Markdown and PDF exports render
 * these blocks, so both always carry the same content.
 */
export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; label?: string }
  | { kind: "list"; items: Item[]; label?: string }
  | {
      kind: "table";
      caption: string;
      columns: string[];
      rows: string[][];
      numeric?: number[];
      /** The last row is the table's total: kept with the rows above it. */
      totalRow?: boolean;
    };

export interface OutlineSection {
  key: SectionKey;
  title: string;
  blocks: Block[];
}

export interface Outline {
  title: string;
  /** "Marketing plan · created 2026-03-12 · version 3" */
  byline: string;
  /** "Starts 2026-03-16 (working days; GB public holidays skipped)" */
  starts: string;
  /** The cover block: business, date, version, start, as label and value. */
  cover: [string, string][];
  /** Which model wrote it, and why if it was not the one asked for. */
  writtenBy: string;
  legend: string;
  /** What the completeness check found missing, one line each. */
  missing: string[];
  sections: OutlineSection[];
}

/** Everything the section builders need besides the section itself. */
export interface OutlineContext {
  plan: Plan;
  locale: string;
  schedule: PlanSchedule;
}

function writtenBy(source: ExportablePlan): string {
  const { generation } = source;
  const who =
    generation.provider === "builtin"
      ? `Written by the built-in planner (${generation.model}: deterministic templates, no AI).`
      : `Written by Gemini (${generation.model}).`;
  return generation.fallback ? `${who} ${generation.fallback.message}` : who;
}

export function buildOutline(source: ExportablePlan): Outline {
  const schedule = new PlanSchedule(source);
  const ctx: OutlineContext = { plan: source.plan, locale: safeLocale(source.language), schedule };
  const holidays = schedule.calendar.country
    ? ` (working days; ${schedule.calendar.country} public holidays skipped)`
    : " (working days)";
  return {
    title: source.plan.title,
    byline: `Marketing plan · created ${isoDate(planStart(source.createdAt))} · version ${source.version}`,
    starts: `Starts ${isoDate(schedule.start)}${holidays}`,
    cover: [
      ["Business", source.plan.situation.business.name],
      ["Date", isoDate(utcDay(source.updatedAt))],
      ["Version", String(source.version)],
      ["Starts", `${isoDate(schedule.start)}${holidays}`],
    ],
    writtenBy: writtenBy(source),
    legend: PROVENANCE_LEGEND,
    missing: source.completeness.missing.map((item) => `${SECTION_TITLES[item.section]}: ${item.message}`),
    sections: SECTION_KEYS.map((key) => ({ key, title: SECTION_TITLES[key], blocks: SECTION_BLOCKS[key](ctx) })),
  };
}
