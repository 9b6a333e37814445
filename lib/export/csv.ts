import type { ExportablePlan } from "./exportable";
import { PROVENANCE_LABELS } from "./provenance";
import { isoDate, planStart } from "./schedule";

export type Cell = string | number | null | undefined;

/**
 * Excel opens a UTF-8 file without a byte order mark as Windows-1252 and
 * mangles "€" and "é"; with it, Excel, Numbers, LibreOffice and Google Sheets
 * all read UTF-8 (and most CSV libraries skip it, e.g. Python's `utf-8-sig`).
 */
const BOM = "\uFEFF";

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR, or spaces
 * some spreadsheets trim, before one; or the full-width ＝ ＋ － ＠ that some
 * normalise) as a formula; a leading apostrophe makes it text. Numbers are
 * written as numbers and cannot be formulas, so only strings are guarded.
 */
function guard(text: string): string {
  return /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180: a field with a comma, a quote or a line break is quoted, quotes
 * doubled. A semicolon is quoted too: in locales whose decimal mark is a comma
 * (German, French, Dutch…) Excel splits CSV on semicolons, and an unquoted one
 * would cut the cell in two.
 */
function field(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "number" ? String(cell) : guard(cell);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: CRLF after every record, UTF-8 with a byte order mark. */
export function toCsv(rows: Cell[][]): string {
  return BOM + rows.map((row) => `${row.map(field).join(",")}\r\n`).join("");
}

/** Every row names the plan and its date, so rows pasted into another sheet still say where they came from. */
function planColumns(source: ExportablePlan): [string, string] {
  return [source.plan.title, isoDate(planStart(source.createdAt))];
}

/** One row per channel with its computed amount, then the monthly total as stated or estimated. */
export function budgetToCsv(source: ExportablePlan): string {
  const { budget } = source.plan;
  const plan = planColumns(source);
  const header = ["Channel", "Tier", "Share percent", "Amount per month", "Currency", "Source", "Basis", "Plan", "Plan date"];
  const rows: Cell[][] = budget.allocations.map((a) => [
    a.channel,
    a.tier,
    a.sharePercent,
    a.amount.value,
    a.amount.unit,
    PROVENANCE_LABELS[a.amount.source],
    a.amount.basis,
    ...plan,
  ]);
  const total = budget.monthlyTotal;
  rows.push(["Total", "", 100, total.value, total.unit, PROVENANCE_LABELS[total.source], total.basis, ...plan]);
  return toCsv([header, ...rows]);
}

/** One row per KPI: what it measures, its target with the target's source, how often and by whom it is checked. */
export function kpisToCsv(source: ExportablePlan): string {
  const plan = planColumns(source);
  const header = ["KPI", "Definition", "Target", "Unit", "Source", "Basis", "Frequency", "Owner", "Plan", "Plan date"];
  const rows: Cell[][] = source.plan.kpis.metrics.map((m) => [
    m.name,
    m.definition,
    m.target.value,
    m.target.unit,
    PROVENANCE_LABELS[m.target.source],
    m.target.basis,
    m.frequency,
    m.owner,
    ...plan,
  ]);
  return toCsv([header, ...rows]);
}
