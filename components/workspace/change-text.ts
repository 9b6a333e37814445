import { SECTION_TITLES, type SectionKey } from "@/ai/schemas/plan";
import type { PlanChange } from "@/lib/store/records";

const isSection = (key: string): key is SectionKey => Object.hasOwn(SECTION_TITLES, key);

/** One line on what a version changed, e.g. `Regenerated Budget: “cut the budget by 20%”`. */
export function describeChange(change: PlanChange): string {
  switch (change.kind) {
    case "generated":
      return "Plan generated";
    case "renamed":
      return `Renamed from “${change.from}” to “${change.to}”`;
    case "section_edited":
      return `Edited ${SECTION_TITLES[change.section]}`;
    case "section_regenerated":
      return change.instruction
        ? `Regenerated ${SECTION_TITLES[change.section]}: “${change.instruction}”`
        : `Regenerated ${SECTION_TITLES[change.section]}`;
    case "restored":
      return `Restored version ${change.fromVersion}`;
  }
}

/**
 * What restoring `version` would undo: every later version's change, oldest
 * first, so the owner sees that an unrelated KPI edit goes too before agreeing.
 */
export function undoneByRestore(versions: readonly { version: number; change: PlanChange }[], version: number): string[] {
  return versions
    .filter((v) => v.version > version)
    .sort((a, b) => a.version - b.version)
    .map((v) => `Version ${v.version}: ${describeChange(v.change)}`);
}

/** "monthlyTotal" → "monthly total". */
const words = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();

/**
 * A diff path for people: `plan.channels[2].tactics[0]` → "Channels › 3 › tactics › 1"
 * (sections by their title, list positions counted from 1, named items by name:
 * `plan.channels["Instagram"].budgetSharePercent` → "Channels › Instagram › budget share percent").
 */
export function describePath(path: string): string {
  const parts = path.match(/\["(?:[^"\\]|\\.)*"\]|[^.[\]]+|\[\d+\]/g) ?? [];
  if (parts[0] === "plan") parts.shift();
  const labels = parts.map((part, index) => {
    const position = /^\[(\d+)\]$/.exec(part);
    if (position) return String(Number(position[1]) + 1);
    if (part.startsWith('["')) return JSON.parse(part.slice(1, -1)) as string;
    if (index === 0 && isSection(part)) return SECTION_TITLES[part];
    if (index === 0 && part === "title") return "Title";
    return words(part);
  });
  return labels.join(" › ") || "The whole plan";
}

/** A diff value as plain text (never markup): strings as written, anything else as compact JSON. */
export function valueText(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "(empty)";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The same on the server and in the browser (UTC), so hydration never disagrees. */
export function formatUtc(iso: string): string {
  return `${dateFormat.format(new Date(iso))} UTC`;
}
